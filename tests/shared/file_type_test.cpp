#include <gtest/gtest.h>

#include <string>

#include "file_samples.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/validation/file_type.hpp"

using namespace qinqing::domain;
using namespace qinqing::test;

namespace {

std::string messageOf(const Result<FileType>& r) { return r.ok() ? "" : r.error().message; }

}  // namespace

TEST(FileType, EveryAllowedKindIsRecognisedByItsContent) {
  struct Case {
    const char* name;
    std::string bytes;
    FileType type;
    const char* mime;
  };
  const Case cases[] = {
      {"营业执照.pdf", pdfSample(), FileType::Pdf, "application/pdf"},
      {"现场照片.jpg", jpegSample(), FileType::Jpeg, "image/jpeg"},
      {"现场照片.JPEG", jpegSample(), FileType::Jpeg, "image/jpeg"},
      {"厂区平面图.png", pngSample(), FileType::Png, "image/png"},
      {"情况说明.doc", docSample(), FileType::Doc, "application/msword"},
      {"情况说明.DOCX", docxSample(), FileType::Docx,
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"用工需求.xls", xlsSample(), FileType::Xls, "application/vnd.ms-excel"},
      {"用工需求.xlsx", xlsxSample(), FileType::Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto result = checkAttachment(c.name, c.bytes);
    ASSERT_TRUE(result.ok()) << messageOf(result);
    EXPECT_EQ(result.value(), c.type);
    EXPECT_EQ(fileTypeMime(result.value()), c.mime);
    EXPECT_EQ(fileTypeFromMime(c.mime), c.type);
  }
  EXPECT_EQ(detectFileContent(docSample()), DetectedContent::Doc);
  EXPECT_EQ(detectFileContent(xlsSample()), DetectedContent::Xls);
  EXPECT_EQ(detectFileContent(docxSample()), DetectedContent::Docx);
  EXPECT_EQ(detectFileContent(xlsxSample()), DetectedContent::Xlsx);
}

TEST(FileType, ContentThatDisagreesWithTheExtensionIsRefused) {
  EXPECT_EQ(messageOf(checkAttachment("合同.pdf", pngSample())), "文件内容与扩展名不符");
  EXPECT_EQ(messageOf(checkAttachment("照片.png", jpegSample())), "文件内容与扩展名不符");
  EXPECT_EQ(messageOf(checkAttachment("报表.xlsx", docxSample())), "文件内容与扩展名不符");
  EXPECT_EQ(messageOf(checkAttachment("说明.docx", docSample())), "文件内容与扩展名不符");
  EXPECT_EQ(messageOf(checkAttachment("报表.xls", docSample())), "文件内容与扩展名不符");
  EXPECT_EQ(messageOf(checkAttachment("说明.doc", xlsSample())), "文件内容与扩展名不符");
  auto refused = checkAttachment("合同.pdf", pngSample());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
  ASSERT_EQ(refused.error().fields.size(), 1u);
  EXPECT_EQ(refused.error().fields[0].field, "file");
}

TEST(FileType, OtherKindsAreRefusedWhateverTheirName) {
  const std::string unsupported(unsupportedFileTypeMessage());
  EXPECT_EQ(unsupported, "仅支持 PDF、JPG、PNG、Word、Excel 文件");
  const std::string exe = std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + std::string(200, 'x');
  EXPECT_EQ(messageOf(checkAttachment("setup.exe", exe)), unsupported);
  EXPECT_EQ(messageOf(checkAttachment("发票.pdf", exe)), unsupported);  // renamed program
  EXPECT_EQ(messageOf(checkAttachment("说明.txt", "纯文本")), unsupported);
  EXPECT_EQ(messageOf(checkAttachment("无扩展名", pdfSample())), unsupported);
  EXPECT_EQ(messageOf(checkAttachment("a.pdf.exe", pdfSample())), unsupported);
  // A ZIP that is neither Word nor Excel, and one that claims both.
  EXPECT_EQ(messageOf(checkAttachment("资料.docx", zipSample({{"readme.txt", "hello"}}))), unsupported);
  EXPECT_EQ(messageOf(checkAttachment("资料.docx", zipSample({{"[Content_Types].xml", "<Types/>"},
                                                               {"word/document.xml", "<w/>"},
                                                               {"xl/workbook.xml", "<x/>"}}))),
            unsupported);
  // Compound files of other programs (PowerPoint) and with both Word and Excel streams.
  EXPECT_EQ(messageOf(checkAttachment("汇报.doc", compoundFileSample({"PowerPoint Document", "Current User"}))),
            unsupported);
  EXPECT_FALSE(detectFileContent(compoundFileSample({"WordDocument", "Workbook"})).has_value());
}

TEST(FileType, ProtectedOfficeFilesFollowTheirName) {
  const std::string encrypted = compoundFileSample({"EncryptionInfo", "EncryptedPackage"});
  EXPECT_EQ(detectFileContent(encrypted), DetectedContent::EncryptedOffice);
  EXPECT_EQ(checkAttachment("加密.docx", encrypted).value(), FileType::Docx);
  EXPECT_EQ(checkAttachment("加密.xlsx", encrypted).value(), FileType::Xlsx);
  EXPECT_EQ(messageOf(checkAttachment("加密.doc", encrypted)), "文件内容与扩展名不符");
}

TEST(FileType, DirectorySpanningSeveralSectorsIsFollowedThroughTheFat) {
  std::vector<std::string> streams;
  for (int i = 0; i < 9; ++i) streams.push_back("Data" + std::to_string(i));
  streams.push_back("WordDocument");  // the tenth child: in the directory's third sector
  EXPECT_EQ(detectFileContent(compoundFileSample(streams, 3)), DetectedContent::Doc);
}

TEST(FileType, MalformedFilesAreRefusedNotTrusted) {
  // Every truncation of every sample either still reads as its kind or is refused; none crashes.
  for (const std::string& sample : {docSample(), xlsSample(), docxSample(), xlsxSample()}) {
    for (std::size_t n = 0; n < sample.size(); ++n) {
      auto kind = detectFileContent(std::string_view(sample).substr(0, n));
      EXPECT_TRUE(!kind.has_value() || kind == detectFileContent(sample)) << n;
    }
  }
  EXPECT_FALSE(detectFileContent(docxSample().substr(0, docxSample().size() - 10)).has_value());
  EXPECT_FALSE(detectFileContent("").has_value());

  // A directory whose sibling points back at itself.
  std::string loop = docSample();
  const std::size_t wordEntry = 512 * 2 + 128 * 3;  // directory sector 1, entry 3 (WordDocument)
  loop[wordEntry + 0x48] = 3;
  loop[wordEntry + 0x49] = loop[wordEntry + 0x4A] = loop[wordEntry + 0x4B] = 0;
  EXPECT_FALSE(detectFileContent(loop).has_value());

  // A FAT chain that loops: the directory sector's next sector is itself.
  std::string chain = docSample();
  chain[512 + 4] = 1;
  chain[512 + 5] = chain[512 + 6] = chain[512 + 7] = 0;
  EXPECT_FALSE(detectFileContent(chain).has_value());

  // A central directory offset past the end of the file.
  std::string zip = docxSample();
  zip[zip.size() - 3] = '\x7F';  // the offset's highest byte
  EXPECT_FALSE(detectFileContent(zip).has_value());
}

TEST(FileType, SizeAndEmptinessAreCheckedBeforeTheContent) {
  EXPECT_TRUE(checkAttachmentFile("a.pdf", kPetitionAttachmentMaxBytes).ok());
  auto tooLarge = checkAttachmentFile("a.pdf", kPetitionAttachmentMaxBytes + 1);
  ASSERT_FALSE(tooLarge.ok());
  EXPECT_EQ(tooLarge.error().code, ErrorCode::PayloadTooLarge);
  EXPECT_EQ(tooLarge.error().message, "单个附件不能超过 10 MB");
  EXPECT_EQ(checkAttachmentFile("a.pdf", 0).error().message, "文件内容为空");
  EXPECT_EQ(checkAttachmentFile("a.zip", 100).error().message, unsupportedFileTypeMessage());
  EXPECT_EQ(messageOf(checkAttachment("空.pdf", "")), "文件内容为空");
}

TEST(FileType, NamesMustBePrintableAndShort) {
  EXPECT_TRUE(checkAttachmentName("十堰市鑫源汽车零部件有限公司 融资需求说明（2026）.pdf").ok());
  EXPECT_EQ(checkAttachmentName("").error().message, "文件名不能为空");
  EXPECT_EQ(checkAttachmentName("  ").error().message, "文件名不能为空");
  EXPECT_EQ(checkAttachmentName("../etc/passwd.pdf").error().message, "文件名含有无效字符");
  EXPECT_EQ(checkAttachmentName("a\\b.pdf").error().message, "文件名含有无效字符");
  EXPECT_EQ(checkAttachmentName("a\r\nb.pdf").error().message, "文件名含有无效字符");
  EXPECT_EQ(checkAttachmentName("\xFF\xFE.pdf").error().message, "文件名含有无效字符");
  std::string longName;
  for (int i = 0; i < 97; ++i) longName += "字";
  EXPECT_TRUE(checkAttachmentName(longName + ".pd").ok());  // 100 characters
  EXPECT_EQ(checkAttachmentName(longName + ".pdf").error().message, "文件名不能超过100个字");
  EXPECT_EQ(messageOf(checkAttachment("a/b.pdf", pdfSample())), "文件名含有无效字符");
}

TEST(FileType, AtMostTenFilesPerPetitionAndPurpose) {
  EXPECT_TRUE(checkAttachmentCount(0).ok());
  EXPECT_TRUE(checkAttachmentCount(9).ok());
  EXPECT_TRUE(checkAttachmentCount(7, 3).ok());
  auto full = checkAttachmentCount(10);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.error().code, ErrorCode::Conflict);
  EXPECT_EQ(full.error().message, "最多上传 10 个附件，已有 10 个");
  EXPECT_FALSE(checkAttachmentCount(8, 3).ok());
}

TEST(FileType, KeysLabelsAndTheAcceptList) {
  for (auto type : kAllFileTypes) {
    EXPECT_EQ(fileTypeFromKey(fileTypeKey(type)), type);
    EXPECT_FALSE(fileTypeLabel(type).empty());
    EXPECT_NE(std::string(attachmentAcceptList()).find("." + std::string(fileTypeKey(type))), std::string::npos);
  }
  EXPECT_EQ(fileTypeLabel(FileType::Docx), "Word 文档");
  EXPECT_EQ(fileTypeFromName("x.Xlsx"), FileType::Xlsx);
  EXPECT_FALSE(fileTypeFromName("x.").has_value());
  EXPECT_FALSE(fileTypeFromMime("text/html").has_value());
}

TEST(FileType, SizesReadLikeAFileManagerShowsThem) {
  EXPECT_EQ(formatFileSize(0), "0 B");
  EXPECT_EQ(formatFileSize(812), "812 B");
  EXPECT_EQ(formatFileSize(1024), "1.0 KB");
  EXPECT_EQ(formatFileSize(36045), "35.2 KB");
  EXPECT_EQ(formatFileSize(200 * 1024), "200 KB");
  EXPECT_EQ(formatFileSize(10LL * 1024 * 1024), "10.0 MB");
  EXPECT_EQ(formatFileSize(static_cast<long long>(9.8 * 1024 * 1024)), "9.8 MB");
}

TEST(FileType, AttachmentsBelongToThePetitionOrToTheResult) {
  EXPECT_EQ(attachmentPurposeFromKey("petition"), AttachmentPurpose::Petition);
  EXPECT_EQ(attachmentPurposeFromKey("result"), AttachmentPurpose::Result);
  EXPECT_FALSE(attachmentPurposeFromKey("Petition"));
  EXPECT_FALSE(attachmentPurposeFromKey(""));
}

TEST(FileType, TheEnterpriseChangesItsFilesOnlyBeforeSubmittingAndTheUnitAddsResultFiles) {
  using C = AttachmentChange;
  for (auto state : kAllPetitionStates) {
    const bool editable = state == PetitionState::Draft || state == PetitionState::ReturnedToEnterprise;
    const bool handling = state == PetitionState::Handling || state == PetitionState::Rectifying;
    SCOPED_TRACE(std::string(petitionStateKey(state)));
    EXPECT_EQ(attachmentChangeAllowed(Role::Enterprise, state, AttachmentPurpose::Petition, C::Add).ok(), editable);
    EXPECT_EQ(attachmentChangeAllowed(Role::Enterprise, state, AttachmentPurpose::Petition, C::Remove).ok(), editable);
    EXPECT_EQ(attachmentChangeAllowed(Role::UnitAdmin, state, AttachmentPurpose::Result, C::Add).ok(), handling);
    EXPECT_EQ(attachmentChangeAllowed(Role::CountyAdmin, state, AttachmentPurpose::Result, C::Add).ok(), handling);
    EXPECT_FALSE(attachmentChangeAllowed(Role::UnitAdmin, state, AttachmentPurpose::Result, C::Remove).ok());
    EXPECT_FALSE(attachmentChangeAllowed(Role::Enterprise, state, AttachmentPurpose::Result, C::Add).ok());
    EXPECT_FALSE(attachmentChangeAllowed(Role::UnitAdmin, state, AttachmentPurpose::Petition, C::Add).ok());
    for (auto role : {Role::Cadre, Role::CityDispatcher, Role::IndustryDispatcher, Role::Inspector, Role::SystemAdmin}) {
      EXPECT_EQ(attachmentChangeAllowed(role, state, AttachmentPurpose::Petition, C::Add).error().code, ErrorCode::Forbidden);
      EXPECT_EQ(attachmentChangeAllowed(role, state, AttachmentPurpose::Result, C::Add).error().code, ErrorCode::Forbidden);
    }
  }
  EXPECT_EQ(attachmentChangeAllowed(Role::Enterprise, PetitionState::PendingReview, AttachmentPurpose::Petition, C::Add).error().code,
            ErrorCode::InvalidTransition);
  EXPECT_EQ(attachmentChangeAllowed(Role::UnitAdmin, PetitionState::PendingSign, AttachmentPurpose::Result, C::Add).error().message,
            "只有办理中或整改中的诉求可以上传办理结果附件");
}
