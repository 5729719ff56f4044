// 企业入驻申请 over HTTP (notice §13): the public formApplications and status page, duplicates, the review by
// 系统管理员 and 县市区管理员 (scope: another county's application is 404), approval creating a 待激活
// enterprise account with its SMS rows, rejection with a reason, stale decisions (409), and every
// other role refused (403).
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/validation/uscc.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

std::string uscc(const std::string& six) {
  const std::string first17 = "91420302MA4" + six;
  return first17 + *qinqing::domain::usccCheckChar(first17);
}

long long regionId(const TestServer& server, const std::string& name) {
  auto options = bodyJson(server.client().Get("/api/application-options"));
  for (const auto& r : options["regions"]) {
    if (r["name"] == name) return r["id"].get<long long>();
  }
  return 0;
}

long long groupId(const TestServer& server, const std::string& name) {
  auto options = bodyJson(server.client().Get("/api/application-options"));
  for (const auto& g : options["industry_groups"]) {
    if (g["name"] == name) return g["id"].get<long long>();
  }
  return 0;
}

nlohmann::json formApplications(const TestServer& server, const std::string& name, const std::string& six,
                    const std::string& region = "茅箭区", const std::string& mobile = "13971130001") {
  nlohmann::json j = {{"name", name},        {"uscc", uscc(six)},      {"region_id", regionId(server, region)},
                      {"legal_rep", "周法人"}, {"liaison", "吴联络"},     {"liaison_mobile", mobile},
                      {"address", "湖北省十堰市"}, {"intro", ""}};
  j["industry_group_id"] = qinqing::domain::regionNeedsIndustryGroup(region) ? nlohmann::json(groupId(server, "经信"))
                                                                             : nlohmann::json(nullptr);
  return j;
}

httplib::Result postApplications(const TestServer& server, const std::string& path, const nlohmann::json& body) {
  return server.client().Post(path, body.dump(), "application/json");
}

nlohmann::json submitApplication(const TestServer& server, const nlohmann::json& body) {
  auto res = postApplications(server, "/api/applications", body);
  EXPECT_EQ(res->status, Status::OK_200) << res->body;
  return bodyJson(res);
}

long long cadreIdByName(SQLite::Database& db, const std::string& unit, const std::string& name) {
  SQLite::Statement stmt(db, "SELECT c.id FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.name = ? AND c.name = ?");
  stmt.bind(1, unit);
  stmt.bind(2, name);
  return stmt.executeStep() ? stmt.getColumn(0).getInt64() : 0;
}

long long firstCadreOfRegion(SQLite::Database& db, const std::string& region) {
  SQLite::Statement stmt(db, "SELECT c.id FROM cadres c JOIN units u ON u.id = c.unit_id JOIN regions r ON "
                             "r.id = u.region_id WHERE r.name = ? ORDER BY c.id LIMIT 1");
  stmt.bind(1, region);
  return stmt.executeStep() ? stmt.getColumn(0).getInt64() : 0;
}

std::vector<std::pair<std::string, std::string>> outbox(SQLite::Database& db) {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement stmt(db, "SELECT mobile, text FROM sms_outbox ORDER BY id");
  while (stmt.executeStep()) out.emplace_back(stmt.getColumn(0).getString(), stmt.getColumn(1).getString());
  return out;
}

}  // namespace

TEST(ApplicationsApi, ApplyLookUpAndSeeTheFormChoices) {
  TestServer server;
  auto options = bodyJson(server.client().Get("/api/application-options"));
  ASSERT_EQ(options["industry_groups"].size(), 6u);
  EXPECT_EQ(options["regions"][0]["name"], "十堰市");
  EXPECT_EQ(options["regions"][0]["needs_industry_group"], true);

  auto body = formApplications(server, "茅箭区新申请材料有限公司", "700001");
  body["uscc"] = "91420302ma4" + uscc("700001").substr(11);  // lower case, as typed
  auto applied = submitApplication(server, body);
  EXPECT_EQ(applied["status"], "pending");
  EXPECT_EQ(applied["uscc"], uscc("700001"));
  EXPECT_EQ(applied["liaison_mobile"], "139****0001");
  const std::string number = applied["number"];
  EXPECT_EQ(number.size(), 16u);

  auto found = postApplications(server, "/api/applications/status", {{"number", number}, {"uscc", uscc("700001")}});
  ASSERT_EQ(found->status, Status::OK_200) << found->body;
  EXPECT_EQ(bodyJson(found)["status_name"], "待审核");
  auto wrong = postApplications(server, "/api/applications/status", {{"number", number}, {"uscc", uscc("700002")}});
  EXPECT_EQ(wrong->status, Status::NotFound_404);
  auto invalid = postApplications(server, "/api/applications", nlohmann::json::object());
  ASSERT_EQ(invalid->status, Status::BadRequest_400);
  EXPECT_GE(bodyJson(invalid)["error"]["fields"].size(), 6u);
}

TEST(ApplicationsApi, DuplicatesAreRefusedWithAClearMessage) {
  TestServer server;
  auto db = openServerDatabase(server.dataDir());
  const std::string existingUscc = db.execAndGet("SELECT uscc FROM enterprises LIMIT 1").getString();
  auto clash = formApplications(server, "十堰市鑫源汽车零部件有限公司", "700010");
  clash["uscc"] = existingUscc;
  auto registered = postApplications(server, "/api/applications", clash);
  ASSERT_EQ(registered->status, Status::Conflict_409);
  EXPECT_EQ(bodyJson(registered)["error"]["code"], "conflict");
  EXPECT_EQ(bodyJson(registered)["error"]["fields"][0]["field"], "uscc");
  EXPECT_EQ(bodyJson(registered)["error"]["fields"][0]["message"], "该统一社会信用代码的企业已在平台注册，请直接用企业全称登录");
  EXPECT_EQ(bodyJson(registered)["error"]["fields"][1]["field"], "name");

  submitApplication(server, formApplications(server, "茅箭区甲有限公司", "700011"));
  auto pending = postApplications(server, "/api/applications", formApplications(server, "茅箭区乙有限公司", "700011"));
  ASSERT_EQ(pending->status, Status::Conflict_409);
  EXPECT_EQ(bodyJson(pending)["error"]["message"], "该统一社会信用代码已有待审核的入驻申请，请勿重复提交");
}

TEST(ApplicationsApi, OneAddressCannotFloodTheQueue) {
  TestServer server;
  int accepted = 0;
  httplib::Result last;
  for (int i = 0; i < 12; ++i) {
    last = postApplications(server, "/api/applications",
                formApplications(server, "房县测试" + std::to_string(i) + "有限公司", "7001" + std::to_string(10 + i), "房县"));
    if (last->status == Status::OK_200) ++accepted;
  }
  EXPECT_EQ(accepted, 10);
  EXPECT_EQ(last->status, Status::TooManyRequests_429);
}

TEST(ApplicationsApi, SystemAdministratorRejectsThenApprovesARepeatedApplication) {
  FakeClock clock;  // 09:00 China time: notices are not held for the night
  TestServer server({.clock = clock});
  ApiClient admin{server, loginAs(server, Role::SystemAdmin)};
  auto first = submitApplication(server, formApplications(server, "茅箭区丙有限公司", "700020"));
  const std::string path = "/api/applications/" + std::to_string(first["id"].get<long long>());

  auto noReason = admin.post(path + "/reject", {{"reason", " "}});
  ASSERT_EQ(noReason->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noReason)["error"]["fields"][0]["message"], "请填写驳回理由");
  auto rejected = admin.post(path + "/reject", {{"reason", "营业执照信息不一致"}});
  ASSERT_EQ(rejected->status, Status::OK_200) << rejected->body;
  EXPECT_EQ(bodyJson(rejected)["status"], "rejected");
  EXPECT_EQ(bodyJson(rejected)["reviewer"], "sysadmin");
  auto seen = bodyJson(postApplications(server, "/api/applications/status", {{"number", first["number"]}, {"uscc", uscc("700020")}}));
  EXPECT_EQ(seen["reject_reason"], "营业执照信息不一致");
  EXPECT_EQ(seen["reviewer"], "");
  EXPECT_EQ(admin.post(path + "/reject", {{"reason", "again"}})->status, Status::Conflict_409);

  auto second = submitApplication(server, formApplications(server, "茅箭区丙有限公司", "700020"));  // may apply again
  auto db = openServerDatabase(server.dataDir());
  const long long zhangMing = cadreIdByName(db, "十堰市经信局", "张明");
  const std::string path2 = "/api/applications/" + std::to_string(second["id"].get<long long>());
  EXPECT_EQ(admin.post(path2 + "/approve", nlohmann::json::object())->status, Status::BadRequest_400);
  auto approved = admin.post(path2 + "/approve", {{"cadre_id", zhangMing}});
  ASSERT_EQ(approved->status, Status::OK_200) << approved->body;
  EXPECT_EQ(bodyJson(approved)["cadre"]["name"], "张明");
  ASSERT_FALSE(bodyJson(approved)["enterprise"].is_null());
  // Stale: approving or rejecting again is a conflict.
  EXPECT_EQ(admin.post(path2 + "/approve", {{"cadre_id", zhangMing}})->status, Status::Conflict_409);
  EXPECT_EQ(admin.post(path2 + "/reject", {{"reason", "x"}})->status, Status::Conflict_409);

  // The enterprise exists with its cadre; its account waits for activation.
  auto login = server.postLogin(Role::Enterprise, "茅箭区丙有限公司", std::nullopt, "Anything#1");
  EXPECT_EQ(bodyJson(login)["error"]["code"], "account_not_activated");
  auto record = admin.get("/api/enterprises/" + std::to_string(bodyJson(approved)["enterprise"]["id"].get<long long>()));
  EXPECT_EQ(bodyJson(record)["cadre"]["name"], "张明");
  // SMS rows: the rejection notice, the activation notice to the liaison, the cadre's notice.
  auto sms = outbox(db);
  ASSERT_EQ(sms.size(), 3u);
  EXPECT_EQ(sms[1], (std::pair<std::string, std::string>{
                        "13971130001", "【十堰市双千办】您的十堰亲清企业服务信息平台账号（茅箭区丙有限公司）已开通，请登录平台点击“激活账号”完成激活。"}));
  EXPECT_EQ(sms[2].first, db.execAndGet("SELECT mobile FROM cadres WHERE id = " + std::to_string(zhangMing)).getString());
  EXPECT_NE(sms[2].second.find("您为其包联干部"), std::string::npos);
  waitForSms(server.dataDir(), 3);  // delivered at 09:00

  // The liaison activates the account with an SMS code and is signed in.
  ASSERT_EQ(postApplications(server, "/api/activation/code", {{"role", "enterprise"}, {"login_name", "茅箭区丙有限公司"}})->status,
            Status::OK_200);
  const std::string code = codeIn(waitForSms(server.dataDir(), 4).at(3).text);
  auto activated = postApplications(server, "/api/activation", {{"role", "enterprise"}, {"login_name", "茅箭区丙有限公司"},
                                                   {"code", code}, {"new_password", "Bingco#2026"}});
  ASSERT_EQ(activated->status, Status::OK_200) << activated->body;
  EXPECT_EQ(bodyJson(activated)["profile"]["enterprise"]["name"], "茅箭区丙有限公司");

  auto audit = ApiClient{server, loginAs(server, Role::AuditAdmin)};
  auto log = bodyJson(audit.get("/api/audit?action=application.approved"));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["after"]["cadre"], "张明");
}

TEST(ApplicationsApi, CountyAdministratorsReviewOnlyTheirCountyWithTheirCadres) {
  FakeClock clock;
  TestServer server({.clock = clock});
  ApiClient county{server, loginAs(server, Role::CountyAdmin)};  // 茅箭区管理员
  auto mine = submitApplication(server, formApplications(server, "茅箭区丁有限公司", "700030"));
  auto other = submitApplication(server, formApplications(server, "房县戊有限公司", "700031", "房县", "13971130002"));
  const std::string minePath = "/api/applications/" + std::to_string(mine["id"].get<long long>());
  const std::string otherPath = "/api/applications/" + std::to_string(other["id"].get<long long>());

  auto list = bodyJson(county.get("/api/applications?status=pending"));
  ASSERT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["name"], "茅箭区丁有限公司");
  EXPECT_EQ(county.get("/api/applications?status=bogus")->status, Status::BadRequest_400);
  EXPECT_EQ(county.get(otherPath)->status, Status::NotFound_404);
  EXPECT_EQ(county.post(otherPath + "/reject", {{"reason", "不是本区"}})->status, Status::NotFound_404);
  EXPECT_EQ(county.post(otherPath + "/approve", {{"cadre_id", 1}})->status, Status::NotFound_404);
  EXPECT_EQ(county.get("/api/applications/999999")->status, Status::NotFound_404);

  auto db = openServerDatabase(server.dataDir());
  auto foreign = county.post(minePath + "/approve", {{"cadre_id", firstCadreOfRegion(db, "房县")}});
  ASSERT_EQ(foreign->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(foreign)["error"]["fields"][0]["field"], "cadre_id");
  auto approved = county.post(minePath + "/approve", {{"cadre_id", firstCadreOfRegion(db, "茅箭区")}});
  ASSERT_EQ(approved->status, Status::OK_200) << approved->body;
  EXPECT_EQ(bodyJson(approved)["reviewer"], "茅箭区管理员");
  // 系统管理员 sees both.
  ApiClient admin{server, loginAs(server, Role::SystemAdmin)};
  EXPECT_EQ(bodyJson(admin.get("/api/applications"))["total"], 2);
}

TEST(ApplicationsApi, EveryOtherRoleIsRefused) {
  TestServer server;
  auto applied = submitApplication(server, formApplications(server, "茅箭区己有限公司", "700040"));
  const std::string path = "/api/applications/" + std::to_string(applied["id"].get<long long>());
  for (const auto& account : kDemoAccounts) {
    SCOPED_TRACE(account.loginName);
    ApiClient api{server, loginAs(server, account)};
    const bool reviewer = account.role == Role::SystemAdmin || account.role == Role::CountyAdmin;
    const int read = reviewer ? Status::OK_200 : Status::Forbidden_403;
    EXPECT_EQ(api.get("/api/applications")->status, read);
    EXPECT_EQ(api.get(path)->status, read);
    if (!reviewer) {
      EXPECT_EQ(api.post(path + "/approve", {{"cadre_id", 1}})->status, Status::Forbidden_403);
      auto refused = api.post(path + "/reject", {{"reason", "x"}});
      EXPECT_EQ(refused->status, Status::Forbidden_403);
      if (account.role == Role::Inspector) {
        EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
      }
    }
  }
  EXPECT_EQ(server.client().Get("/api/applications")->status, Status::Unauthorized_401);
  EXPECT_EQ(postApplications(server, path + "/approve", {{"cadre_id", 1}})->status, Status::Unauthorized_401);
  // Nobody decided anything.
  ApiClient admin{server, loginAs(server, Role::SystemAdmin)};
  EXPECT_EQ(bodyJson(admin.get(path))["status"], "pending");
}
