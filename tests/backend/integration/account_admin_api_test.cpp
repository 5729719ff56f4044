// 账号管理 over HTTP (系统管理员): the account list with server-side search, filters, sorting and
// paging (no passwords, masked mobiles), one account with its holders, and handing a fixed staff
// account over — holder history, 待激活, sessions ended, the activation SMS, the audit entry, and
// the refusals (bad form, a cadre's account, an unknown id).
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/identity/activation.hpp"
#include "qinqing/wire/org_json.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class AccountAdminApi : public ::testing::Test {
protected:
  ApiClient admin() { return ApiClient{m_server, loginAs(m_server, Role::SystemAdmin)}; }
  long long accountId(const std::string& loginName) {
    SQLite::Statement stmt(m_db, "SELECT id FROM accounts WHERE login_name = ? AND role <> 'cadre'");
    stmt.bind(1, loginName);
    return stmt.executeStep() ? stmt.getColumn(0).getInt64() : 0;
  }
  std::string path(long long id) { return "/api/accounts/" + std::to_string(id); }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

json handover(const std::string& holder, const std::string& mobile) {
  return {{"holder_name", holder}, {"mobile", mobile}, {"title", "双千办专干"}, {"reason", "人员调整"}};
}

TEST_F(AccountAdminApi, ListsEveryAccountPagedWithoutPasswordsAndWithMaskedMobiles) {
  auto api = admin();
  auto listing = api.listAll("/api/accounts");
  ASSERT_EQ(listing.status, Status::OK_200);
  EXPECT_EQ(listing.total, selectCount(m_db, "SELECT count(*) FROM accounts"));
  EXPECT_EQ(listing.ids, selectIds(m_db, "SELECT id FROM accounts"));
  EXPECT_TRUE(listing.allMasked);

  auto page = bodyJson(api.get("/api/accounts?page_size=5&page=2"));
  ASSERT_EQ(page["items"].size(), 5u);
  EXPECT_EQ(page["page"], 2);
  for (const auto& row : page["items"]) {
    EXPECT_FALSE(row.contains("password_hash"));
    EXPECT_FALSE(row.contains("password"));
    EXPECT_EQ(row["status"], "active");
    EXPECT_EQ(row["status_name"], "正常");
  }
}

TEST_F(AccountAdminApi, FiltersByRoleRegionUnitStatusAndSearch) {
  auto api = admin();
  auto counties = bodyJson(api.get("/api/accounts?role=county_admin&page_size=100"));
  EXPECT_EQ(counties["total"], 10);
  for (const auto& row : counties["items"]) EXPECT_EQ(row["role_name"], "县市区管理员");

  const long long maojian = selectCount(m_db, "SELECT id FROM regions WHERE name = '茅箭区'");
  auto inRegion = api.listAll("/api/accounts?region_id=" + std::to_string(maojian));
  EXPECT_EQ(inRegion.ids, selectIds(m_db, "SELECT a.id FROM accounts a LEFT JOIN cadres c ON c.id = a.cadre_id "
                                          "LEFT JOIN units u ON u.id = coalesce(c.unit_id, a.unit_id) WHERE "
                                          "coalesce(u.region_id, a.region_id) = " + std::to_string(maojian)));

  const long long unit = m_server.unitId("十堰市经信局");
  auto inUnit = api.listAll("/api/accounts?unit_id=" + std::to_string(unit));
  EXPECT_EQ(inUnit.ids, selectIds(m_db, "SELECT a.id FROM accounts a LEFT JOIN cadres c ON c.id = a.cadre_id WHERE "
                                        "coalesce(c.unit_id, a.unit_id) = " + std::to_string(unit)));

  qinqing::domain::PageRequest byName;
  byName.query = "茅箭区管理员";
  auto search = bodyJson(api.get("/api/accounts?" + qinqing::wire::pageRequestToQuery(byName)));
  ASSERT_EQ(search["total"], 1);
  EXPECT_EQ(search["items"][0]["login_name"], "茅箭区管理员");
  EXPECT_EQ(search["items"][0]["region"]["name"], "茅箭区");

  // A locked account and one waiting for activation show under their status.
  auto rw = openServerDatabase(m_server.dataDir());
  rw.exec("UPDATE accounts SET locked_until = strftime('%s','now') + 600 WHERE login_name = '巡查员02'");
  rw.exec("UPDATE accounts SET password_hash = '' WHERE login_name = '巡查员03'");
  auto locked = bodyJson(api.get("/api/accounts?status=locked"));
  ASSERT_EQ(locked["total"], 1);
  EXPECT_EQ(locked["items"][0]["login_name"], "巡查员02");
  EXPECT_EQ(locked["items"][0]["status_name"], "锁定");
  auto pending = bodyJson(api.get("/api/accounts?status=pending_activation"));
  ASSERT_EQ(pending["total"], 1);
  EXPECT_EQ(pending["items"][0]["status_name"], "待激活");
  auto disabled = bodyJson(api.get("/api/accounts?status=disabled"));
  ASSERT_EQ(disabled["total"], 1);  // the demo's 巡查员04
  EXPECT_EQ(disabled["items"][0]["status_name"], "已停用");
  auto active = bodyJson(api.get("/api/accounts?status=active&page_size=1"));
  EXPECT_EQ(active["total"], selectCount(m_db, "SELECT count(*) FROM accounts") - 3);

  auto bad = api.get("/api/accounts?role=boss&status=gone&region_id=x");
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(bad)["error"]["fields"].size(), 3u);
}

TEST_F(AccountAdminApi, SortsOnTheServer) {
  auto api = admin();
  auto asc = bodyJson(api.get("/api/accounts?role=county_admin&sort=login_name&order=asc"));
  auto desc = bodyJson(api.get("/api/accounts?role=county_admin&sort=login_name&order=desc"));
  ASSERT_EQ(asc["items"].size(), 10u);
  std::vector<std::string> up, down;
  for (const auto& r : asc["items"]) up.push_back(r["login_name"]);
  for (const auto& r : desc["items"]) down.push_back(r["login_name"]);
  EXPECT_TRUE(std::is_sorted(up.begin(), up.end()));
  std::reverse(down.begin(), down.end());
  EXPECT_EQ(up, down);
  auto byRole = bodyJson(api.get("/api/accounts?sort=role&page_size=1"));
  EXPECT_EQ(byRole["items"][0]["role"], "enterprise");  // roles in their display order
}

TEST_F(AccountAdminApi, HandoverMakesTheAccountWaitForTheNewHolder) {
  const long long id = accountId("茅箭区管理员");
  ApiClient oldHolder{m_server, m_server.login(Role::CountyAdmin, "茅箭区管理员")};
  ASSERT_EQ(status(oldHolder.get("/api/me")), Status::OK_200);
  auto api = admin();
  const std::string before = bodyJson(api.get(path(id)))["holder_name"];
  const auto smsBefore = readSmsLog(m_server.dataDir()).size();

  auto res = api.post(path(id) + "/handover", handover("李晓红", "13912345678"));
  ASSERT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
  auto detail = bodyJson(res);
  EXPECT_EQ(detail["holder_name"], "李晓红");
  EXPECT_EQ(detail["mobile_masked"], "139****5678");
  EXPECT_EQ(detail["status"], "pending_activation");
  EXPECT_EQ(detail["title"], "双千办专干");
  EXPECT_TRUE(detail["handover_allowed"].get<bool>());
  ASSERT_EQ(detail["holders"].size(), 2u);
  EXPECT_EQ(detail["holders"][0]["holder_name"], "李晓红");
  EXPECT_EQ(detail["holders"][0]["until"], "");
  EXPECT_EQ(detail["holders"][0]["reason"], "人员调整");
  EXPECT_EQ(detail["holders"][0]["handed_over_by"]["name"], "sysadmin");
  EXPECT_EQ(detail["holders"][1]["holder_name"], before);
  EXPECT_EQ(detail["holders"][1]["since"], "");  // since the account was opened
  EXPECT_NE(detail["holders"][1]["until"], "");
  EXPECT_TRUE(ApiClient::isMasked(detail["holders"][1]["mobile_masked"].get<std::string>()));
  EXPECT_EQ(detail["holders"][0]["since"], detail["holders"][1]["until"]);

  // Waiting for activation: no password, the old holder's session is gone and the password no longer works.
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM accounts WHERE id = " + std::to_string(id) + " AND password_hash = ''"), 1);
  EXPECT_EQ(status(oldHolder.get("/api/me")), Status::Unauthorized_401);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sessions WHERE account_id = " + std::to_string(id)), 0);
  EXPECT_NE(status(m_server.postLogin(Role::CountyAdmin, "茅箭区管理员", std::nullopt, kDemoPassword)), Status::OK_200);

  // The new holder is told to activate the account.
  auto sms = waitForSms(m_server.dataDir(), smsBefore + 1);
  ASSERT_GT(sms.size(), smsBefore);
  EXPECT_EQ(sms.back().mobile, "13912345678");
  EXPECT_EQ(sms.back().text, qinqing::domain::accountOpenedSms("茅箭区管理员"));

  // Audited with the holder before and after (masked mobiles).
  ApiClient auditor{m_server, loginAs(m_server, Role::AuditAdmin)};
  auto log = bodyJson(auditor.get("/api/audit?action=account.handed_over"));
  ASSERT_EQ(log["total"], 1);
  const auto& entry = log["entries"][0];
  EXPECT_EQ(entry["object_id"], std::to_string(id));
  EXPECT_EQ(entry["before"]["holder_name"], before);
  EXPECT_EQ(entry["after"]["holder_name"], "李晓红");
  EXPECT_EQ(entry["after"]["mobile"], "139****5678");
  EXPECT_EQ(entry["after"]["reason"], "人员调整");
  EXPECT_EQ(entry["after"]["sessions_ended"], 1);

  // A second handover closes the first new holder's period.
  auto again = bodyJson(api.post(path(id) + "/handover", handover("王建国", "13700001111")));
  ASSERT_EQ(again["holders"].size(), 3u);
  EXPECT_EQ(again["holders"][1]["holder_name"], "李晓红");
  EXPECT_NE(again["holders"][1]["until"], "");
}

TEST_F(AccountAdminApi, HandoverRefusals) {
  auto api = admin();
  const long long county = accountId("茅箭区管理员");
  auto bad = api.post(path(county) + "/handover", {{"holder_name", "　"}, {"mobile", "1391234"}, {"reason", ""}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  auto fields = bodyJson(bad)["error"]["fields"];
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0]["field"], "holder_name");
  EXPECT_EQ(fields[0]["message"], "请填写新持有人姓名");
  EXPECT_EQ(fields[1]["message"], "新持有人手机号应为11位手机号码");
  EXPECT_EQ(fields[2]["message"], "请填写移交原因");

  const long long cadreAccount = selectCount(m_db, "SELECT id FROM accounts WHERE role = 'cadre' LIMIT 1");
  auto cadre = api.post(path(cadreAccount) + "/handover", handover("张三", "13912345678"));
  EXPECT_EQ(status(cadre), Status::Conflict_409);
  EXPECT_EQ(bodyJson(cadre)["error"]["code"], "invalid_transition");
  const long long secadmin = accountId("secadmin");
  EXPECT_EQ(status(api.post(path(secadmin) + "/handover", handover("张三", "13912345678"))), Status::Conflict_409);

  EXPECT_EQ(status(api.post("/api/accounts/999999/handover", handover("张三", "13912345678"))), Status::NotFound_404);
  EXPECT_EQ(status(api.get("/api/accounts/999999")), Status::NotFound_404);
  EXPECT_EQ(status(api.get("/api/accounts/abc")), Status::NotFound_404);

  // Nothing was half-written.
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM account_holders"), 0);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM accounts WHERE password_hash = ''"), 0);
}

}  // namespace
