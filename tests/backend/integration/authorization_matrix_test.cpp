// The authorization matrix of issue 4: every demo role × every base-data endpoint × (an object in
// its scope, an object outside it), against the table below. What each scope should contain is
// computed here with the test's own SQL over the server's database, not with auth/scope.cpp, and
// the lists must return exactly those rows. Outside the scope an object answers like a missing
// one (404); writes are refused; every refusal and every reveal lands in the audit log.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

// Answers for an object within the caller's scope; outside it, an allowed action answers 404.
struct Expected {
  Role role;
  int read;    // GET lists and details
  int write;   // PUT /api/enterprises/{id}
  int reveal;  // POST /api/enterprises/{id}/reveal
};

constexpr Expected kMatrix[] = {
    {Role::Enterprise, Status::OK_200, Status::OK_200, Status::Forbidden_403},
    {Role::Cadre, Status::OK_200, Status::OK_200, Status::Forbidden_403},
    {Role::UnitAdmin, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::CountyAdmin, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::CityDispatcher, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::IndustryDispatcher, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::Inspector, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::SystemAdmin, Status::OK_200, Status::Forbidden_403, Status::OK_200},
    {Role::SecurityAdmin, Status::Forbidden_403, Status::Forbidden_403, Status::Forbidden_403},
    {Role::AuditAdmin, Status::Forbidden_403, Status::Forbidden_403, Status::Forbidden_403},
};

constexpr long long kMissingId = 999999;

struct AccountIds {
  std::string unit, region, cadre, enterprise, group;  // SQL literals ("NULL" when absent)
};

AccountIds idsOf(SQLite::Database& db, const DemoAccount& account) {
  SQLite::Statement stmt(db,
                         "SELECT quote(a.unit_id), quote(a.region_id), quote(a.cadre_id), quote(a.enterprise_id), "
                         "quote(a.industry_group_id) FROM accounts a LEFT JOIN units u ON u.id = a.unit_id "
                         "WHERE a.role = ? AND a.login_name = ? AND (? IS NULL OR u.name = ?)");
  stmt.bind(1, std::string(roleKey(account.role)));
  stmt.bind(2, account.loginName);
  if (account.unit) {
    stmt.bind(3, account.unit);
    stmt.bind(4, account.unit);
  }
  if (!stmt.executeStep()) return {"NULL", "NULL", "NULL", "NULL", "NULL"};
  return {stmt.getColumn(0).getString(), stmt.getColumn(1).getString(), stmt.getColumn(2).getString(),
          stmt.getColumn(3).getString(), stmt.getColumn(4).getString()};
}

// issue 4 "Roles and what each sees", restated as plain SQL.
IdSet expectedEnterprises(SQLite::Database& db, Role role, const AccountIds& a) {
  switch (role) {
    case Role::Enterprise: return selectIds(db, "SELECT id FROM enterprises WHERE id = " + a.enterprise);
    case Role::Cadre: return selectIds(db, "SELECT id FROM enterprises WHERE cadre_id = " + a.cadre);
    case Role::UnitAdmin:
      return selectIds(db, "SELECT e.id FROM enterprises e JOIN cadres c ON c.id = e.cadre_id WHERE c.unit_id = " + a.unit);
    case Role::CountyAdmin:
      return selectIds(db, "SELECT e.id FROM enterprises e LEFT JOIN cadres c ON c.id = e.cadre_id LEFT JOIN units u "
                           "ON u.id = c.unit_id WHERE e.region_id = " + a.region + " OR u.region_id = " + a.region);
    case Role::IndustryDispatcher:
      return selectIds(db, "SELECT id FROM enterprises WHERE industry_group_id = " + a.group);
    case Role::CityDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin: return selectIds(db, "SELECT id FROM enterprises");
    default: return {};
  }
}

IdSet expectedCadres(SQLite::Database& db, Role role, const AccountIds& a) {
  switch (role) {
    case Role::Cadre: return selectIds(db, "SELECT id FROM cadres WHERE id = " + a.cadre);
    case Role::UnitAdmin: return selectIds(db, "SELECT id FROM cadres WHERE unit_id = " + a.unit);
    case Role::CountyAdmin:
      return selectIds(db, "SELECT c.id FROM cadres c JOIN units u ON u.id = c.unit_id WHERE u.region_id = " + a.region);
    case Role::IndustryDispatcher:
      return selectIds(db, "SELECT cadre_id FROM enterprises WHERE cadre_id IS NOT NULL AND industry_group_id = " + a.group);
    case Role::CityDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin: return selectIds(db, "SELECT id FROM cadres");
    default: return {};
  }
}

// The first id of `all` in scope, and the first outside it (a missing id when the scope is everything).
std::pair<std::optional<long long>, long long> ownAndOther(const IdSet& scope, const IdSet& all) {
  std::optional<long long> own;
  if (!scope.empty()) own = *scope.begin();
  for (long long id : all) {
    if (!scope.count(id)) return {own, id};
  }
  return {own, kMissingId};
}

nlohmann::json editBodyOf(SQLite::Database& db, long long id) {
  SQLite::Statement stmt(db, "SELECT uscc, address, legal_rep, legal_rep_mobile, liaison, liaison_mobile, intro "
                             "FROM enterprises WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  stmt.executeStep();
  return {{"uscc", stmt.getColumn(0).getString()},      {"address", stmt.getColumn(1).getString()},
          {"legal_rep", stmt.getColumn(2).getString()}, {"legal_rep_mobile", stmt.getColumn(3).getString()},
          {"liaison", stmt.getColumn(4).getString()},   {"liaison_mobile", stmt.getColumn(5).getString()},
          {"intro", stmt.getColumn(6).getString()}};
}

std::string liaisonMobileOf(SQLite::Database& db, long long id) {
  return db.execAndGet("SELECT liaison_mobile FROM enterprises WHERE id = " + std::to_string(id)).getString();
}

int outsideAnswer(int ownAnswer) { return ownAnswer == Status::OK_200 ? Status::NotFound_404 : ownAnswer; }

}  // namespace

TEST(AuthorizationMatrix, EveryRoleEveryEndpointOwnAndOtherObjects) {
  TestServer server;
  auto db = openReadOnly(server);
  const IdSet allEnterprises = selectIds(db, "SELECT id FROM enterprises");
  const IdSet allCadres = selectIds(db, "SELECT id FROM cadres");
  int refusals = 0, reveals = 0, edits = 0;

  for (const auto& row : kMatrix) {
    const DemoAccount* account = nullptr;
    for (const auto& a : kDemoAccounts) {
      if (a.role == row.role) account = &a;
    }
    ASSERT_NE(account, nullptr);
    SCOPED_TRACE(account->loginName);
    ApiClient api{server, loginAs(server, *account)};
    ASSERT_FALSE(api.token.empty());
    const AccountIds ids = idsOf(db, *account);
    const IdSet enterprises = expectedEnterprises(db, row.role, ids);
    const IdSet cadres = expectedCadres(db, row.role, ids);
    auto count = [&](int answer) {
      if (answer == Status::Forbidden_403) ++refusals;
      return answer;
    };

    // Lists: exactly the scope's rows, mobiles masked.
    auto enterpriseList = api.listAll("/api/enterprises");
    auto cadreList = api.listAll("/api/cadres");
    EXPECT_EQ(count(enterpriseList.status), row.read);
    EXPECT_EQ(count(cadreList.status), row.read);
    if (row.read == Status::OK_200) {
      EXPECT_EQ(enterpriseList.total, static_cast<long long>(enterprises.size()));
      EXPECT_EQ(enterpriseList.ids, enterprises);
      EXPECT_TRUE(enterpriseList.allMasked);
      EXPECT_EQ(cadreList.total, static_cast<long long>(cadres.size()));
      EXPECT_EQ(cadreList.ids, cadres);
      EXPECT_TRUE(cadreList.allMasked);
      EXPECT_FALSE(enterprises.empty());  // the demo account really has something to see
    }

    // One enterprise in scope, one outside it.
    auto [own, other] = ownAndOther(enterprises, allEnterprises);
    const long long ownId = own.value_or(*allEnterprises.begin());
    const std::string ownPath = "/api/enterprises/" + std::to_string(ownId);
    const std::string otherPath = "/api/enterprises/" + std::to_string(other);
    if (own) {
      auto detail = api.get(ownPath);
      EXPECT_EQ(count(status(detail)), row.read);
      if (status(detail) == Status::OK_200) {
        const bool full = row.role == Role::Enterprise || row.role == Role::Cadre;
        const std::string mobile = liaisonMobileOf(db, ownId);
        EXPECT_EQ(bodyJson(detail)["liaison_mobile"], full ? mobile : mobile.substr(0, 3) + "****" + mobile.substr(7));
      }
      EXPECT_EQ(count(status(api.get(ownPath + "/assignments"))), row.read);
      const int write = count(status(api.put(ownPath, editBodyOf(db, ownId))));
      EXPECT_EQ(write, row.write);
      if (write == Status::OK_200) ++edits;
      auto revealed = api.post(ownPath + "/reveal", {{"field", "liaison_mobile"}});
      EXPECT_EQ(count(status(revealed)), row.reveal);
      if (status(revealed) == Status::OK_200) {
        ++reveals;
        EXPECT_EQ(bodyJson(revealed)["value"], liaisonMobileOf(db, ownId));
      }
    }
    EXPECT_EQ(count(status(api.get(otherPath))), outsideAnswer(row.read));
    EXPECT_EQ(count(status(api.get(otherPath + "/assignments"))), outsideAnswer(row.read));
    EXPECT_EQ(count(status(api.put(otherPath, editBodyOf(db, *allEnterprises.begin())))), outsideAnswer(row.write));
    EXPECT_EQ(count(status(api.post(otherPath + "/reveal", {{"field", "legal_rep_mobile"}}))),
              outsideAnswer(row.reveal));
    EXPECT_EQ(count(status(api.get("/api/enterprises/" + std::to_string(kMissingId)))), outsideAnswer(row.read));

    // One cadre in scope (the enterprise has none), one outside it.
    auto [ownCadre, otherCadre] = ownAndOther(cadres, allCadres);
    if (ownCadre) {
      auto detail = api.get("/api/cadres/" + std::to_string(*ownCadre));
      EXPECT_EQ(count(status(detail)), row.read);
      // The cadre's enterprises shown are those the caller may open.
      const auto body = bodyJson(detail);
      for (const auto& e : body["enterprises"]) EXPECT_TRUE(enterprises.count(e["id"].get<long long>()));
    }
    EXPECT_EQ(count(status(api.get("/api/cadres/" + std::to_string(otherCadre)))), outsideAnswer(row.read));

    // 包联方案导入 (§21): 系统管理员 only; its "{}" upload is a job that finds no header.
    const bool importer = row.role == Role::SystemAdmin;
    EXPECT_EQ(count(status(api.post("/api/import/jobs?mode=check", nlohmann::json::object()))),
              importer ? Status::Accepted_202 : Status::Forbidden_403);
    EXPECT_EQ(count(status(api.get("/api/import/jobs/" + std::to_string(kMissingId)))),
              importer ? Status::NotFound_404 : Status::Forbidden_403);
  }

  // Every refusal and every reveal is in the audit log; each successful edit too.
  ApiClient auditor{server, loginAs(server, Role::AuditAdmin)};
  auto total = [&](const std::string& action) {
    return bodyJson(auditor.get("/api/audit?page_size=1&action=" + action))["total"].get<int>();
  };
  EXPECT_EQ(total("access.refused"), refusals);
  EXPECT_EQ(total("reveal_mobile"), reveals);
  EXPECT_EQ(total("enterprise.updated"), edits);
  EXPECT_EQ(reveals, 6);
  EXPECT_EQ(edits, 2);
}

TEST(AuthorizationMatrix, WithoutALoginEveryEndpointIs401) {
  TestServer server({.demo = false});
  auto cli = server.client();
  EXPECT_EQ(status(cli.Get("/api/enterprises")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/enterprises/1")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Put("/api/enterprises/1", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Post("/api/enterprises/1/reveal", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/enterprises/1/assignments")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/cadres")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/cadres/1")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Post("/api/import/jobs?mode=check", "x", "text/csv")), Status::Unauthorized_401);
}

TEST(AuthorizationMatrix, TheDemoAccountsCarryTheIdsTheirScopesNeed) {
  TestServer server;
  auto db = openReadOnly(server);
  // Every account of a scoped role, not just the documented one.
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'enterprise' AND enterprise_id IS NULL"), 0);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'cadre' AND cadre_id IS NULL"), 0);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'unit_admin' AND unit_id IS NULL"), 0);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'county_admin' AND region_id IS NULL"), 0);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'industry_dispatcher' AND "
                            "industry_group_id IS NULL"),
            0);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'county_admin'"), 10);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE role = 'industry_dispatcher'"), 6);
}
