// Who may use 短信日志 and 定时任务: every demo role against every endpoint of both. Only
// 系统管理员 passes; every other role gets 403 (and an access.refused audit entry), nobody without
// a token gets in.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;

namespace {

struct SmsJobsEndpoint {
  const char* method;
  const char* path;
  int allowed;  // the system administrator's answer
};

constexpr SmsJobsEndpoint kEndpoints[] = {
    {"GET", "/api/sms", 200},
    {"GET", "/api/sms?status=failed&mobile=1234", 200},
    {"GET", "/api/jobs", 200},
    {"GET", "/api/jobs/sms.outbox_check/runs", 200},
    {"POST", "/api/jobs/sms.outbox_check/run", 202},
};

int callSmsJobs(const ApiClient& api, const SmsJobsEndpoint& e) {
  return std::string(e.method) == "GET" ? status(api.get(e.path)) : status(api.post(e.path, nlohmann::json::object()));
}

}  // namespace

TEST(SmsJobsAccess, OnlyTheSystemAdministratorGetsIn) {
  TestServer server({.clock = FakeClock()});
  int refusals = 0;
  for (const auto& account : kDemoAccounts) {
    SCOPED_TRACE(account.loginName);
    ApiClient api{server, loginAs(server, account)};
    ASSERT_FALSE(api.token.empty());
    for (const auto& e : kEndpoints) {
      const int expected = account.role == Role::SystemAdmin ? e.allowed : 403;
      EXPECT_EQ(callSmsJobs(api, e), expected) << e.method << " " << e.path;
      if (expected == 403) ++refusals;
    }
  }
  ApiClient auditor{server, loginAs(server, Role::AuditAdmin)};
  EXPECT_EQ(bodyJson(auditor.get("/api/audit?page_size=1&action=access.refused"))["total"], refusals);
  EXPECT_EQ(refusals, 9 * 5);
}

TEST(SmsJobsAccess, WithoutALoginEveryEndpointIs401) {
  TestServer server({.demo = false});
  auto cli = server.client();
  for (const auto& e : kEndpoints) {
    auto res = std::string(e.method) == "GET" ? cli.Get(e.path) : cli.Post(e.path, "{}", "application/json");
    EXPECT_EQ(status(res), 401) << e.method << " " << e.path;
  }
}

TEST(SmsJobsAccess, TheInspectorIsToldItOnlyReads) {
  TestServer server;
  ApiClient api{server, loginAs(server, Role::Inspector)};
  auto res = api.post("/api/jobs/sms.outbox_check/run", nlohmann::json::object());
  EXPECT_EQ(status(res), 403);
  EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden");
}
