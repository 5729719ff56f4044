#include <gtest/gtest.h>

#include "db/migrations.hpp"
#include "qinqing/wire/health_json.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;

TEST(HealthApi, ReportsOkTheSchemaVersionAndChinaTime) {
  TestServer server({.demo = false});
  auto res = server.client().Get("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, httplib::StatusCode::OK_200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  auto health = qinqing::wire::healthFromJson(bodyJson(res));
  ASSERT_TRUE(health.ok()) << res->body;
  EXPECT_EQ(health.value().status, "ok");
  EXPECT_EQ(health.value().schemaVersion, db::latestSchemaVersion());
  ASSERT_EQ(health.value().serverTime.size(), 25u);
  EXPECT_EQ(health.value().serverTime.substr(19), "+08:00");
}

TEST(HealthApi, UsesTheInjectedClock) {
  FakeClock clock;
  TestServer server({.demo = false, .clock = clock});
  EXPECT_EQ(bodyJson(server.client().Get("/api/health"))["server_time"], "2026-03-02T09:00:00+08:00");
}

TEST(HealthApi, ApiResponsesCarrySecurityHeadersAndAreNotCached) {
  TestServer server({.demo = false});
  auto res = server.client().Get("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
  const auto csp = res->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("'wasm-unsafe-eval'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("'sha256-"), std::string::npos) << "the test index.html has an inline script";
}

TEST(HealthApi, OneConnectionServesManyRequests) {
  TestServer server({.demo = false});
  auto cli = server.client();
  cli.set_keep_alive(true);
  for (int i = 0; i < 100; ++i) {
    auto res = cli.Get("/api/health");
    ASSERT_TRUE(res) << i;
    ASSERT_EQ(res->status, httplib::StatusCode::OK_200) << i;
    EXPECT_EQ(res->get_header_value("Keep-Alive"), "timeout=5, max=1000");
  }
}
