// 账号管理 provisioning (issue 17) through the real server: creating fixed staff accounts, editing,
// disabling and enabling them, 安全管理员's temporary passwords, 组织机构's regions, registering an
// enterprise directly — each rule enforced by the API itself, including who may not call it.
#include <gtest/gtest.h>

#include <set>

#include "demo_accounts.hpp"
#include "qinqing/validation/uscc.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

httplib::Result sendProvisioning(const TestServer& server, const std::string& method, const std::string& path,
                     const std::string& token, const nlohmann::json& body = nlohmann::json::object()) {
  auto client = server.client();
  const auto headers = bearer(token);
  if (method == "POST") return client.Post(path, headers, body.dump(), "application/json");
  if (method == "PUT") return client.Put(path, headers, body.dump(), "application/json");
  if (method == "DELETE") return client.Delete(path, headers);
  return client.Get(path, headers);
}

long long regionProvisioningId(const TestServer& server, const std::string& name) {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT id FROM regions WHERE name = ?");
  stmt.bind(1, name);
  return stmt.executeStep() ? stmt.getColumn(0).getInt64() : 0;
}

nlohmann::json countyAdmin(long long region, const std::string& loginName, const std::string& mobile) {
  return {{"role", "county_admin"}, {"login_name", loginName}, {"holder_name", "周晓红"},
          {"mobile", mobile},       {"title", "双千办专干"},      {"region_id", region}};
}

std::string activate(const TestServer& server, const std::string& role, const std::string& loginName,
                     const std::string& password) {
  const std::size_t before = readSmsLog(server.dataDir()).size();
  auto asked = server.client().Post("/api/activation/code",
                                    nlohmann::json{{"role", role}, {"login_name", loginName}}.dump(), "application/json");
  EXPECT_EQ(asked->status, Status::OK_200);
  auto lines = waitForSms(server.dataDir(), before + 1);
  if (lines.size() <= before) return "";
  auto done = server.client().Post("/api/activation",
                                   nlohmann::json{{"role", role},
                                                  {"login_name", loginName},
                                                  {"code", codeIn(lines.back().text)},
                                                  {"new_password", password}}
                                       .dump(),
                                   "application/json");
  EXPECT_EQ(done->status, Status::OK_200) << done->body;
  return bodyJson(done).value("token", "");
}

}  // namespace

TEST(ProvisioningApi, SystemAdminCreatesACountyAdministratorWhoActivatesIt) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  // A new zone first, so the account is the first of its county.
  auto region = sendProvisioning(server, "POST", "/api/regions", admin, {{"name", "十堰高新技术产业开发区"}, {"kind", "zone"}});
  ASSERT_EQ(region->status, Status::Created_201) << region->body;
  const long long zone = bodyJson(region)["id"];

  auto created = sendProvisioning(server, "POST", "/api/accounts", admin, countyAdmin(zone, "十堰高新区管理员", "13907191234"));
  ASSERT_EQ(created->status, Status::Created_201) << created->body;
  auto detail = bodyJson(created);
  EXPECT_EQ(detail["status"], "pending_activation");
  EXPECT_EQ(detail["region"]["name"], "十堰高新技术产业开发区");
  EXPECT_EQ(detail["mobile_masked"], "139****1234");
  auto sms = waitForSms(server.dataDir(), 1);
  ASSERT_FALSE(sms.empty());
  EXPECT_EQ(sms.back().mobile, "13907191234");
  EXPECT_NE(sms.back().text.find("十堰高新区管理员"), std::string::npos) << sms.back().text;

  // 待激活 until the holder activates it; then the holder logs in as that county.
  EXPECT_EQ(server.postLogin(Role::CountyAdmin, "十堰高新区管理员", std::nullopt, "Whatever#2026")->status,
            Status::Forbidden_403);
  const std::string token = activate(server, "county_admin", "十堰高新区管理员", "Gaoxin#2026qq");
  ASSERT_FALSE(token.empty());
  auto me = bodyJson(sendProvisioning(server, "GET", "/api/me", token));
  EXPECT_EQ(me["role"], "county_admin");
  EXPECT_EQ(me["region"]["name"], "十堰高新技术产业开发区");

  // The same name again is a conflict on the field; a county admin needs a county.
  auto twice = sendProvisioning(server, "POST", "/api/accounts", admin, countyAdmin(zone, "十堰高新区管理员", "13907191235"));
  EXPECT_EQ(twice->status, Status::Conflict_409);
  EXPECT_EQ(bodyJson(twice)["error"]["fields"][0]["field"], "login_name");
  auto noRegion = sendProvisioning(server, "POST", "/api/accounts", admin,
                       {{"role", "county_admin"}, {"login_name", "某区管理员"}, {"holder_name", "王五"}, {"mobile", "139"}});
  ASSERT_EQ(noRegion->status, Status::BadRequest_400) << noRegion->body;
  std::set<std::string> fields;
  const auto noRegionBody = bodyJson(noRegion);
  for (const auto& f : noRegionBody["error"]["fields"]) fields.insert(f["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"mobile", "region_id"})) << noRegion->body;
  auto city = sendProvisioning(server, "POST", "/api/accounts", admin, countyAdmin(regionProvisioningId(server, "十堰市"), "十堰市管理员", "13907190000"));
  EXPECT_EQ(city->status, Status::BadRequest_400);  // the city is not a county
}

TEST(ProvisioningApi, EveryFixedStaffKindAndNoneOfTheThreeAdministrators) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  auto groups = bodyJson(sendProvisioning(server, "GET", "/api/industry-groups", admin))["items"];
  const long long group = groups[1]["id"];  // 住建
  const long long unit = server.unitId("十堰市商务局");

  auto inspector = sendProvisioning(server, "POST", "/api/accounts", admin,
                        {{"role", "inspector"}, {"login_name", "巡查员09"}, {"holder_name", "纪小刚"},
                         {"mobile", "13800001111"}, {"department", "discipline_inspection"}});
  ASSERT_EQ(inspector->status, Status::Created_201) << inspector->body;
  EXPECT_EQ(bodyJson(inspector)["requesting_department"]["name"], "纪检监察");
  auto noDepartment = sendProvisioning(server, "POST", "/api/accounts", admin,
                           {{"role", "inspector"}, {"login_name", "巡查员10"}, {"holder_name", "纪小刚"}, {"mobile", "13800001112"}});
  EXPECT_EQ(noDepartment->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noDepartment)["error"]["fields"][0]["field"], "department");

  auto dispatcher = sendProvisioning(server, "POST", "/api/accounts", admin,
                         {{"role", "industry_dispatcher"}, {"login_name", "住建组分办员2"}, {"holder_name", "建小军"},
                          {"mobile", "13800001113"}, {"industry_group_id", group}});
  ASSERT_EQ(dispatcher->status, Status::Created_201) << dispatcher->body;
  EXPECT_EQ(bodyJson(dispatcher)["industry_group"]["name"], "住建");
  auto unitAdmin = sendProvisioning(server, "POST", "/api/accounts", admin,
                        {{"role", "unit_admin"}, {"login_name", "十堰市商务局管理员2"}, {"holder_name", "商小丽"},
                         {"mobile", "13800001114"}, {"unit_id", unit}});
  ASSERT_EQ(unitAdmin->status, Status::Created_201) << unitAdmin->body;
  EXPECT_EQ(bodyJson(unitAdmin)["unit"]["name"], "十堰市商务局");

  for (const char* role : {"system_admin", "security_admin", "audit_admin", "cadre", "enterprise"}) {
    auto refused = sendProvisioning(server, "POST", "/api/accounts", admin,
                        {{"role", role}, {"login_name", "x"}, {"holder_name", "某某"}, {"mobile", "13800001115"}});
    EXPECT_EQ(refused->status, Status::BadRequest_400) << role;
    EXPECT_EQ(bodyJson(refused)["error"]["fields"][0]["field"], "role") << role;
  }
  // Only the system administrator provisions (三权分立).
  for (Role role : {Role::SecurityAdmin, Role::AuditAdmin, Role::Inspector, Role::CountyAdmin}) {
    auto refused = sendProvisioning(server, "POST", "/api/accounts", loginAs(server, role),
                        countyAdmin(regionProvisioningId(server, "茅箭区"), "茅箭区管理员2", "13800001116"));
    EXPECT_EQ(refused->status, Status::Forbidden_403) << static_cast<int>(role);
  }
}

TEST(ProvisioningApi, DisabledAccountsCannotLogInAndTheirSessionsEnd) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  const std::string county = loginAs(server, Role::CountyAdmin);
  auto list = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=county_admin&q=%E8%8C%85%E7%AE%AD", admin));
  ASSERT_EQ(list["total"], 1);
  const long long id = list["items"][0]["id"];

  auto noReason = sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(id) + "/disable", admin, {{"reason", " "}});
  EXPECT_EQ(noReason->status, Status::BadRequest_400);
  auto disabled = sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(id) + "/disable", admin, {{"reason", "人员离岗"}});
  ASSERT_EQ(disabled->status, Status::OK_200) << disabled->body;
  EXPECT_EQ(bodyJson(disabled)["status"], "disabled");
  EXPECT_EQ(bodyJson(disabled)["disabled_reason"], "人员离岗");
  EXPECT_EQ(sendProvisioning(server, "GET", "/api/me", county)->status, Status::Unauthorized_401);

  auto login = server.postLogin(Role::CountyAdmin, "茅箭区管理员", std::nullopt, kDemoPassword);
  EXPECT_EQ(login->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(login)["error"]["code"], "account_disabled");
  // A wrong password learns nothing more than for any account.
  EXPECT_EQ(server.postLogin(Role::CountyAdmin, "茅箭区管理员", std::nullopt, "Wrong#2026x")->status,
            Status::Unauthorized_401);
  auto filtered = bodyJson(sendProvisioning(server, "GET", "/api/accounts?status=disabled&role=county_admin", admin));
  EXPECT_EQ(filtered["total"], 1);
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(id) + "/disable", admin, {{"reason", "再次"}})->status,
            Status::Conflict_409);

  auto enabled = sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(id) + "/enable", admin);
  ASSERT_EQ(enabled->status, Status::OK_200) << enabled->body;
  EXPECT_EQ(bodyJson(enabled)["status"], "active");
  EXPECT_FALSE(server.login(Role::CountyAdmin, "茅箭区管理员").empty());

  // Never oneself nor one of the three administrators; never by another role.
  auto me = bodyJson(sendProvisioning(server, "GET", "/api/me", admin));
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(me["account_id"].get<long long>()) + "/disable", admin,
                 {{"reason", "测试"}})->status,
            Status::Conflict_409);
  auto security = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=security_admin", admin))["items"][0]["id"];
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(security.get<long long>()) + "/disable", admin,
                 {{"reason", "测试"}})->status,
            Status::Conflict_409);
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/accounts/" + std::to_string(id) + "/disable", loginAs(server, Role::SecurityAdmin),
                 {{"reason", "测试"}})->status,
            Status::Forbidden_403);

  // The audit log holds both changes.
  auto audit = bodyJson(sendProvisioning(server, "GET", "/api/audit?action=account.disabled", loginAs(server, Role::AuditAdmin)));
  EXPECT_EQ(audit["total"], 1);
}

TEST(ProvisioningApi, EditsFixedAccountsOnlyAndAudits) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  auto inspector = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=inspector&q=01", admin))["items"][0];
  const std::string path = "/api/accounts/" + std::to_string(inspector["id"].get<long long>());
  auto edited = sendProvisioning(server, "PUT", path, admin,
                     {{"login_name", "巡查员01"}, {"title", "巡查组长"}, {"email", "xc01@shiyan.gov.cn"},
                      {"department", "organisation_department"}});
  ASSERT_EQ(edited->status, Status::OK_200) << edited->body;
  EXPECT_EQ(bodyJson(edited)["title"], "巡查组长");
  EXPECT_EQ(bodyJson(edited)["requesting_department"]["key"], "organisation_department");
  auto taken = sendProvisioning(server, "PUT", path, admin, {{"login_name", "巡查员02"}, {"department", "organisation_department"}});
  EXPECT_EQ(taken->status, Status::Conflict_409);
  auto cadre = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=cadre&q=%E5%BC%A0%E6%98%8E", admin))["items"][0];
  EXPECT_EQ(sendProvisioning(server, "PUT", "/api/accounts/" + std::to_string(cadre["id"].get<long long>()), admin,
                 {{"login_name", "张明明"}})->status,
            Status::Conflict_409);
  auto audit = bodyJson(sendProvisioning(server, "GET", "/api/audit?action=account.edited", loginAs(server, Role::AuditAdmin)));
  EXPECT_EQ(audit["total"], 1);
}

TEST(ProvisioningApi, SecurityAdministratorIssuesATemporaryPasswordThatMustBeReplaced) {
  TestServer server;
  const std::string security = loginAs(server, Role::SecurityAdmin);
  const std::string old = server.login(Role::Inspector, "巡查员02");
  auto list = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=inspector&q=02", security));
  ASSERT_EQ(list["total"], 1);
  const std::string path = "/api/security/accounts/" + std::to_string(list["items"][0]["id"].get<long long>()) +
                           "/temporary-password";
  EXPECT_EQ(sendProvisioning(server, "POST", path, loginAs(server, Role::SystemAdmin))->status, Status::Forbidden_403);
  auto issued = sendProvisioning(server, "POST", path, security);
  ASSERT_EQ(issued->status, Status::OK_200) << issued->body;
  const std::string password = bodyJson(issued)["password"];
  EXPECT_GE(password.size(), 12u);
  EXPECT_EQ(sendProvisioning(server, "GET", "/api/me", old)->status, Status::Unauthorized_401);
  EXPECT_TRUE(server.login(Role::Inspector, "巡查员02").empty());  // the old password is gone
  const std::string fresh = server.login(Role::Inspector, "巡查员02", std::nullopt, password);
  ASSERT_FALSE(fresh.empty());
  EXPECT_TRUE(bodyJson(sendProvisioning(server, "GET", "/api/me", fresh))["must_change_password"].get<bool>());
  // Neither for oneself nor recorded in clear anywhere.
  auto me = bodyJson(sendProvisioning(server, "GET", "/api/me", security));
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/security/accounts/" + std::to_string(me["account_id"].get<long long>()) +
                                     "/temporary-password", security)->status,
            Status::Conflict_409);
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement leak(db, "SELECT count(*) FROM audit_log WHERE coalesce(after_json, '') LIKE ?");
  leak.bind(1, "%" + password + "%");
  leak.executeStep();
  EXPECT_EQ(leak.getColumn(0).getInt(), 0);
}

TEST(ProvisioningApi, RegionsAreAddedRenamedAndOfferedAtLogin) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  auto bad = sendProvisioning(server, "POST", "/api/regions", admin, {{"name", ""}, {"kind", "city"}});
  ASSERT_EQ(bad->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(bad)["error"]["fields"].size(), 2u);
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/regions", admin, {{"name", "茅箭区"}, {"kind", "county"}})->status,
            Status::Conflict_409);
  auto created = sendProvisioning(server, "POST", "/api/regions", admin, {{"name", "某新区"}, {"kind", "county"}});
  ASSERT_EQ(created->status, Status::Created_201) << created->body;
  const long long id = bodyJson(created)["id"];
  auto renamed = sendProvisioning(server, "PUT", "/api/regions/" + std::to_string(id), admin, {{"name", "十堰新区"}});
  ASSERT_EQ(renamed->status, Status::OK_200) << renamed->body;
  EXPECT_EQ(bodyJson(renamed)["name"], "十堰新区");
  // Counties stay before zones in the order people pick them.
  auto options = bodyJson(server.client().Get("/api/login-options"));
  std::vector<std::string> kinds;
  bool found = false;
  for (const auto& r : options["regions"]) {
    kinds.push_back(r["kind"]);
    found = found || r["name"] == "十堰新区";
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(std::is_sorted(kinds.begin() + 1, kinds.end(), [](const std::string& a, const std::string& b) {
    return a == "county" && b == "zone";
  }));
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/regions", loginAs(server, Role::CountyAdmin), {{"name", "x区"}, {"kind", "county"}})->status,
            Status::Forbidden_403);
}

TEST(ProvisioningApi, SystemAdminRegistersAnEnterpriseWithItsCadre) {
  TestServer server;
  const std::string admin = loginAs(server, Role::SystemAdmin);
  auto cadres = bodyJson(sendProvisioning(server, "GET", "/api/cadres?q=%E5%BC%A0%E6%98%8E", admin));
  const long long cadre = cadres["items"][0]["id"];
  nlohmann::json body = {{"name", "十堰市新锐精密机械有限公司"}, {"uscc", "91420300MA4F5XY01K"},
                         {"region_id", regionProvisioningId(server, "茅箭区")}, {"legal_rep", "李新锐"},
                         {"liaison", "王小明"}, {"liaison_mobile", "13911112222"}, {"cadre_id", cadre}};
  auto invalid = sendProvisioning(server, "POST", "/api/enterprises", admin, body);
  // The USCC above has a wrong check character, and 茅箭区 (城区) needs an industry group.
  ASSERT_EQ(invalid->status, Status::BadRequest_400) << invalid->body;
  std::set<std::string> fields;
  const auto invalidBody = bodyJson(invalid);
  for (const auto& f : invalidBody["error"]["fields"]) fields.insert(f["field"].get<std::string>());
  EXPECT_TRUE(fields.count("industry_group_id")) << invalid->body;
  body["industry_group_id"] = bodyJson(sendProvisioning(server, "GET", "/api/industry-groups", admin))["items"][0]["id"];
  body["uscc"] = "91420300MA4F5XY01" + std::string(1, qinqing::domain::usccCheckChar("91420300MA4F5XY01").value_or('?'));
  auto res = sendProvisioning(server, "POST", "/api/enterprises", admin, body);
  ASSERT_EQ(res->status, Status::Created_201) << res->body;
  EXPECT_EQ(bodyJson(res)["cadre"]["name"], "张明");
  auto account = bodyJson(sendProvisioning(server, "GET", "/api/accounts?role=enterprise&q=%E6%96%B0%E9%94%90", admin));
  ASSERT_EQ(account["total"], 1);
  EXPECT_EQ(account["items"][0]["status"], "pending_activation");
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/enterprises", admin, body)->status, Status::Conflict_409);
  EXPECT_EQ(sendProvisioning(server, "POST", "/api/enterprises", loginAs(server, Role::CountyAdmin), body)->status,
            Status::Forbidden_403);
}
