// Files on announcements (公告) and policy guides (政策指南) over HTTP: 系统管理员 uploads in every
// state (type read from the content, 10 files, 10 MB), readers download exactly what they may open
// (the announcement's audience, published only; 系统管理员 any state), removal hides the file but
// keeps its row and bytes, the inspector and other roles are refused the writes, every change is
// audited, and the announcement / guide JSON lists the live files.
#include <gtest/gtest.h>

#include <filesystem>

#include "../shared/file_samples.hpp"
#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {


class ContentAttachmentsApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }

  long long xinyuanRegion() {
    return selectCount(m_db, "SELECT region_id FROM enterprises WHERE name = '" + std::string(kXinyuan) + "'");
  }
  long long otherRegion() {
    return selectCount(m_db, "SELECT id FROM regions WHERE id <> " + std::to_string(xinyuanRegion()) +
                                 " AND kind <> 'city' ORDER BY id LIMIT 1");
  }
  long long createAnnouncement(ApiClient& admin, const std::string& title, std::vector<std::string> roles,
                               std::vector<long long> regions = {}) {
    auto res = admin.post("/api/publish/announcements", json{{"title", title},
                                                             {"body", title + "：附件测试正文。"},
                                                             {"roles", roles},
                                                             {"region_ids", regions},
                                                             {"pinned", false}});
    EXPECT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
    return bodyJson(res)["id"].get<long long>();
  }
  long long createPolicy(ApiClient& admin, const std::string& title) {
    auto res = admin.post("/api/publish/policies", json{{"title", title},
                                                        {"issuer", "十堰市经济和信息化局"},
                                                        {"document_number", "十经信发〔2026〕12号"},
                                                        {"issued_on", "2026-03-01"},
                                                        {"valid_until", ""},
                                                        {"industry_group_ids", json::array()},
                                                        {"region_ids", json::array()},
                                                        {"summary", "附件测试"},
                                                        {"body", title + "：附件测试正文。"}});
    EXPECT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
    return bodyJson(res)["id"].get<long long>();
  }
  void publish(ApiClient& admin, const std::string& kind, long long id) {
    auto res = admin.post("/api/publish/" + kind + "/" + std::to_string(id) + "/publish", json::object());
    EXPECT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
  }

  httplib::Result upload(const ApiClient& who, const std::string& kind, long long id, const std::string& name,
                         const std::string& bytes) {
    return m_server.client().Post("/api/publish/" + kind + "/" + std::to_string(id) + "/attachments?name=" +
                                      httplib::encode_query_component(name),
                                  bearer(who.token), bytes, "application/octet-stream");
  }
  long long uploaded(const ApiClient& who, const std::string& kind, long long id, const std::string& name,
                     const std::string& bytes) {
    auto res = upload(who, kind, id, name, bytes);
    EXPECT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
    return res && res->status == Status::Created_201 ? bodyJson(res)["id"].get<long long>() : 0;
  }
  httplib::Result download(const ApiClient& who, const std::string& kind, long long id, long long aid) {
    return who.get("/api/" + kind + "/" + std::to_string(id) + "/attachments/" + std::to_string(aid));
  }
  httplib::Result remove(const ApiClient& who, const std::string& kind, long long id, long long aid) {
    return m_server.client().Delete(
        "/api/publish/" + kind + "/" + std::to_string(id) + "/attachments/" + std::to_string(aid), bearer(who.token));
  }
  long long audited(const std::string& action, long long objectId) {
    return selectCount(m_db, "SELECT count(*) FROM audit_log WHERE action = '" + action + "' AND object_id = '" +
                                 std::to_string(objectId) + "'");
  }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

std::string errorField(const httplib::Result& res) {
  auto body = bodyJson(res);
  return body["error"]["fields"].empty() ? "" : body["error"]["fields"][0]["field"].get<std::string>();
}

TEST_F(ContentAttachmentsApi, SystemAdminUploadsAPdfThatTheAnnouncementListsAndReadersDownload) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "关于申报2026年技改项目的通知", {"enterprise"}, {xinyuanRegion()});
  const std::string pdf = qinqing::test::pdfSample();
  auto res = upload(admin, "announcements", id, "技改项目申报表.pdf", pdf);
  ASSERT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
  auto file = bodyJson(res);
  EXPECT_EQ(file["file_name"], "技改项目申报表.pdf");
  EXPECT_EQ(file["mime"], "application/pdf");
  EXPECT_EQ(file["size"], static_cast<long long>(pdf.size()));
  EXPECT_EQ(file["sha256"].get<std::string>().size(), 64u);
  EXPECT_FALSE(file["uploaded_at"].get<std::string>().empty());
  for (const char* key : {"id", "file_name", "mime", "size", "sha256", "uploaded_at"}) EXPECT_TRUE(file.contains(key)) << key;
  const long long aid = file["id"].get<long long>();

  // Stored once under its hash, as petition files are.
  const std::string sha = file["sha256"];
  EXPECT_TRUE(std::filesystem::exists(m_server.dataDir() / "attachments" / sha.substr(0, 2) / sha));
  EXPECT_EQ(audited("announcement.attachment_added", id), 1);

  // The publisher's view lists it while a draft; readers do not see the draft or its file.
  auto detail = bodyJson(admin.get("/api/publish/announcements/" + std::to_string(id)));
  ASSERT_EQ(detail["attachments"].size(), 1u);
  EXPECT_EQ(detail["attachments"][0]["id"], aid);
  auto enterprise = as(Role::Enterprise);
  EXPECT_EQ(status(download(enterprise, "announcements", id, aid)), Status::NotFound_404);
  auto draftCopy = download(admin, "announcements", id, aid);
  ASSERT_EQ(status(draftCopy), Status::OK_200);
  EXPECT_EQ(draftCopy->body, pdf);

  publish(admin, "announcements", id);
  auto reader = bodyJson(enterprise.get("/api/announcements/" + std::to_string(id)));
  ASSERT_EQ(reader["attachments"].size(), 1u);
  EXPECT_EQ(reader["attachments"][0]["file_name"], "技改项目申报表.pdf");
  auto list = bodyJson(enterprise.get("/api/announcements?q=" + httplib::encode_query_component("附件测试正文")));
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["attachments"].size(), 1u);

  auto got = download(enterprise, "announcements", id, aid);
  ASSERT_EQ(status(got), Status::OK_200);
  EXPECT_EQ(got->body, pdf);
  EXPECT_EQ(got->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(got->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(got->get_header_value("Cache-Control"), "private, no-store");
  // httplib's client decodes header values: the percent-encoded name arrives as text.
  EXPECT_NE(got->get_header_value("Content-Disposition").find("filename*=UTF-8''技改项目申报表.pdf"), std::string::npos)
      << got->get_header_value("Content-Disposition");
  EXPECT_NE(got->get_header_value("Content-Disposition").find("filename=\"attachment-" + std::to_string(aid) + ".pdf\""),
            std::string::npos);
}

TEST_F(ContentAttachmentsApi, ReadersOutsideTheAudienceAndOfADraftGetNotFound) {
  auto admin = as(Role::SystemAdmin);
  const long long elsewhere = createAnnouncement(admin, "其他县市区企业座谈会通知", {"enterprise"}, {otherRegion()});
  const long long cadresOnly = createAnnouncement(admin, "包联干部培训通知", {"cadre"});
  const long long draft = createAnnouncement(admin, "尚未发布的通知", {"enterprise", "cadre"});
  const long long a1 = uploaded(admin, "announcements", elsewhere, "座谈会议程.pdf", qinqing::test::pdfSample());
  const long long a2 = uploaded(admin, "announcements", cadresOnly, "培训日程.png", qinqing::test::pngSample());
  const long long a3 = uploaded(admin, "announcements", draft, "草稿附件.pdf", qinqing::test::pdfSample());
  publish(admin, "announcements", elsewhere);
  publish(admin, "announcements", cadresOnly);

  auto enterprise = as(Role::Enterprise);
  EXPECT_EQ(status(download(enterprise, "announcements", elsewhere, a1)), Status::NotFound_404);
  EXPECT_EQ(status(download(enterprise, "announcements", cadresOnly, a2)), Status::NotFound_404);
  EXPECT_EQ(status(download(enterprise, "announcements", draft, a3)), Status::NotFound_404);
  auto cadre = as(Role::Cadre);
  EXPECT_EQ(status(download(cadre, "announcements", cadresOnly, a2)), Status::OK_200);
  EXPECT_EQ(status(download(cadre, "announcements", draft, a3)), Status::NotFound_404);
  // A file id under another announcement is not found either.
  EXPECT_EQ(status(download(cadre, "announcements", cadresOnly, a1)), Status::NotFound_404);
  // 安全管理员 and 审计管理员 read no content at all.
  EXPECT_EQ(status(download(as(Role::SecurityAdmin), "announcements", cadresOnly, a2)), Status::Forbidden_403);
}

TEST_F(ContentAttachmentsApi, TypeMismatchEmptyAndProgramsAreRefusedOnTheFileField) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "附件类型测试", {"enterprise"});
  auto renamed = upload(admin, "announcements", id, "申报表.pdf", qinqing::test::pngSample());
  ASSERT_EQ(status(renamed), Status::BadRequest_400);
  EXPECT_EQ(errorField(renamed), "file");
  EXPECT_EQ(bodyJson(renamed)["error"]["fields"][0]["message"], "文件内容与扩展名不符");
  auto program = upload(admin, "announcements", id, "setup.exe", std::string("MZ\x90\x00", 4));
  ASSERT_EQ(status(program), Status::BadRequest_400);
  EXPECT_EQ(errorField(program), "file");
  EXPECT_EQ(status(upload(admin, "announcements", id, "空文件.pdf", "")), Status::BadRequest_400);
  EXPECT_EQ(status(upload(admin, "announcements", 999999, "申报表.pdf", qinqing::test::pdfSample())),
            Status::NotFound_404);
  EXPECT_EQ(audited("announcement.attachment_added", id), 0);
}

TEST_F(ContentAttachmentsApi, TheEleventhFileIsRefusedAndOverTenMegabytesIs413) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "附件数量测试", {"enterprise"});
  for (int i = 1; i <= 10; ++i) {
    ASSERT_NE(uploaded(admin, "announcements", id, "附件" + std::to_string(i) + ".pdf", qinqing::test::pdfSample()), 0);
  }
  auto eleventh = upload(admin, "announcements", id, "附件11.pdf", qinqing::test::pdfSample());
  ASSERT_EQ(status(eleventh), Status::Conflict_409);
  EXPECT_EQ(bodyJson(eleventh)["error"]["message"], "最多上传 10 个附件，已有 10 个");
  const long long other = createAnnouncement(admin, "附件大小测试", {"enterprise"});
  auto tooLarge = upload(admin, "announcements", other, "大文件.pdf",
                         qinqing::test::pdfSample() + std::string(10 * 1024 * 1024, ' '));
  EXPECT_EQ(status(tooLarge), Status::PayloadTooLarge_413);
}

TEST_F(ContentAttachmentsApi, RemovalHidesTheFileAndKeepsItsRowAndFreesAPlace) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "附件移除测试", {"enterprise"}, {xinyuanRegion()});
  const long long keep = uploaded(admin, "announcements", id, "保留.pdf", qinqing::test::pdfSample());
  const long long gone = uploaded(admin, "announcements", id, "移除.jpg", qinqing::test::jpegSample());
  publish(admin, "announcements", id);
  auto enterprise = as(Role::Enterprise);
  ASSERT_EQ(status(download(enterprise, "announcements", id, gone)), Status::OK_200);

  auto removed = remove(admin, "announcements", id, gone);
  ASSERT_EQ(status(removed), Status::NoContent_204) << (removed ? removed->body : "");
  EXPECT_EQ(status(download(enterprise, "announcements", id, gone)), Status::NotFound_404);
  EXPECT_EQ(status(download(admin, "announcements", id, gone)), Status::NotFound_404);
  EXPECT_EQ(status(remove(admin, "announcements", id, gone)), Status::NotFound_404);
  auto reader = bodyJson(enterprise.get("/api/announcements/" + std::to_string(id)));
  ASSERT_EQ(reader["attachments"].size(), 1u);
  EXPECT_EQ(reader["attachments"][0]["id"], keep);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM announcement_attachments WHERE id = " + std::to_string(gone) +
                                  " AND removed_at IS NOT NULL"),
            1);
  EXPECT_EQ(audited("announcement.attachment_removed", id), 1);
}

TEST_F(ContentAttachmentsApi, TheInspectorAndTheEnterpriseAreRefusedEveryWrite) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "附件权限测试", {"enterprise", "inspector"});
  const long long aid = uploaded(admin, "announcements", id, "通知.pdf", qinqing::test::pdfSample());
  publish(admin, "announcements", id);
  auto inspector = as(Role::Inspector);
  auto refused = upload(inspector, "announcements", id, "巡查.pdf", qinqing::test::pdfSample());
  ASSERT_EQ(status(refused), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(status(remove(inspector, "announcements", id, aid)), Status::Forbidden_403);
  EXPECT_EQ(status(download(inspector, "announcements", id, aid)), Status::OK_200);
  auto enterprise = as(Role::Enterprise);
  EXPECT_EQ(status(upload(enterprise, "announcements", id, "企业.pdf", qinqing::test::pdfSample())),
            Status::Forbidden_403);
  EXPECT_EQ(status(remove(enterprise, "announcements", id, aid)), Status::Forbidden_403);
  for (Role role : {Role::Cadre, Role::UnitAdmin, Role::CountyAdmin, Role::CityDispatcher}) {
    EXPECT_EQ(status(upload(as(role), "policies", 1, "x.pdf", qinqing::test::pdfSample())), Status::Forbidden_403);
  }
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM announcement_attachments WHERE announcement_id = " +
                                  std::to_string(id)),
            1);
}

TEST_F(ContentAttachmentsApi, PolicyGuidesCarryFilesTheSameWay) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createPolicy(admin, "十堰市支持中小企业数字化转型若干措施");
  const long long aid = uploaded(admin, "policies", id, "数字化转型措施全文.docx", qinqing::test::docxSample());
  auto enterprise = as(Role::Enterprise);
  EXPECT_EQ(status(download(enterprise, "policies", id, aid)), Status::NotFound_404);  // a draft
  publish(admin, "policies", id);
  auto got = download(enterprise, "policies", id, aid);
  ASSERT_EQ(status(got), Status::OK_200);
  EXPECT_EQ(got->body, qinqing::test::docxSample());
  EXPECT_EQ(got->get_header_value("Content-Type"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  auto reader = bodyJson(enterprise.get("/api/policies/" + std::to_string(id)));
  ASSERT_EQ(reader["attachments"].size(), 1u);
  EXPECT_EQ(reader["attachments"][0]["file_name"], "数字化转型措施全文.docx");
  EXPECT_EQ(audited("policy.attachment_added", id), 1);

  auto inspector = as(Role::Inspector);
  EXPECT_EQ(status(upload(inspector, "policies", id, "巡查.pdf", qinqing::test::pdfSample())), Status::Forbidden_403);
  EXPECT_EQ(status(download(inspector, "policies", id, aid)), Status::OK_200);
  ASSERT_EQ(status(remove(admin, "policies", id, aid)), Status::NoContent_204);
  EXPECT_EQ(status(download(enterprise, "policies", id, aid)), Status::NotFound_404);
  EXPECT_TRUE(bodyJson(enterprise.get("/api/policies/" + std::to_string(id)))["attachments"].empty());
  EXPECT_EQ(audited("policy.attachment_removed", id), 1);
}

TEST_F(ContentAttachmentsApi, RowsCannotBeDeleted) {
  auto admin = as(Role::SystemAdmin);
  const long long id = createAnnouncement(admin, "附件删除保护测试", {"enterprise"});
  uploaded(admin, "announcements", id, "保护.pdf", qinqing::test::pdfSample());
  auto db = openServerDatabase(m_server.dataDir());
  EXPECT_THROW(db.exec("DELETE FROM announcement_attachments"), SQLite::Exception);
  EXPECT_THROW(db.exec("UPDATE announcement_attachments SET file_name = 'x.pdf'"), SQLite::Exception);
}

}  // namespace
