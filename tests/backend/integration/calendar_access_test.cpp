// Who may change the working-day calendar: 系统管理员 only. Every other role — 超级巡查员 above all,
// who may read everything and write nothing — is refused with 403 and the refusal is audited.
#include <gtest/gtest.h>

#include "demo_accounts.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

constexpr const char* kJson = "application/json";

struct Attempt {
  const char* method;
  const char* path;
  const char* body;
};

constexpr Attempt kAdminOnly[] = {
    {"PUT", "/api/calendar/years/2027", R"({"holidays":["2027-01-01"],"workdays":[]})"},
    {"PUT", "/api/calendar/days/2020-10-09", R"({"kind":"holiday","name":"国庆节"})"},
    {"GET", "/api/calendar/changes", ""},
};

httplib::Result send(const TestServer& server, const Attempt& a, const httplib::Headers& headers) {
  auto cli = server.client();
  return std::string(a.method) == "PUT" ? cli.Put(a.path, headers, a.body, kJson) : cli.Get(a.path, headers);
}

}  // namespace

TEST(CalendarAccess, WithoutALoginEveryAdminRouteIs401) {
  TestServer server({.demo = false});
  for (const auto& a : kAdminOnly) {
    auto res = send(server, a, {});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, Status::Unauthorized_401) << a.path;
    EXPECT_EQ(bodyJson(res)["error"]["code"], "unauthenticated");
  }
}

TEST(CalendarAccess, EveryRoleButTheSystemAdministratorIsRefusedAndAudited) {
  TestServer server;
  int refusals = 0;
  for (const auto& account : kDemoAccounts) {
    if (account.role == Role::SystemAdmin) continue;
    auto token = loginAs(server, account);
    ASSERT_FALSE(token.empty()) << account.loginName;
    for (const auto& a : kAdminOnly) {
      auto res = send(server, a, bearer(token));
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, Status::Forbidden_403) << account.loginName << " " << a.path;
      EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden");
      ++refusals;
    }
  }
  // Nothing changed.
  auto calendar = bodyJson(server.client().Get("/api/calendar"));
  EXPECT_EQ(calendar["provisional_years"], nlohmann::json::array({2027}));
  EXPECT_EQ(bodyJson(server.client().Get("/api/calendar/due-date?from=2020-09-30&working_days=15"))["due_date"],
            "2020-10-28");
  // Every refusal is in the audit log, with who and what.
  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=access.refused&page_size=200", bearer(audit)));
  EXPECT_EQ(log["total"], refusals);
  EXPECT_EQ(log["entries"][0]["role"], "audit_admin");
  EXPECT_EQ(log["entries"][0]["result"], "refused");
  EXPECT_EQ(log["entries"][0]["object_id"], "GET /api/calendar/changes");
}

TEST(CalendarAccess, TheInspectorIsToldItOnlyReads) {
  TestServer server;
  auto token = loginAs(server, Role::Inspector);
  auto res = send(server, kAdminOnly[1], bearer(token));
  ASSERT_EQ(res->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(res)["error"]["message"], "超级巡查员只能查看，不能修改");
  // Reading stays open to the inspector, as to everyone.
  EXPECT_EQ(server.client().Get("/api/calendar", bearer(token))->status, Status::OK_200);
}

TEST(CalendarAccess, TheSystemAdministratorMayWrite) {
  TestServer server;
  auto token = loginAs(server, Role::SystemAdmin);
  for (const auto& a : kAdminOnly) EXPECT_EQ(send(server, a, bearer(token))->status, Status::OK_200) << a.path;
}
