#include <gtest/gtest.h>

#include "qinqing/wire/account_security_json.hpp"

using namespace qinqing;
using nlohmann::json;

TEST(AccountSecurityJson, RequestsRoundTrip) {
  domain::PasswordChange change{"Old#2026a", "New#2026b"};
  EXPECT_EQ(wire::passwordChangeFromJson(wire::passwordChangeToJson(change)).value(), change);
  domain::MobileBinding binding{"13800001111", "012345"};
  EXPECT_EQ(wire::mobileBindingFromJson(wire::mobileBindingToJson(binding)).value(), binding);
  domain::MobileCodeRequest code{"13800001111"};
  EXPECT_EQ(wire::mobileCodeRequestFromJson(wire::mobileCodeRequestToJson(code)).value(), code);
  domain::ProfileUpdate update{"科长", "a@b.cn"};
  EXPECT_EQ(wire::profileUpdateFromJson(wire::profileUpdateToJson(update)).value(), update);
  domain::UnlockRequest unlock{domain::Role::Cadre, "张明", 3, "123456"};
  EXPECT_EQ(wire::unlockRequestFromJson(wire::unlockRequestToJson(unlock)).value(), unlock);
}

TEST(AccountSecurityJson, WrongTypesReadAsEmptyForTheValidatorToReport) {
  auto change = wire::passwordChangeFromJson(json{{"current_password", 12}, {"new_password", nullptr}});
  ASSERT_TRUE(change.ok());
  EXPECT_EQ(change.value(), (domain::PasswordChange{"", ""}));
  EXPECT_FALSE(wire::passwordChangeFromJson(json::array()).ok());
}

TEST(AccountSecurityJson, UnlockNeedsAKnownRole) {
  auto bad = wire::unlockRequestFromJson(json{{"role", "root"}, {"login_name", "x"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "role");
  // Without a code, none is written (POST /api/unlock/code).
  auto j = wire::unlockRequestToJson({domain::Role::Enterprise, "某公司", std::nullopt, ""});
  EXPECT_FALSE(j.contains("code"));
  EXPECT_TRUE(j["unit_id"].is_null());
}

TEST(AccountSecurityJson, RepliesRoundTrip) {
  EXPECT_EQ(wire::codeSentToJson(600), (json{{"ok", true}, {"expires_in", 600}}));
  EXPECT_EQ(wire::okToJson(), (json{{"ok", true}}));
  EXPECT_EQ(wire::accountUnlockedToJson(true), (json{{"ok", true}, {"was_locked", true}}));

  domain::OnlineSessionPage page{2, 10, 11, {{"0123456789abcdef", 7, "张明", domain::Role::Cadre,
                                              "2026-03-02T09:00:00+08:00", "2026-03-02T09:05:00+08:00", "10.0.0.8"}}};
  auto pageJson = wire::onlineSessionPageToJson(page);
  EXPECT_EQ(pageJson["sessions"][0]["role_name"], "包联干部");
  EXPECT_EQ(wire::onlineSessionPageFromJson(pageJson).value(), page);

  std::vector<domain::LockedAccount> locked{{9, domain::Role::Enterprise, "某公司", "2026-03-02T09:30:00+08:00", 5}};
  EXPECT_EQ(wire::lockedAccountsFromJson(wire::lockedAccountsToJson(locked)).value(), locked);

  wire::PasswordChanged changed;
  changed.otherSessionsEnded = 2;
  changed.profile.role = domain::Role::Cadre;
  changed.profile.loginName = "张明";
  EXPECT_EQ(wire::passwordChangedFromJson(wire::passwordChangedToJson(changed)).value(), changed);
}
