// 超级巡查员 (§23: 查询) and 审计管理员 only read. Walks every write route the server registers, as
// each read-only role, with existing ids: each answers 403 forbidden and no business row changes.
// The few writes they may send (their own password and mobile, read receipts, an export job of
// what they can read, an audited reveal) are named here, so opening another is a visible decision.
#include <gtest/gtest.h>

#include <set>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::backend::http::HttpMethod;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

// Every ":name" segment becomes an id that exists (1 is in every demo table that is walked).
std::string withIds(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == ':') {
      out += "1";
      while (i + 1 < pattern.size() && pattern[i + 1] != '/') ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

httplib::Result send(const TestServer& server, HttpMethod method, const std::string& path, const std::string& token) {
  auto client = server.client();
  const auto headers = bearer(token);
  switch (method) {
    case HttpMethod::Get: return client.Get(path, headers);
    case HttpMethod::Post: return client.Post(path, headers, "{}", "application/json");
    case HttpMethod::Put: return client.Put(path, headers, "{}", "application/json");
    case HttpMethod::Patch: return client.Patch(path, headers, "{}", "application/json");
    case HttpMethod::Delete: return client.Delete(path, headers);
  }
  return client.Get(path, headers);
}

// Rows of every table but the ones a refused request may touch by design (the audit log of the
// refusals, the sessions' last-seen times).
long long businessRows(SQLite::Database& db) {
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT IN ('audit_log', 'sessions')");
  long long rows = 0;
  while (tables.executeStep()) rows += selectCount(db, "SELECT count(*) FROM \"" + tables.getColumn(0).getString() + "\"");
  return rows;
}

}  // namespace

TEST(ReadOnlyRoles, EveryWriteRouteRefusesTheInspectorAndTheAuditAdministratorAndChangesNothing) {
  TestServer server({.demoPetitions = true});
  auto db = openReadOnly(server);
  const long long before = businessRows(db);
  const std::set<std::string> mayWrite = {
      "POST /api/me/password",          "POST /api/me/mobile/code",
      "POST /api/me/mobile",            "PUT /api/me",
      "POST /api/announcements/:id/read", "POST /api/policies/:id/read",
      "POST /api/enterprises/:id/reveal", "POST /api/reports/petition-details/exports",
  };
  std::set<std::string> opened;
  int walked = 0;
  for (Role role : {Role::Inspector, Role::AuditAdmin}) {
    const std::string token = loginAs(server, role);
    ASSERT_FALSE(token.empty());
    for (const auto& route : server.server().routes().routes()) {
      if (route.method == HttpMethod::Get || route.access == qinqing::backend::http::Access::Public) continue;
      const std::string name = std::string(qinqing::backend::http::methodName(route.method)) + " " + route.pattern;
      if (route.readOnlyRolesMay) {
        opened.insert(name);
        continue;
      }
      auto res = send(server, route.method, withIds(route.pattern), token);
      ASSERT_TRUE(res) << name;
      EXPECT_EQ(res->status, Status::Forbidden_403) << name << " " << res->body;
      EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden") << name;
      ++walked;
    }
  }
  EXPECT_EQ(opened, mayWrite);
  EXPECT_GT(walked, 100);
  EXPECT_EQ(businessRows(db), before);
}

TEST(ReadOnlyRoles, TheInspectorsSuperviseIsRefusedWithTheReadOnlyWords) {
  TestServer server({.demoPetitions = true});
  auto db = openReadOnly(server);
  const long long open = selectCount(db, "SELECT id FROM petitions WHERE state = 'handling' LIMIT 1");
  ASSERT_GT(open, 0);
  const long long events = selectCount(db, "SELECT count(*) FROM petition_events");
  const long long texts = selectCount(db, "SELECT count(*) FROM sms_outbox");
  ApiClient inspector{server, loginAs(server, Role::Inspector)};
  auto res = inspector.post("/api/petitions/" + std::to_string(open) + "/actions/supervise", {{"note", "巡查发现办理滞后"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(res)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM petition_events"), events);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM sms_outbox"), texts);
  // The detail it reads offers no action either.
  auto detail = bodyJson(inspector.get("/api/petitions/" + std::to_string(open)));
  EXPECT_TRUE(detail["actions"].empty()) << detail["actions"].dump();
}
