// 公告栏 and 公告发布 over HTTP: drafts stay with 系统管理员, publishing texts every enterprise in the
// audience through the outbox (2,000 in one quick request), readers see their audience only with
// unread marks, search, pinned first, edits after publishing are versions, withdrawal hides, every
// write is audited, and the inspector reads but never writes.
#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <chrono>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class AnnouncementsApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long regionId(const std::string& name) {
    return selectCount(m_db, "SELECT id FROM regions WHERE name = '" + name + "'");
  }
  json draft(const std::string& title, std::vector<std::string> roles, std::vector<long long> regions = {},
             bool pinned = false) {
    return {{"title", title}, {"body", title + "的测试正文：请各单位认真落实。"}, {"roles", roles},
            {"region_ids", regions}, {"pinned", pinned}};
  }
  long long create(ApiClient& admin, const json& body) {
    auto res = admin.post("/api/publish/announcements", body);
    EXPECT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
    return bodyJson(res)["id"].get<long long>();
  }
  json publish(ApiClient& admin, long long id) {
    auto res = admin.post("/api/publish/announcements/" + std::to_string(id) + "/publish", json::object());
    EXPECT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
    return bodyJson(res);
  }
  // The demo publishes announcements of its own: the lists here are narrowed to this test's (whose
  // bodies say 测试正文) unless a query of its own is given.
  std::vector<std::string> titles(const ApiClient& reader, const std::string& query = "") {
    const std::string marker = "q=" + qinqing::wire::percentEncode("测试正文");
    const std::string path = query.empty() ? "?" + marker : query.rfind("?q=", 0) == 0 ? query : query + "&" + marker;
    auto body = bodyJson(reader.get("/api/announcements" + path));
    std::vector<std::string> out;
    for (const auto& a : body["items"]) out.push_back(a["title"]);
    return out;
  }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(AnnouncementsApi, PublishingTextsTwoThousandEnterprisesWithoutWaiting) {
  {
    auto db = openServerDatabase(m_server.dataDir());
    SQLite::Transaction tx(db);
    const long long region = regionId("茅箭区");
    const long long existing = selectCount(db, "SELECT count(*) FROM enterprises");
    for (long long i = existing; i < 2000; ++i) {
      SQLite::Statement ins(db, "INSERT INTO enterprises (name, uscc, region_id, liaison_mobile) VALUES (?, ?, ?, ?)");
      ins.bind(1, "十堰市测试企业" + std::to_string(i) + "有限公司");
      std::string uscc = "91420300" + std::to_string(1000000000LL + i);
      ins.bind(2, uscc);
      ins.bind(3, static_cast<int64_t>(region));
      ins.bind(4, "139" + std::to_string(10000000 + i));
      ins.exec();
    }
    tx.commit();
  }
  const long long withMobile = selectCount(
      m_db, "SELECT count(*) FROM enterprises e LEFT JOIN accounts a ON a.enterprise_id = e.id "
            "WHERE coalesce(nullif(e.liaison_mobile, ''), a.mobile, '') <> ''");
  ASSERT_GE(withMobile, 1900);
  const long long before = selectCount(m_db, "SELECT count(*) FROM sms_outbox");

  auto admin = as(Role::SystemAdmin);
  const long long id = create(admin, draft("关于2026年度企业满意度调查的通知", {"enterprise"}));
  const auto start = std::chrono::steady_clock::now();
  auto reply = publish(admin, id);
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  EXPECT_EQ(reply["sms_queued"], withMobile);
  EXPECT_EQ(reply["announcement"]["state"], "published");
  EXPECT_EQ(reply["announcement"]["sms_queued"], withMobile);
  EXPECT_LT(took.count(), 3000) << "publishing took " << took.count() << " ms";
  std::printf("published to %lld enterprises in %lld ms\n", static_cast<long long>(withMobile),
              static_cast<long long>(took.count()));
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox") - before, withMobile);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox WHERE text LIKE '【十堰市双千办】平台发布了新公告《关于2026年度%'"),
            withMobile);

  // Republishing after a withdrawal texts nobody again.
  ASSERT_EQ(status(admin.post("/api/publish/announcements/" + std::to_string(id) + "/withdraw", json::object())),
            Status::OK_200);
  EXPECT_EQ(publish(admin, id)["sms_queued"], 0);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox") - before, withMobile);
}

TEST_F(AnnouncementsApi, ReadersSeeTheirAudienceUnreadMarkedPinnedFirstAndSearch) {
  auto admin = as(Role::SystemAdmin);
  const long long all = create(admin, draft("全市包联工作推进会通知", {"enterprise", "cadre", "inspector"}));
  const long long pinned = create(admin, draft("平台系统升级公告", {"enterprise", "cadre"}, {}, true));
  // A region that is not the demo enterprise's own.
  const long long home = selectCount(m_db, "SELECT region_id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
  const long long elsewhere = selectCount(m_db, "SELECT min(id) FROM regions WHERE id <> " + std::to_string(home));
  const long long zhangwan = create(admin, draft("张湾区企业座谈会通知", {"enterprise"}, {elsewhere}));
  const long long cadresOnly = create(admin, draft("包联干部培训通知", {"cadre"}));
  const long long draftOnly = create(admin, draft("尚未发布的公告", {"enterprise"}));
  for (long long id : {all, pinned, zhangwan, cadresOnly}) publish(admin, id);

  auto enterprise = as(Role::Enterprise);
  EXPECT_EQ(titles(enterprise), (std::vector<std::string>{"平台系统升级公告", "全市包联工作推进会通知"}));
  const long long unreadBefore = bodyJson(enterprise.get("/api/announcements/unread-count"))["unread"].get<long long>();
  auto list = bodyJson(enterprise.get("/api/announcements?q=" + qinqing::wire::percentEncode("测试正文")));
  EXPECT_EQ(list["total"], 2);
  EXPECT_EQ(list["items"][0]["pinned"], true);
  EXPECT_EQ(list["items"][0]["read"], false);
  EXPECT_EQ(status(enterprise.get("/api/announcements/" + std::to_string(zhangwan))), Status::NotFound_404);
  EXPECT_EQ(status(enterprise.get("/api/announcements/" + std::to_string(draftOnly))), Status::NotFound_404);
  EXPECT_EQ(status(enterprise.get("/api/announcements/" + std::to_string(cadresOnly))), Status::NotFound_404);
  EXPECT_GE(unreadBefore, 2);

  auto read = enterprise.post("/api/announcements/" + std::to_string(all) + "/read", json::object());
  ASSERT_EQ(status(read), Status::OK_200);
  EXPECT_EQ(bodyJson(read)["read"], true);
  EXPECT_EQ(bodyJson(enterprise.get("/api/announcements/" + std::to_string(all)))["read"], true);
  EXPECT_EQ(titles(enterprise, "?unread=1"), (std::vector<std::string>{"平台系统升级公告"}));
  EXPECT_EQ(bodyJson(enterprise.get("/api/announcements/unread-count"))["unread"], unreadBefore - 1);
  // Search covers the body too.
  EXPECT_EQ(titles(enterprise, "?q=" + qinqing::wire::percentEncode("认真落实")).size(), 2u);
  EXPECT_EQ(titles(enterprise, "?q=" + qinqing::wire::percentEncode("推进会")),
            (std::vector<std::string>{"全市包联工作推进会通知"}));
  // Paging is the server's.
  auto paged = bodyJson(
      enterprise.get("/api/announcements?page_size=1&page=2&q=" + qinqing::wire::percentEncode("测试正文")));
  EXPECT_EQ(paged["total"], 2);
  ASSERT_EQ(paged["items"].size(), 1u);
  EXPECT_EQ(paged["items"][0]["title"], "全市包联工作推进会通知");

  auto cadre = as(Role::Cadre);
  EXPECT_EQ(titles(cadre).size(), 3u);
  auto inspector = as(Role::Inspector);
  EXPECT_EQ(titles(inspector), (std::vector<std::string>{"全市包联工作推进会通知"}));
  auto unitAdmin = as(Role::UnitAdmin);
  EXPECT_TRUE(titles(unitAdmin).empty());

  // Withdrawn: gone for readers.
  ASSERT_EQ(status(admin.post("/api/publish/announcements/" + std::to_string(pinned) + "/withdraw", json::object())),
            Status::OK_200);
  EXPECT_EQ(titles(enterprise), (std::vector<std::string>{"全市包联工作推进会通知"}));
  EXPECT_EQ(status(admin.post("/api/publish/announcements/" + std::to_string(pinned) + "/withdraw", json::object())),
            Status::Conflict_409);
}

TEST_F(AnnouncementsApi, EditsAfterPublishingAreVersionsAndEveryWriteIsAudited) {
  auto admin = as(Role::SystemAdmin);
  const long long id = create(admin, draft("关于调整办公时间的通知", {"cadre"}));
  const std::string path = "/api/publish/announcements/" + std::to_string(id);
  auto edited = admin.put(path, draft("关于调整冬季办公时间的通知", {"cadre"}));
  ASSERT_EQ(status(edited), Status::OK_200);
  EXPECT_EQ(bodyJson(edited)["version"], 1);  // a draft is rewritten in place
  publish(admin, id);
  edited = admin.put(path, draft("关于调整冬季办公时间的通知（更正）", {"cadre", "enterprise"}));
  ASSERT_EQ(status(edited), Status::OK_200);
  EXPECT_EQ(bodyJson(edited)["version"], 2);
  auto detail = bodyJson(admin.get(path));
  ASSERT_EQ(detail["versions"].size(), 2u);
  EXPECT_EQ(detail["versions"][0]["version"], 2);
  EXPECT_EQ(detail["versions"][1]["title"], "关于调整冬季办公时间的通知");
  EXPECT_EQ(detail["versions"][0]["saved_by"], "sysadmin");

  auto list = bodyJson(admin.get("/api/publish/announcements?state=published&q=" +
                                  qinqing::wire::percentEncode("冬季办公时间")));
  EXPECT_EQ(list["total"], 1);
  EXPECT_EQ(status(admin.get("/api/publish/announcements?state=bogus")), Status::BadRequest_400);

  // Validation: every field at once.
  auto bad = admin.post("/api/publish/announcements", json{{"title", ""}, {"body", ""}, {"roles", json::array()}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_GE(bodyJson(bad)["error"]["fields"].size(), 3u);

  auto auditor = as(Role::AuditAdmin);
  for (const char* action : {"announcement.created", "announcement.edited", "announcement.published"}) {
    auto log = bodyJson(auditor.get(std::string("/api/audit?action=") + action));
    EXPECT_GE(log["total"].get<int>(), 1) << action;
  }
  EXPECT_EQ(bodyJson(auditor.get("/api/audit?action=announcement.edited"))["total"], 2);
}

TEST_F(AnnouncementsApi, OnlyTheSystemAdministratorWritesAndTheInspectorOnlyReads) {
  auto admin = as(Role::SystemAdmin);
  const long long id = create(admin, draft("巡查公告", {"inspector"}));
  publish(admin, id);
  for (Role role : {Role::Inspector, Role::Enterprise, Role::Cadre, Role::UnitAdmin, Role::CountyAdmin,
                    Role::CityDispatcher, Role::IndustryDispatcher}) {
    auto client = as(role);
    EXPECT_EQ(status(client.post("/api/publish/announcements", draft("越权", {"cadre"}))), Status::Forbidden_403);
    EXPECT_EQ(status(client.get("/api/publish/announcements")), Status::Forbidden_403);
    EXPECT_EQ(status(client.post("/api/publish/announcements/" + std::to_string(id) + "/withdraw", json::object())),
              Status::Forbidden_403);
    EXPECT_EQ(status(client.get("/api/announcements")), Status::OK_200);
  }
  auto inspector = as(Role::Inspector);
  auto refused = inspector.post("/api/publish/announcements", draft("越权", {"cadre"}));
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(status(inspector.get("/api/announcements/" + std::to_string(id))), Status::OK_200);
  for (Role role : {Role::SecurityAdmin, Role::AuditAdmin}) {
    EXPECT_EQ(status(as(role).get("/api/announcements")), Status::Forbidden_403);
  }
}

}  // namespace
