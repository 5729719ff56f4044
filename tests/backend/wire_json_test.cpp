// The wire types the backend added to shared/wire (health, login reply). They build for wasm too;
// their tests live here until a tests/wire suite exists.
#include <gtest/gtest.h>

#include "qinqing/wire/health_json.hpp"
#include "qinqing/wire/session_json.hpp"

using namespace qinqing;

TEST(HealthJson, RoundTrips) {
  wire::HealthStatus h{"ok", 3, "2026-03-02T09:00:00+08:00"};
  auto back = wire::healthFromJson(wire::healthToJson(h));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), h);
  EXPECT_FALSE(wire::healthFromJson(nlohmann::json::object()).ok());
}

TEST(SessionGrantJson, RoundTripsWithProfile) {
  wire::SessionGrant g;
  g.token = "aX8jXw_ZhIm8su7CGR2KjGInPrLkBDtRyKad9LA9UoM";
  g.idleTimeoutSeconds = 1800;
  g.profile.accountId = 7;
  g.profile.role = domain::Role::Cadre;
  g.profile.loginName = "张明";
  g.profile.displayName = "张明";
  g.profile.unit = domain::NamedRef{1, "十堰市经信局"};
  g.profile.mobileMasked = "139****1234";
  auto j = wire::sessionGrantToJson(g);
  EXPECT_EQ(j["idle_timeout_seconds"], 1800);
  auto back = wire::sessionGrantFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), g);
}

TEST(SessionGrantJson, MissingTokenIsInvalid) {
  EXPECT_FALSE(wire::sessionGrantFromJson({{"profile", nlohmann::json::object()}}).ok());
  EXPECT_FALSE(wire::sessionGrantFromJson({{"token", "x"}}).ok());
}
