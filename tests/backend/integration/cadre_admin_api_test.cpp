// The cadre roster over HTTP (系统管理员): editing a cadre, moving one to another unit (the cadre
// keeps their enterprises; their login account moves with them), the (unit, name) rule answered
// 409 in Chinese, validation, and adding a cadre with an account waiting for activation and its SMS.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/identity/activation.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class CadreAdminApi : public ::testing::Test {
protected:
  ApiClient admin() { return ApiClient{m_server, loginAs(m_server, Role::SystemAdmin)}; }
  long long cadreId(const std::string& name) { return selectCount(m_db, "SELECT id FROM cadres WHERE name = '" + name + "'"); }
  json formOf(long long id) {
    SQLite::Statement stmt(m_db, "SELECT unit_id, name, title, mobile, email, contact_is_proxy FROM cadres WHERE id = ?");
    stmt.bind(1, static_cast<int64_t>(id));
    stmt.executeStep();
    return {{"unit_id", stmt.getColumn(0).getInt64()}, {"name", stmt.getColumn(1).getString()},
            {"title", stmt.getColumn(2).getString()},  {"mobile", stmt.getColumn(3).getString()},
            {"email", stmt.getColumn(4).getString()},  {"contact_is_proxy", stmt.getColumn(5).getInt() != 0}};
  }
  std::string path(long long id) { return "/api/cadres/" + std::to_string(id); }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(CadreAdminApi, MovingACadreKeepsTheirEnterprisesAndMovesTheirLogin) {
  const long long zhang = cadreId("张明");
  const IdSet enterprises = selectIds(m_db, "SELECT id FROM enterprises WHERE cadre_id = " + std::to_string(zhang));
  ASSERT_FALSE(enterprises.empty());
  const long long oldUnit = m_server.unitId("十堰市经信局");
  const long long newUnit = m_server.unitId("茅箭区经信局");
  ASSERT_FALSE(m_server.login(Role::Cadre, "张明", oldUnit).empty());

  json form = formOf(zhang);
  const std::string mobile = form["mobile"];
  form["unit_id"] = newUnit;
  form["mobile"] = "";  // left empty in the form: the stored number stays
  form["title"] = "局长";
  form["email"] = "zhangming@shiyan.gov.cn";
  auto res = admin().put(path(zhang), form);
  ASSERT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
  auto body = bodyJson(res);
  EXPECT_EQ(body["unit"]["name"], "茅箭区经信局");
  EXPECT_EQ(body["region"]["name"], "茅箭区");
  EXPECT_EQ(body["title"], "局长");
  EXPECT_EQ(body["enterprise_count"], static_cast<int>(enterprises.size()));
  EXPECT_TRUE(ApiClient::isMasked(body["mobile_masked"].get<std::string>()));
  EXPECT_EQ(selectIds(m_db, "SELECT id FROM enterprises WHERE cadre_id = " + std::to_string(zhang)), enterprises);
  EXPECT_EQ(formOf(zhang)["mobile"], mobile);
  EXPECT_EQ(body["contact_is_proxy"], false);

  // The account moved: the cadre logs in under the new unit only, and still sees their enterprises.
  EXPECT_TRUE(m_server.login(Role::Cadre, "张明", oldUnit).empty());
  ApiClient moved{m_server, m_server.login(Role::Cadre, "张明", newUnit)};
  ASSERT_FALSE(moved.token.empty());
  EXPECT_EQ(moved.listAll("/api/enterprises").ids, enterprises);
  auto me = bodyJson(moved.get("/api/me"));
  EXPECT_EQ(me["unit"]["name"], "茅箭区经信局");
  EXPECT_EQ(me["region"]["name"], "茅箭区");

  // The new unit's administrator now sees the cadre; the old one's does not.
  ApiClient oldAdmin{m_server, m_server.login(Role::UnitAdmin, "十堰市经信局管理员")};
  ApiClient newAdmin{m_server, m_server.login(Role::UnitAdmin, "茅箭区经信局管理员")};
  EXPECT_EQ(status(oldAdmin.get(path(zhang))), Status::NotFound_404);
  EXPECT_EQ(status(newAdmin.get(path(zhang))), Status::OK_200);

  ApiClient auditor{m_server, loginAs(m_server, Role::AuditAdmin)};
  auto log = bodyJson(auditor.get("/api/audit?action=cadre.updated"));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["before"]["unit"], "十堰市经信局");
  EXPECT_EQ(log["entries"][0]["after"]["unit"], "茅箭区经信局");
  EXPECT_EQ(log["entries"][0]["after"]["title"], "局长");
  EXPECT_TRUE(ApiClient::isMasked(log["entries"][0]["after"]["mobile"].get<std::string>()));
}

TEST_F(CadreAdminApi, RenamingACadreRenamesTheirLogin) {
  const long long zhang = cadreId("张明");
  json form = formOf(zhang);
  form["name"] = "张明远";
  ASSERT_EQ(status(admin().put(path(zhang), form)), Status::OK_200);
  const long long unit = m_server.unitId("十堰市经信局");
  EXPECT_TRUE(m_server.login(Role::Cadre, "张明", unit).empty());
  EXPECT_FALSE(m_server.login(Role::Cadre, "张明远", unit).empty());
}

TEST_F(CadreAdminApi, OneNamePerUnitValidationAndMissing) {
  auto api = admin();
  const long long zhang = cadreId("张明");
  const long long chen = cadreId("陈镕");  // 十堰市商务局
  json form = formOf(chen);
  form["unit_id"] = m_server.unitId("十堰市经信局");
  form["name"] = "张明";
  auto taken = api.put(path(chen), form);
  ASSERT_EQ(status(taken), Status::Conflict_409);
  auto error = bodyJson(taken)["error"];
  EXPECT_EQ(error["message"], "十堰市经信局已有名为“张明”的干部，同一单位内干部姓名不能重复");
  EXPECT_EQ(error["fields"][0]["field"], "name");
  EXPECT_EQ(formOf(chen)["name"], "陈镕");  // unchanged

  // The cadre's own name in their own unit is fine.
  EXPECT_EQ(status(api.put(path(zhang), formOf(zhang))), Status::OK_200);

  auto bad = api.put(path(zhang), {{"unit_id", 0}, {"name", ""}, {"mobile", "12345"}, {"email", "a@b"}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  auto fields = bodyJson(bad)["error"]["fields"];
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[0]["message"], "请选择所属单位");
  EXPECT_EQ(fields[1]["message"], "请填写姓名");
  EXPECT_EQ(fields[2]["message"], "手机号应为11位手机号码");
  EXPECT_EQ(fields[3]["message"], "邮箱格式不正确");

  json unknownUnit = formOf(zhang);
  unknownUnit["unit_id"] = 999999;
  auto unknown = api.put(path(zhang), unknownUnit);
  EXPECT_EQ(status(unknown), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(unknown)["error"]["fields"][0]["field"], "unit_id");
  EXPECT_EQ(status(api.put(path(999999), formOf(zhang))), Status::NotFound_404);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM audit_log WHERE action = 'cadre.updated'"), 1);
}

TEST_F(CadreAdminApi, AddsACadreWithAnAccountWaitingForActivation) {
  const long long unit = m_server.unitId("竹溪县经信局");
  const auto smsBefore = readSmsLog(m_server.dataDir()).size();
  auto res = admin().post("/api/cadres", {{"unit_id", unit},
                                          {"name", "欧阳晓雯"},
                                          {"title", "副局长"},
                                          {"mobile", "13612345678"},
                                          {"email", "oyxw@zhuxi.gov.cn"},
                                          {"contact_is_proxy", false}});
  ASSERT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
  auto body = bodyJson(res);
  EXPECT_EQ(body["name"], "欧阳晓雯");
  EXPECT_EQ(body["unit"]["name"], "竹溪县经信局");
  EXPECT_EQ(body["mobile_masked"], "136****5678");
  EXPECT_EQ(body["enterprise_count"], 0);
  const std::string id = std::to_string(body["id"].get<long long>());
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM accounts WHERE role = 'cadre' AND cadre_id = " + id +
                                  " AND login_name = '欧阳晓雯' AND unit_id = " + std::to_string(unit) +
                                  " AND password_hash = '' AND mobile = '13612345678'"),
            1);
  // 待激活: no password login yet.
  EXPECT_NE(status(m_server.postLogin(Role::Cadre, "欧阳晓雯", unit, kDemoPassword)), Status::OK_200);
  auto sms = waitForSms(m_server.dataDir(), smsBefore + 1);
  ASSERT_GT(sms.size(), smsBefore);
  EXPECT_EQ(sms.back().mobile, "13612345678");
  EXPECT_EQ(sms.back().text, qinqing::domain::accountOpenedSms("欧阳晓雯"));

  auto again = admin().post("/api/cadres", {{"unit_id", unit}, {"name", "欧阳晓雯"}, {"mobile", "13612345678"}});
  EXPECT_EQ(status(again), Status::Conflict_409);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM cadres WHERE name = '欧阳晓雯'"), 1);
  ApiClient auditor{m_server, loginAs(m_server, Role::AuditAdmin)};
  auto log = bodyJson(auditor.get("/api/audit?action=cadre.created"));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["after"]["name"], "欧阳晓雯");
  EXPECT_EQ(log["entries"][0]["after"]["mobile"], "136****5678");
}

}  // namespace
