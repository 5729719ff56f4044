// The 分办单 PDF, read back with poppler's pdfinfo / pdftotext (Debian poppler-utils, installed by
// scripts/setup.sh) the way a person's PDF reader would see it.
#include "petition/dispatch_sheet_pdf.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>

#include "qinqing/validation/text.hpp"
#include "test_support.hpp"

using namespace qinqing;
using backend::testsupport::TempDir;

namespace {

domain::PetitionDetail sampleDetail(const std::string& description) {
  domain::PetitionDetail d;
  d.summary.id = 42;
  d.summary.number = "SQ202603020042";
  d.summary.title = "新厂房配套道路建设协调";
  d.summary.category = "基础设施";
  d.summary.state = domain::PetitionState::Handling;
  d.summary.enterprise = {7, "十堰市鑫源汽车零部件有限公司"};
  d.summary.cadre = domain::NamedRef{3, "张明"};
  d.summary.handler = domain::NamedRef{5, "十堰市经信局"};
  d.summary.handlerKind = domain::HandlerKind::Unit;
  d.summary.submittedAt = "2026-03-02T09:12:00+08:00";
  d.content = {"新厂房配套道路建设协调", "基础设施", description, "李堃", "13871230000"};
  d.enterpriseUscc = "91420300MA4A00000X";
  d.regionName = "茅箭区";
  d.industryGroupName = "经信组";
  d.events = {
      {1, "2026-03-02T09:12:00+08:00", "submit", "提交诉求", "十堰市鑫源汽车零部件有限公司", "企业",
       domain::PetitionState::Draft, domain::PetitionState::PendingReview, ""},
      {2, "2026-03-02T10:05:00+08:00", "approve", "审核通过", "张明", "包联干部",
       domain::PetitionState::PendingReview, domain::PetitionState::PendingDispatch, ""},
      {3, "2026-03-02T11:30:00+08:00", "dispatch", "分办", "双千分办员", "双千分办员",
       domain::PetitionState::PendingDispatch, domain::PetitionState::PendingSign, ""},
  };
  domain::PetitionClock sign;
  sign.kind = domain::ClockKind::Sign;
  sign.startedAt = "2026-03-02T11:30:00+08:00";
  sign.workingDays = 1;
  sign.dueDate = domain::Date::parseIso("2026-03-03").value();
  sign.finishedAt = "2026-03-02T15:00:00+08:00";
  sign.onTime = true;
  domain::PetitionClock result;
  result.kind = domain::ClockKind::Result;
  result.startedAt = "2026-03-02T15:00:00+08:00";
  result.workingDays = 15;
  result.dueDate = domain::Date::parseIso("2026-03-23").value();
  d.clocks = {sign, result};
  d.attachments = {{1, domain::AttachmentPurpose::Petition, "道路规划示意图.pdf", "application/pdf", 356000, "", "2026-03-02T09:10:00+08:00"},
                   {2, domain::AttachmentPurpose::Petition, "现场照片.jpg", "image/jpeg", 1200000, "", "2026-03-02T09:11:00+08:00"}};
  return d;
}

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  ::pclose(pipe);
  return out;
}

struct Rendered {
  std::string bytes;
  int pages = 0;
  std::string text;  // pdftotext's reading, all whitespace removed (it spaces CJK runs its own way)
  std::string pageSize;
};

Rendered render(const domain::PetitionDetail& detail, const TempDir& dir) {
  Rendered r;
  r.bytes = backend::petition::renderDispatchSheet(detail, backend::testsupport::kTestEpoch + 3600);
  const auto path = dir.path() / "sheet.pdf";
  std::ofstream(path, std::ios::binary) << r.bytes;
  const std::string info = run("pdfinfo '" + path.string() + "' 2>&1");
  std::smatch m;
  if (std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) r.pages = std::stoi(m[1]);
  if (std::regex_search(info, m, std::regex(R"(Page size:\s+([^\n]+))"))) r.pageSize = m[1];
  for (char c : run("pdftotext -enc UTF-8 '" + path.string() + "' - 2>&1")) {
    if (c != ' ' && c != '\n' && c != '\f' && c != '\t') r.text += c;
  }
  return r;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST(DispatchSheetPdf, OnePageA4WithEveryFieldInChinese) {
  ASSERT_FALSE(run("command -v pdftotext").empty()) << "poppler-utils missing: run scripts/setup.sh";
  TempDir dir;
  const auto sheet = render(sampleDetail("新建厂房门前道路尚未与市政道路连通，原材料和成品运输车辆只能绕行，恳请协调尽快建设。"), dir);
  ASSERT_EQ(sheet.bytes.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(sheet.pages, 1);
  EXPECT_TRUE(contains(sheet.pageSize, "595.276 x 841.89")) << sheet.pageSize;  // A4 portrait
  for (const char* expected :
       {"十堰亲清企业服务信息平台", "企业诉求分办单", "SQ202603020042", "十堰市鑫源汽车零部件有限公司",
        "91420300MA4A00000X", "茅箭区", "经信组", "张明", "新厂房配套道路建设协调", "基础设施", "李堃", "13871230000",
        "2026-03-0209:12", "包联干部张明，2026-03-0210:05", "双千分办员，2026-03-0211:30", "十堰市经信局",
        "2026-03-03前（1个工作日）", "已于2026-03-0215:00签收（按时）", "2026-03-23前（15个工作日）",
        "道路规划示意图.pdf（PDF，348KB）", "现场照片.jpg（JPG图片，1.1MB）", "恳请协调尽快建设", "打印时间2026-03-0210:00",
        "第1页共1页", "办理中"}) {
    EXPECT_TRUE(contains(sheet.text, expected)) << expected << "\n" << sheet.text;
  }
}

TEST(DispatchSheetPdf, LongDescriptionFlowsOntoNumberedPages) {
  TempDir dir;
  std::string description;
  while (description.size() < 2000 * 3) description += "企业反映新厂区周边道路、供水、供电等配套设施建设滞后，影响正常生产。";
  description += "此为诉求内容的最后一句。";
  ASSERT_GE(*domain::utf8Length(description), 2000u);
  auto detail = sampleDetail(description);
  for (int i = 3; i <= 10; ++i) {  // many attachments too
    detail.attachments.push_back({i, domain::AttachmentPurpose::Petition, "补充材料" + std::to_string(i) + ".docx",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 20480, "", ""});
  }
  const auto sheet = render(detail, dir);
  ASSERT_EQ(sheet.bytes.rfind("%PDF-", 0), 0u);
  EXPECT_GE(sheet.pages, 2);
  EXPECT_TRUE(contains(sheet.text, "企业诉求分办单（续）诉求编号：SQ202603020042"));
  EXPECT_TRUE(contains(sheet.text, "诉求内容（续）"));
  EXPECT_TRUE(contains(sheet.text, "此为诉求内容的最后一句。"));
  EXPECT_TRUE(contains(sheet.text, "补充材料10.docx"));
  EXPECT_TRUE(contains(sheet.text, "第1页共" + std::to_string(sheet.pages) + "页"));
  EXPECT_TRUE(contains(sheet.text, "第" + std::to_string(sheet.pages) + "页共" + std::to_string(sheet.pages) + "页"));
}

TEST(DispatchSheetPdf, APetitionNotYetDispatchedSaysSo) {
  TempDir dir;
  auto detail = sampleDetail("企业反映的问题需要协调解决，请相关单位尽快办理。");
  detail.events.resize(1);
  detail.clocks.clear();
  detail.attachments.clear();
  detail.summary.handler.reset();
  detail.summary.cadre.reset();
  detail.summary.state = domain::PetitionState::PendingReview;
  const auto sheet = render(detail, dir);
  for (const char* expected : {"尚未审核", "尚未分办", "分办后1个工作日内签收", "签收后15个工作日内提交办理结果", "附件清单无"}) {
    EXPECT_TRUE(contains(sheet.text, expected)) << expected << "\n" << sheet.text;
  }
  EXPECT_EQ(backend::petition::dispatchSheetFileName(detail), "分办单-SQ202603020042.pdf");
}
