// PUT /api/enterprises/{id}/cadre: the 一对一 reassignment by 单位管理员 / 县市区管理员 (within scope)
// and 系统管理员 — history row, audit entry, scope refusals, the same cadre refused, and the old
// cadre losing the enterprise while the new one gains it.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {


class CadreReassignmentApi : public ::testing::Test {
protected:
  long long xinyuanId() { return selectCount(m_db, std::string("SELECT id FROM enterprises WHERE name = '") + kXinyuan + "'"); }
  std::string cadrePath(long long enterpriseId) { return "/api/enterprises/" + std::to_string(enterpriseId) + "/cadre"; }
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long cadreOf(long long enterpriseId) {
    return selectCount(m_db, "SELECT cadre_id FROM enterprises WHERE id = " + std::to_string(enterpriseId));
  }
  // Another cadre of the same unit as `cadreId`, or (sameUnit false) one of another unit and region.
  long long otherCadre(long long cadreId, bool sameUnit) {
    const std::string id = std::to_string(cadreId);
    return selectCount(
        m_db, sameUnit ? "SELECT c.id FROM cadres c WHERE c.unit_id = (SELECT unit_id FROM cadres WHERE id = " + id +
                             ") AND c.id <> " + id + " ORDER BY c.id LIMIT 1"
                       : "SELECT c.id FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.region_id <> (SELECT "
                         "u2.region_id FROM cadres c2 JOIN units u2 ON u2.id = c2.unit_id WHERE c2.id = " + id +
                             ") ORDER BY c.id LIMIT 1");
  }
  std::string loginCadre(long long cadreId) {
    SQLite::Statement stmt(m_db, "SELECT c.name, u.name FROM cadres c JOIN units u ON u.id = c.unit_id WHERE c.id = ?");
    stmt.bind(1, static_cast<int64_t>(cadreId));
    stmt.executeStep();
    return m_server.login(Role::Cadre, stmt.getColumn(0).getString(), m_server.unitId(stmt.getColumn(1).getString()));
  }
  long long historyRows(long long enterpriseId) {
    return selectCount(m_db, "SELECT COUNT(*) FROM cadre_assignments WHERE enterprise_id = " + std::to_string(enterpriseId));
  }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(CadreReassignmentApi, UnitAdminReassignsWithHistoryAuditAndAccessMoving) {
  const long long enterprise = xinyuanId();
  const long long oldCadre = cadreOf(enterprise);
  const long long newCadre = otherCadre(oldCadre, true);
  ASSERT_GT(newCadre, 0);
  const std::string path = "/api/enterprises/" + std::to_string(enterprise);
  ApiClient before{m_server, loginCadre(oldCadre)};
  ApiClient after{m_server, loginCadre(newCadre)};
  ASSERT_EQ(status(before.get(path)), Status::OK_200);
  ASSERT_EQ(status(after.get(path)), Status::NotFound_404);
  const long long rows = historyRows(enterprise);

  auto res = as(Role::UnitAdmin).put(cadrePath(enterprise), {{"cadre_id", newCadre}, {"note", "工作调整"}});
  ASSERT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
  auto body = bodyJson(res);
  EXPECT_EQ(body["id"], enterprise);
  EXPECT_EQ(body["cadre"]["id"], newCadre);
  EXPECT_TRUE(ApiClient::isMasked(body["liaison_mobile"].get<std::string>()));
  EXPECT_EQ(cadreOf(enterprise), newCadre);

  // History: one new row, newest first, with who and why.
  EXPECT_EQ(historyRows(enterprise), rows + 1);
  auto history = bodyJson(as(Role::UnitAdmin).get(path + "/assignments"));
  ASSERT_FALSE(history["items"].empty());
  EXPECT_EQ(history["items"][0]["cadre"]["id"], newCadre);
  EXPECT_EQ(history["items"][0]["note"], "工作调整");
  EXPECT_EQ(history["items"][0]["assigned_by"]["name"], "十堰市经信局管理员");
  EXPECT_FALSE(history["items"][0]["assigned_at"].get<std::string>().empty());

  // Audit: before/after cadre.
  auto log = bodyJson(as(Role::AuditAdmin).get("/api/audit?action=enterprise.cadre_reassigned"));
  ASSERT_EQ(log["total"], 1);
  const auto& entry = log["entries"][0];
  EXPECT_EQ(entry["object_type"], "enterprise");
  EXPECT_EQ(entry["object_id"], std::to_string(enterprise));
  EXPECT_EQ(entry["before"]["cadre_id"], oldCadre);
  EXPECT_EQ(entry["after"]["cadre_id"], newCadre);
  EXPECT_EQ(entry["after"]["note"], "工作调整");
  EXPECT_EQ(entry["action_name"], "调整包联干部");

  // The previous cadre loses the enterprise, the new one gains it (and may edit it).
  EXPECT_EQ(status(before.get(path)), Status::NotFound_404);
  EXPECT_EQ(status(after.get(path)), Status::OK_200);
  auto mine = after.listAll("/api/enterprises");
  EXPECT_TRUE(mine.ids.count(enterprise));
  EXPECT_FALSE(before.listAll("/api/enterprises").ids.count(enterprise));
}

TEST_F(CadreReassignmentApi, TheSameCadreIsRefusedAndNothingIsWritten) {
  const long long enterprise = xinyuanId();
  const long long rows = historyRows(enterprise);
  auto res = as(Role::SystemAdmin).put(cadrePath(enterprise), {{"cadre_id", cadreOf(enterprise)}, {"note", ""}});
  ASSERT_EQ(status(res), Status::BadRequest_400);
  auto body = bodyJson(res);
  EXPECT_EQ(body["error"]["code"], "invalid_input");
  EXPECT_EQ(body["error"]["fields"][0]["field"], "cadre_id");
  EXPECT_NE(body["error"]["fields"][0]["message"].get<std::string>().find("无需调整"), std::string::npos);
  EXPECT_EQ(historyRows(enterprise), rows);

  auto bad = as(Role::SystemAdmin).put(cadrePath(enterprise), {{"cadre_id", "x"}, {"note", std::string(201, 'x')}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(bad)["error"]["fields"].size(), 2u);
}

TEST_F(CadreReassignmentApi, ScopeRefusalsAnswerLikeMissing) {
  const long long enterprise = xinyuanId();
  const long long outsideCadre = otherCadre(cadreOf(enterprise), false);
  ASSERT_GT(outsideCadre, 0);
  auto unitAdmin = as(Role::UnitAdmin);
  // A cadre of another unit: 404 like a missing cadre.
  auto res = unitAdmin.put(cadrePath(enterprise), {{"cadre_id", outsideCadre}});
  EXPECT_EQ(status(res), Status::NotFound_404);
  EXPECT_EQ(bodyJson(res)["error"]["message"], "包联干部不存在");
  EXPECT_EQ(status(unitAdmin.put(cadrePath(enterprise), {{"cadre_id", 999999}})), Status::NotFound_404);
  // An enterprise outside the unit: 404 like a missing enterprise.
  const long long foreign = selectCount(
      m_db, "SELECT e.id FROM enterprises e WHERE e.cadre_id = " + std::to_string(outsideCadre) + " LIMIT 1");
  ASSERT_GT(foreign, 0);
  EXPECT_EQ(status(unitAdmin.put(cadrePath(foreign), {{"cadre_id", cadreOf(enterprise)}})), Status::NotFound_404);
  EXPECT_EQ(status(unitAdmin.put(cadrePath(999999), {{"cadre_id", cadreOf(enterprise)}})), Status::NotFound_404);
  EXPECT_EQ(cadreOf(enterprise), cadreOf(xinyuanId()));

  // 县市区管理员 (茅箭区): an enterprise served outside its region is not its to reassign.
  auto county = as(Role::CountyAdmin);
  const long long regionId = selectCount(m_db, "SELECT id FROM regions WHERE name = '茅箭区'");
  const long long countyEnterprise = selectCount(
      m_db, "SELECT id FROM enterprises WHERE region_id = " + std::to_string(regionId) + " ORDER BY id LIMIT 1");
  const long long countyCadre = selectCount(
      m_db, "SELECT c.id FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.region_id = " + std::to_string(regionId) +
                " AND c.id <> (SELECT cadre_id FROM enterprises WHERE id = " + std::to_string(countyEnterprise) +
                ") ORDER BY c.id LIMIT 1");
  ASSERT_GT(countyCadre, 0);
  EXPECT_EQ(status(county.put(cadrePath(countyEnterprise), {{"cadre_id", outsideCadre}})), Status::NotFound_404);
  EXPECT_EQ(status(county.put(cadrePath(countyEnterprise), {{"cadre_id", countyCadre}})), Status::OK_200);
  EXPECT_EQ(cadreOf(countyEnterprise), countyCadre);
}

TEST_F(CadreReassignmentApi, OtherRolesAre403AndTheInspectorIsToldItIsReadOnly) {
  const long long enterprise = xinyuanId();
  const long long newCadre = otherCadre(cadreOf(enterprise), true);
  for (Role role : {Role::Enterprise, Role::Cadre, Role::CityDispatcher, Role::IndustryDispatcher, Role::Inspector,
                    Role::SecurityAdmin, Role::AuditAdmin}) {
    auto res = as(role).put(cadrePath(enterprise), {{"cadre_id", newCadre}});
    EXPECT_EQ(status(res), Status::Forbidden_403) << static_cast<int>(role);
    if (role == Role::Inspector) EXPECT_EQ(bodyJson(res)["error"]["message"], "超级巡查员只能查看，不能修改");
  }
  EXPECT_NE(cadreOf(enterprise), newCadre);
  EXPECT_EQ(status(as(Role::SystemAdmin).put(cadrePath(enterprise), {{"cadre_id", newCadre}})), Status::OK_200);
}

}  // namespace
