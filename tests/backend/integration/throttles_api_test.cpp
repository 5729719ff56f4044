// Throttles on the forms that check a secret (issue 14, abuse limits): failed logins, unlock codes
// and current passwords per client address and per name, 429 with Retry-After before anything is
// verified; one audit row per throttled address and window; an SMS unlock still open to a locked
// holder; X-Forwarded-For read only from a trusted proxy; a saturated hasher answered 503.
#include <gtest/gtest.h>

#include <chrono>

#include "demo_accounts.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"
#include "util/bounded_gate.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using namespace std::chrono_literals;

namespace {

httplib::Result loginFrom(const TestServer& server, const std::string& forwardedFor, const std::string& name,
                          const std::string& password) {
  nlohmann::json body = {{"role", "enterprise"}, {"login_name", name}, {"password", password}};
  httplib::Headers headers;
  if (!forwardedFor.empty()) headers.emplace("X-Forwarded-For", forwardedFor);
  return server.client().Post("/api/session", headers, body.dump(), "application/json");
}

long long auditCount(const TestServer& server, const std::string& action) {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT COUNT(*) FROM audit_log WHERE action = ?");
  stmt.bind(1, action);
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

void expectThrottled(const httplib::Result& res, long long maxWait) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::TooManyRequests_429) << res->body;
  EXPECT_EQ(bodyJson(res)["error"]["code"], "too_many_requests");
  const long long wait = std::stoll(res->get_header_value("Retry-After", "0"));
  EXPECT_GT(wait, 0);
  EXPECT_LE(wait, maxWait);
}

}  // namespace

TEST(Throttles, TheThirtyFirstFailedLoginFromOneAddressIsRefusedWithRetryAfterAndAuditedOnce) {
  FakeClock clock;
  TestServer server({.clock = clock});
  for (int i = 0; i < 30; ++i) {
    auto res = loginFrom(server, "", "不存在的企业" + std::to_string(i % 10), "Wrong#2026");
    ASSERT_EQ(res->status, Status::Unauthorized_401) << i << res->body;
  }
  const long long failuresAudited = auditCount(server, "session.login_failed");
  // Past the limit even the right password waits: nothing is verified or stored per request.
  for (int i = 0; i < 5; ++i) expectThrottled(loginFrom(server, "", kXinyuan, kDemoPassword), 600);
  EXPECT_EQ(auditCount(server, "session.login_failed"), failuresAudited);
  EXPECT_EQ(auditCount(server, "access.throttled"), 1);
  EXPECT_NE(bodyJson(loginFrom(server, "", kXinyuan, kDemoPassword))["error"]["message"].get<std::string>().find("分钟"),
            std::string::npos);

  clock.advance(601s);
  EXPECT_EQ(loginFrom(server, "", kXinyuan, kDemoPassword)->status, Status::OK_200);
}

TEST(Throttles, RightPasswordsAreNeverCounted) {
  TestServer server;
  for (int i = 0; i < 40; ++i) ASSERT_EQ(loginFrom(server, "", kXinyuan, kDemoPassword)->status, Status::OK_200) << i;
}

TEST(Throttles, TenFailuresAtOneNameFromManyAddressesBehindTheTrustedProxyAreRefused) {
  TestServer server({.trustedProxies = {"127.0.0.1"}});
  for (int i = 0; i < 10; ++i) {
    auto res = loginFrom(server, "198.51.100." + std::to_string(i), "不存在的企业", "Wrong#2026");
    ASSERT_EQ(res->status, Status::Unauthorized_401) << i;
  }
  expectThrottled(loginFrom(server, "198.51.100.77", "不存在的企业", "Wrong#2026"), 600);
  // Another name from the same new address is not held up.
  EXPECT_EQ(loginFrom(server, "198.51.100.77", "另一家不存在的企业", "Wrong#2026")->status, Status::Unauthorized_401);
  // The audit row names the forwarded client, not the proxy.
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT source_address FROM audit_log WHERE action = 'access.throttled'");
  ASSERT_TRUE(stmt.executeStep());
  EXPECT_EQ(stmt.getColumn(0).getString(), "198.51.100.77");
}

TEST(Throttles, AForwardedForFromAnUntrustedPeerDoesNotEscapeTheAddressLimit) {
  TestServer server;  // no trusted proxy: X-Forwarded-For is the client's own claim
  for (int i = 0; i < 30; ++i) {
    auto res = loginFrom(server, "203.0.113." + std::to_string(i), "不存在的企业" + std::to_string(i), "Wrong#2026");
    ASSERT_EQ(res->status, Status::Unauthorized_401) << i;
  }
  expectThrottled(loginFrom(server, "203.0.113.200", "又一家不存在的企业", "Wrong#2026"), 600);
}

TEST(Throttles, ALockedOutHolderStillUnlocksBySmsWhileTheLoginThrottleHolds) {
  TestServer server;
  for (int i = 0; i < 5; ++i) loginFrom(server, "", kXinyuan, "Wrong#2026");
  for (int i = 0; i < 25; ++i) loginFrom(server, "", "不存在的企业" + std::to_string(i % 5), "Wrong#2026");
  expectThrottled(loginFrom(server, "", kXinyuan, kDemoPassword), 600);

  nlohmann::json form = {{"role", "enterprise"}, {"login_name", kXinyuan}};
  ASSERT_EQ(server.client().Post("/api/unlock/code", form.dump(), "application/json")->status, Status::OK_200);
  auto sms = waitForSms(server.dataDir(), 1);
  ASSERT_EQ(sms.size(), 1u);
  form["code"] = codeIn(sms[0].text);
  auto unlocked = server.client().Post("/api/unlock", form.dump(), "application/json");
  EXPECT_EQ(unlocked->status, Status::OK_200) << unlocked->body;
}

TEST(Throttles, WrongUnlockCodesAreThrottledPerName) {
  TestServer server;
  nlohmann::json form = {{"role", "enterprise"}, {"login_name", kXinyuan}, {"code", "000000"}};
  for (int i = 0; i < 10; ++i) {
    ASSERT_EQ(server.client().Post("/api/unlock", form.dump(), "application/json")->status, Status::BadRequest_400) << i;
  }
  expectThrottled(server.client().Post("/api/unlock", form.dump(), "application/json"), 600);
}

TEST(Throttles, UnlockCodeRequestsAreLimitedPerAddress) {
  TestServer server;
  int refused = 0;
  for (int i = 0; i < 25; ++i) {
    nlohmann::json form = {{"role", "enterprise"}, {"login_name", "不存在的企业" + std::to_string(i)}};
    auto res = server.client().Post("/api/unlock/code", form.dump(), "application/json");
    if (res->status == Status::TooManyRequests_429) {
      ++refused;
      EXPECT_TRUE(res->has_header("Retry-After"));
    }
  }
  EXPECT_EQ(refused, 5);
}

TEST(Throttles, WrongCurrentPasswordsKeepBeingThrottledAfterTheLock) {
  TestServer server;
  auto token = loginAs(server, kDemoAccounts[0]);
  nlohmann::json body = {{"current_password", "Wrong#2026"}, {"new_password", "Shiyan#2026"}};
  auto change = [&] { return server.client().Post("/api/me/password", bearer(token), body.dump(), "application/json"); };
  std::vector<int> statuses;
  for (int i = 0; i < 11; ++i) statuses.push_back(change()->status);
  EXPECT_EQ(statuses[0], Status::BadRequest_400);
  EXPECT_EQ(statuses[4], Status::Locked_423);
  EXPECT_EQ(statuses[10], Status::TooManyRequests_429);
}

TEST(Throttles, ASaturatedPasswordHasherAnswers503WithRetryAfter) {
  TestServer server({.demo = false, .beforeListen = [](qinqing::backend::Server& s) {
                       s.http().Post("/api/test/busy", [](const httplib::Request&, httplib::Response&) {
                         throw qinqing::backend::GateBusy();
                       });
                     }});
  auto res = server.client().Post("/api/test/busy", "{}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::ServiceUnavailable_503);
  EXPECT_EQ(bodyJson(res)["error"]["code"], "service_busy");
  EXPECT_EQ(res->get_header_value("Retry-After"), "2");
}
