// Petition attachments and the 分办单 over HTTP (issue 5 "Attachments", notice §12): every allowed
// kind uploaded and read back byte for byte, programs and renamed files refused by content, the
// limits (10 files, 10 MB), who may add and remove in which state, downloads only within scope, and
// the PDF for the government side only. Petitions are set up with the test's own SQL in the
// migration-9 tables, in exactly the states each case needs.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>

#include "../shared/file_samples.hpp"
#include "demo_accounts.hpp"
#include "petition_test_support.hpp"
#include "raw_http.hpp"
#include "util/sha256.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

// Files the store holds (the demo seed stores its own PDFs there before any test runs).
std::size_t storedFileCount(const std::filesystem::path& root) {
  std::error_code ec;
  std::size_t count = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file()) ++count;
  return count;
}


class PetitionAttachmentsApi : public ::testing::Test {
protected:
  TestServer server;
  SQLite::Database db{(server.dataDir() / "qinqing.db").string(), SQLite::OPEN_READWRITE};

  long long scalar(const std::string& sql) {
    SQLite::Statement s(db, sql);
    return s.executeStep() && !s.getColumn(0).isNull() ? s.getColumn(0).getInt64() : 0;
  }
  long long enterpriseId(const std::string& name) {
    SQLite::Statement s(db, "SELECT id FROM enterprises WHERE name = ?");
    s.bind(1, name);
    return s.executeStep() ? s.getColumn(0).getInt64() : 0;
  }
  long long otherEnterpriseId() { return scalar("SELECT id FROM enterprises WHERE name <> '" + std::string(kXinyuan) + "' LIMIT 1"); }

  // A petition of the enterprise in `state`, routed to the unit when one is given.
  long long insertPetition(long long enterprise, const std::string& state, std::optional<long long> handlerUnit = {}) {
    static int counter = 0;
    SQLite::Statement s(db,
                        "INSERT INTO petitions (number, enterprise_id, cadre_id, region_id, industry_group_id, state, "
                        "handler_unit_id, title, category, description, contact_name, contact_mobile, created_at, "
                        "submitted_at, updated_at) SELECT ?, id, cadre_id, region_id, industry_group_id, ?, ?, "
                        "'新厂房配套道路建设协调', '基础设施', '新建厂房门前道路尚未与市政道路连通，恳请协调。', '李堃', "
                        "'13871230000', ?, ?, ? FROM enterprises WHERE id = ?");
    s.bind(1, "SQ20260302" + std::to_string(9000 + ++counter));
    s.bind(2, state);
    if (handlerUnit) s.bind(3, static_cast<int64_t>(*handlerUnit));
    else s.bind(3);
    s.bind(4, static_cast<int64_t>(kTestEpoch));
    if (state == "draft") s.bind(5);
    else s.bind(5, static_cast<int64_t>(kTestEpoch));
    s.bind(6, static_cast<int64_t>(kTestEpoch));
    s.bind(7, static_cast<int64_t>(enterprise));
    s.exec();
    return db.getLastInsertRowid();
  }
  void setState(long long petition, const std::string& state) {
    db.exec("UPDATE petitions SET state = '" + state + "' WHERE id = " + std::to_string(petition));
  }

  std::string token(Role role) { return loginAs(server, role); }
  std::string token(Role role, const std::string& loginName) { return server.login(role, loginName); }

  httplib::Result upload(const std::string& token, long long petition, const std::string& purpose,
                         const std::string& name, const std::string& bytes) {
    const std::string path = "/api/petitions/" + std::to_string(petition) + "/attachments?purpose=" + purpose +
                             "&name=" + httplib::encode_query_component(name);
    return server.client().Post(path, bearer(token), bytes, "application/octet-stream");
  }
  httplib::Result download(const std::string& token, long long petition, long long attachment) {
    return server.client().Get(
        "/api/petitions/" + std::to_string(petition) + "/attachments/" + std::to_string(attachment), bearer(token));
  }
  httplib::Result remove(const std::string& token, long long petition, long long attachment) {
    return server.client().Delete(
        "/api/petitions/" + std::to_string(petition) + "/attachments/" + std::to_string(attachment), bearer(token));
  }
  httplib::Result sheet(const std::string& token, long long petition) {
    return server.client().Get("/api/petitions/" + std::to_string(petition) + "/dispatch-sheet.pdf", bearer(token));
  }
  long long audited(const std::string& action) {
    return scalar("SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'");
  }
};

// The status line and headers exactly as the server sent them (httplib's client decodes values).
std::string rawResponseHead(int port, const std::string& path, const std::string& token) {
  const std::string response = rawExchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                                     token + "\r\nConnection: close\r\n\r\n");
  return response.substr(0, response.find("\r\n\r\n") + 2);
}

std::string pdfText(const std::string& pdf, const std::filesystem::path& dir) {
  const auto path = dir / "sheet.pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string out;
  if (FILE* pipe = ::popen(("pdftotext -enc UTF-8 '" + path.string() + "' - 2>&1").c_str(), "r")) {
    std::array<char, 4096> buffer;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
    ::pclose(pipe);
  }
  std::string compact;
  for (char c : out) {
    if (c != ' ' && c != '\n' && c != '\f') compact += c;
  }
  return compact;
}

}  // namespace

TEST_F(PetitionAttachmentsApi, EveryAllowedKindIsStoredUnderItsHashAndReadBackByteForByte) {
  const auto enterprise = token(Role::Enterprise);
  const long long petition = insertPetition(enterpriseId(kXinyuan), "draft");
  struct Sample {
    const char* name;
    std::string bytes;
    const char* mime;
    const char* extension;
  };
  const Sample samples[] = {
      {"营业执照 副本.pdf", qinqing::test::pdfSample(), "application/pdf", "pdf"},
      {"现场照片.jpg", qinqing::test::jpegSample(), "image/jpeg", "jpg"},
      {"厂区平面图.PNG", qinqing::test::pngSample(), "image/png", "png"},
      {"情况说明.doc", qinqing::test::docSample(), "application/msword", "doc"},
      {"情况说明（修订）.docx", qinqing::test::docxSample(),
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
      {"用工需求.xls", qinqing::test::xlsSample(), "application/vnd.ms-excel", "xls"},
      {"用工需求.xlsx", qinqing::test::xlsxSample(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       "xlsx"},
  };
  for (const auto& sample : samples) {
    SCOPED_TRACE(sample.name);
    auto res = upload(enterprise, petition, "petition", sample.name, sample.bytes);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, Status::Created_201) << res->body;
    const auto a = bodyJson(res);
    EXPECT_EQ(a["file_name"], sample.name);
    EXPECT_EQ(a["purpose"], "petition");
    EXPECT_EQ(a["mime"], sample.mime);
    EXPECT_EQ(a["size"], sample.bytes.size());
    const std::string hash = qinqing::backend::sha256Hex(sample.bytes);
    EXPECT_EQ(a["sha256"], hash);
    EXPECT_TRUE(std::filesystem::exists(server.dataDir() / "attachments" / hash.substr(0, 2) / hash));

    auto file = download(enterprise, petition, a["id"].get<long long>());
    ASSERT_TRUE(file);
    ASSERT_EQ(file->status, Status::OK_200);
    EXPECT_EQ(file->body, sample.bytes);
    EXPECT_EQ(file->get_header_value("Content-Type"), sample.mime);
    EXPECT_EQ(file->get_header_value("X-Content-Type-Options"), "nosniff");
    // httplib's client hands header values back percent-decoded: the raw header is checked below.
    const auto disposition = file->get_header_value("Content-Disposition");
    EXPECT_EQ(disposition, "attachment; filename=\"attachment-" + std::to_string(a["id"].get<long long>()) + "." +
                               std::string(sample.extension) + "\"; filename*=UTF-8''" + sample.name);
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM petition_attachments WHERE petition_id = " + std::to_string(petition)), 7);
  EXPECT_EQ(audited("petition.attachment_added"), 7);
}

TEST_F(PetitionAttachmentsApi, ChineseNamesTravelAsRfc5987InTheRawHeader) {
  const auto enterprise = token(Role::Enterprise);
  const long long petition = insertPetition(enterpriseId(kXinyuan), "draft");
  auto added = bodyJson(upload(enterprise, petition, "petition", "营业执照 副本(1).pdf", qinqing::test::pdfSample()));
  const std::string path =
      "/api/petitions/" + std::to_string(petition) + "/attachments/" + std::to_string(added["id"].get<long long>());
  const std::string head = rawResponseHead(server.port(), path, enterprise);
  EXPECT_NE(head.find("\r\nContent-Disposition: attachment; filename=\"attachment-" +
                      std::to_string(added["id"].get<long long>()) +
                      ".pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC%281%29.pdf\r\n"),
            std::string::npos)
      << head;
  for (unsigned char c : head) EXPECT_LT(c, 0x80) << head;  // headers stay ASCII
}

TEST_F(PetitionAttachmentsApi, ProgramsAndRenamedFilesAreRefusedByTheirContent) {
  const auto enterprise = token(Role::Enterprise);
  const long long petition = insertPetition(enterpriseId(kXinyuan), "draft");
  const std::size_t storedBefore = storedFileCount(server.dataDir() / "attachments");
  const std::string exe = std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + std::string(4096, '\x90');
  struct Case {
    const char* name;
    std::string bytes;
    const char* message;
  };
  const Case cases[] = {
      {"发票.pdf", exe, "仅支持 PDF、JPG、PNG、Word、Excel 文件"},
      {"setup.exe", exe, "仅支持 PDF、JPG、PNG、Word、Excel 文件"},
      {"说明.txt", "纯文本内容", "仅支持 PDF、JPG、PNG、Word、Excel 文件"},
      {"资料.docx", qinqing::test::zipSample({{"readme.txt", "hi"}}), "仅支持 PDF、JPG、PNG、Word、Excel 文件"},
      {"合同.pdf", qinqing::test::pngSample(), "文件内容与扩展名不符"},
      {"报表.xlsx", qinqing::test::docxSample(), "文件内容与扩展名不符"},
      {"空文件.pdf", "", "文件内容为空"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto res = upload(enterprise, petition, "petition", c.name, c.bytes);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, Status::BadRequest_400);
    EXPECT_EQ(errorMessage(res), c.message);
    EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["field"], "file");
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM petition_attachments"), 0);
  EXPECT_EQ(storedFileCount(server.dataDir() / "attachments"), storedBefore);  // nothing written
  auto noName = upload(enterprise, petition, "petition", "", qinqing::test::pdfSample());
  EXPECT_EQ(noName->status, Status::BadRequest_400);
  EXPECT_EQ(errorMessage(noName), "文件名不能为空");
  auto badPurpose = upload(enterprise, petition, "other", "a.pdf", qinqing::test::pdfSample());
  EXPECT_EQ(badPurpose->status, Status::BadRequest_400);
}

TEST_F(PetitionAttachmentsApi, TenFilesAtMostAndTenMegabytesEach) {
  const auto enterprise = token(Role::Enterprise);
  const long long petition = insertPetition(enterpriseId(kXinyuan), "draft");
  long long first = 0;
  for (int i = 1; i <= 10; ++i) {
    auto res = upload(enterprise, petition, "petition", "材料" + std::to_string(i) + ".pdf",
                      qinqing::test::pdfSample() + "% " + std::to_string(i) + "\n");
    ASSERT_EQ(res->status, Status::Created_201) << res->body;
    if (i == 1) first = bodyJson(res)["id"].get<long long>();
  }
  auto eleventh = upload(enterprise, petition, "petition", "材料11.pdf", qinqing::test::pdfSample());
  EXPECT_EQ(eleventh->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(eleventh), "最多上传 10 个附件，已有 10 个");
  // A removed file frees its place.
  EXPECT_EQ(remove(enterprise, petition, first)->status, Status::NoContent_204);
  EXPECT_EQ(upload(enterprise, petition, "petition", "材料11.pdf", qinqing::test::pdfSample())->status, Status::Created_201);

  const long long other = insertPetition(enterpriseId(kXinyuan), "draft");
  const std::string justTooLarge = qinqing::test::pdfSample() + std::string(10 * 1024 * 1024, ' ');
  auto tooLarge = upload(enterprise, other, "petition", "扫描件.pdf", justTooLarge);
  ASSERT_TRUE(tooLarge);
  EXPECT_EQ(tooLarge->status, Status::PayloadTooLarge_413);
  EXPECT_EQ(errorMessage(tooLarge), "单个附件不能超过 10 MB");
  // Beyond the server's request limit it refuses from Content-Length, before reading: the same words.
  const std::string huge = rawExchange(
      server.port(), "POST /api/petitions/" + std::to_string(other) + "/attachments?purpose=petition&name=x.pdf HTTP/1.1\r\n"
                     "Host: 127.0.0.1\r\nAuthorization: Bearer " + enterprise + "\r\n"
                     "Content-Type: application/octet-stream\r\nContent-Length: 13631488\r\n\r\n%PDF");
  EXPECT_EQ(rawStatus(huge), Status::PayloadTooLarge_413) << huge;
  EXPECT_EQ(nlohmann::json::parse(rawBody(huge), nullptr, false)["error"]["message"], "单个附件不能超过 10 MB");
  const std::string exactly = qinqing::test::pdfSample() +
                              std::string(10 * 1024 * 1024 - qinqing::test::pdfSample().size(), ' ');
  EXPECT_EQ(upload(enterprise, other, "petition", "扫描件.pdf", exactly)->status, Status::Created_201);
}

TEST_F(PetitionAttachmentsApi, WhoMayAddFilesInWhichState) {
  const auto enterprise = token(Role::Enterprise);
  const auto unitAdmin = token(Role::UnitAdmin);
  const long long unit = server.unitId("十堰市经信局");
  const auto pdf = qinqing::test::pdfSample();

  const long long submitted = insertPetition(enterpriseId(kXinyuan), "pending_review");
  auto late = upload(enterprise, submitted, "petition", "补充.pdf", pdf);
  EXPECT_EQ(late->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(late), "诉求已提交，附件不能再修改");
  const long long returned = insertPetition(enterpriseId(kXinyuan), "returned_to_enterprise");
  EXPECT_EQ(upload(enterprise, returned, "petition", "补充.pdf", pdf)->status, Status::Created_201);

  const long long handling = insertPetition(enterpriseId(kXinyuan), "handling", unit);
  EXPECT_EQ(upload(enterprise, handling, "result", "结果.pdf", pdf)->status, Status::Forbidden_403);
  EXPECT_EQ(upload(unitAdmin, handling, "petition", "材料.pdf", pdf)->status, Status::Forbidden_403);
  auto result = upload(unitAdmin, handling, "result", "办理结果说明.docx", qinqing::test::docxSample());
  ASSERT_EQ(result->status, Status::Created_201) << result->body;
  EXPECT_EQ(bodyJson(result)["purpose"], "result");
  setState(handling, "rectifying");
  EXPECT_EQ(upload(unitAdmin, handling, "result", "整改说明.pdf", pdf)->status, Status::Created_201);
  setState(handling, "pending_rating");
  auto afterResult = upload(unitAdmin, handling, "result", "补充.pdf", pdf);
  EXPECT_EQ(afterResult->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(afterResult), "只有办理中或整改中的诉求可以上传办理结果附件");

  // Roles that never upload are refused by the route table (and the refusal is audited).
  const long long refusalsBefore = audited("access.refused");
  for (Role role : {Role::Cadre, Role::CityDispatcher, Role::IndustryDispatcher, Role::Inspector, Role::SystemAdmin}) {
    EXPECT_EQ(upload(token(role), handling, "result", "结果.pdf", pdf)->status, Status::Forbidden_403)
        << roleKey(role);
  }
  EXPECT_EQ(audited("access.refused"), refusalsBefore + 5);
}

TEST_F(PetitionAttachmentsApi, AnotherEnterprisesPetitionAnswersLikeAMissingOne) {
  const auto enterprise = token(Role::Enterprise);
  const long long theirs = insertPetition(otherEnterpriseId(), "draft");
  const long long theirFile = [&] {
    db.exec("INSERT INTO petition_attachments (petition_id, purpose, file_name, mime, size, sha256, uploaded_at) "
            "VALUES (" + std::to_string(theirs) + ", 'petition', 'x.pdf', 'application/pdf', 10, '" +
            std::string(64, 'a') + "', 0)");
    return db.getLastInsertRowid();
  }();
  auto add = upload(enterprise, theirs, "petition", "a.pdf", qinqing::test::pdfSample());
  EXPECT_EQ(add->status, Status::NotFound_404);
  EXPECT_EQ(errorMessage(add), "诉求不存在");
  EXPECT_EQ(download(enterprise, theirs, theirFile)->status, Status::NotFound_404);
  EXPECT_EQ(remove(enterprise, theirs, theirFile)->status, Status::NotFound_404);
  EXPECT_EQ(upload(enterprise, 999999, "petition", "a.pdf", qinqing::test::pdfSample())->status, Status::NotFound_404);
  EXPECT_EQ(scalar("SELECT removed_at IS NULL FROM petition_attachments WHERE id = " + std::to_string(theirFile)), 1);
}

TEST_F(PetitionAttachmentsApi, RemovingMarksTheRowAndKeepsTheFile) {
  const auto enterprise = token(Role::Enterprise);
  const long long petition = insertPetition(enterpriseId(kXinyuan), "draft");
  auto added = upload(enterprise, petition, "petition", "照片.png", qinqing::test::pngSample());
  const long long id = bodyJson(added)["id"].get<long long>();
  const std::string hash = bodyJson(added)["sha256"];

  EXPECT_EQ(remove(enterprise, petition, id)->status, Status::NoContent_204);
  EXPECT_GT(scalar("SELECT removed_at FROM petition_attachments WHERE id = " + std::to_string(id)), 0);
  EXPECT_TRUE(std::filesystem::exists(server.dataDir() / "attachments" / hash.substr(0, 2) / hash));
  EXPECT_EQ(download(enterprise, petition, id)->status, Status::NotFound_404);
  EXPECT_EQ(remove(enterprise, petition, id)->status, Status::NotFound_404);
  EXPECT_EQ(audited("petition.attachment_removed"), 1);

  auto kept = upload(enterprise, petition, "petition", "照片.png", qinqing::test::pngSample());
  const long long keptId = bodyJson(kept)["id"].get<long long>();
  setState(petition, "pending_review");
  auto late = remove(enterprise, petition, keptId);
  EXPECT_EQ(late->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(late), "诉求已提交，附件不能再修改");
  EXPECT_EQ(remove(token(Role::UnitAdmin), petition, keptId)->status, Status::Forbidden_403);
}

TEST_F(PetitionAttachmentsApi, DownloadsAreServedOnlyWithinScope) {
  const auto enterprise = token(Role::Enterprise);
  const auto unitAdmin = token(Role::UnitAdmin);
  const long long unit = server.unitId("十堰市经信局");
  const long long draft = insertPetition(enterpriseId(kXinyuan), "draft");
  auto draftFile = bodyJson(upload(enterprise, draft, "petition", "草稿材料.pdf", qinqing::test::pdfSample()));
  const long long handling = insertPetition(enterpriseId(kXinyuan), "handling", unit);
  setState(handling, "draft");
  auto file = bodyJson(upload(enterprise, handling, "petition", "诉求材料.pdf", qinqing::test::pdfSample()));
  setState(handling, "handling");
  ASSERT_TRUE(file.contains("id")) << file.dump();

  const std::pair<Role, int> expected[] = {
      {Role::Enterprise, Status::OK_200},      {Role::Cadre, Status::OK_200},
      {Role::UnitAdmin, Status::OK_200},       {Role::CityDispatcher, Status::OK_200},
      {Role::Inspector, Status::OK_200},       {Role::SystemAdmin, Status::NotFound_404},
      {Role::SecurityAdmin, Status::NotFound_404}, {Role::AuditAdmin, Status::NotFound_404},
  };
  for (const auto& [role, status] : expected) {
    EXPECT_EQ(download(token(role), handling, file["id"].get<long long>())->status, status) << roleKey(role);
  }
  // Another unit's administrator, and a draft for anyone but the enterprise.
  EXPECT_EQ(download(token(Role::UnitAdmin, "十堰市商务局管理员"), handling, file["id"].get<long long>())->status,
            Status::NotFound_404);
  EXPECT_EQ(download(token(Role::Cadre), draft, draftFile["id"].get<long long>())->status, Status::NotFound_404);
  EXPECT_EQ(download(unitAdmin, draft, draftFile["id"].get<long long>())->status, Status::NotFound_404);
  // The id of a file of another petition does not open through this one.
  EXPECT_EQ(download(enterprise, handling, draftFile["id"].get<long long>())->status, Status::NotFound_404);
}

TEST_F(PetitionAttachmentsApi, OpenApiDescribesTheBinaryBodies) {
  auto doc = bodyJson(server.client().Get("/api/openapi.json"));
  const auto& paths = doc["paths"];
  EXPECT_EQ(paths["/api/petitions/{id}/attachments"]["post"]["requestBody"]["content"]["application/octet-stream"]["schema"]["format"],
            "binary");
  EXPECT_TRUE(paths["/api/petitions/{id}/attachments"]["post"]["responses"].contains("201"));
  EXPECT_TRUE(paths["/api/petitions/{id}/attachments/{aid}"].contains("delete"));
  EXPECT_TRUE(paths["/api/petitions/{id}/attachments/{aid}"].contains("get"));
}
