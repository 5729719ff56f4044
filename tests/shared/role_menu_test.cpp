#include <gtest/gtest.h>

#include <set>
#include <string>

#include "qinqing/identity/menu.hpp"
#include "qinqing/identity/role.hpp"

using namespace qinqing::domain;

TEST(Role, KeysRoundTripAndAreUnique) {
  std::set<std::string> keys;
  for (Role r : kAllRoles) {
    auto key = std::string(roleKey(r));
    EXPECT_TRUE(keys.insert(key).second) << key;
    ASSERT_TRUE(roleFromKey(key).has_value());
    EXPECT_EQ(*roleFromKey(key), r);
    EXPECT_FALSE(roleDisplayName(r).empty());
  }
  EXPECT_FALSE(roleFromKey("root").has_value());
}

TEST(Role, OnlyCadresLogInByUnitAndName) {
  for (Role r : kAllRoles) EXPECT_EQ(roleLogsInByUnitAndName(r), r == Role::Cadre);
}

TEST(Role, PasswordAgeIsLongerForEnterprises) {
  EXPECT_EQ(passwordMaxAgeDays(Role::Enterprise), 180);
  EXPECT_EQ(passwordMaxAgeDays(Role::Cadre), 90);
  EXPECT_EQ(passwordMaxAgeDays(Role::SystemAdmin), 90);
}

TEST(Menu, CadreMenuFollowsNoticeSections1To5) {
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "profile.info"));        // §2 我的资料—个人信息
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "profile.password"));    // §2 重置密码
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "profile.enterprises")); // §3 包联企业
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "petitions.review"));    // §4 待审核诉求
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "docs.bulletins"));      // §5 简报投稿
  EXPECT_FALSE(roleHasMenuItem(Role::Cadre, "petitions.dispatch"));
}

TEST(Menu, UnitAndCountyAdministratorsShareOneMenu) {  // §20
  const auto& unit = menuForRole(Role::UnitAdmin);
  const auto& county = menuForRole(Role::CountyAdmin);
  ASSERT_EQ(unit.size(), county.size());
  for (size_t i = 0; i < unit.size(); ++i) EXPECT_EQ(unit[i].label, county[i].label);
  EXPECT_TRUE(roleHasMenuItem(Role::UnitAdmin, "petitions.to_sign"));  // §12
  EXPECT_TRUE(roleHasMenuItem(Role::UnitAdmin, "base.cadres"));        // §9
}

TEST(Menu, EnterpriseHasTopLevelEntriesOfSection14To19) {
  EXPECT_TRUE(roleHasMenuItem(Role::Enterprise, "petition_new"));
  EXPECT_TRUE(roleHasMenuItem(Role::Enterprise, "petition_mine"));
  EXPECT_TRUE(roleHasMenuItem(Role::Enterprise, "survey"));
  EXPECT_FALSE(roleHasMenuItem(Role::Enterprise, "profile.info"));
  EXPECT_TRUE(roleHasMenuItem(Role::Enterprise, "company.info"));
}

TEST(Menu, InspectorReadsNoticesButDoesNotPublish) {  // §10, §23: read-only
  EXPECT_TRUE(roleHasMenuItem(Role::Inspector, "docs.notices"));
  EXPECT_TRUE(roleHasMenuItem(Role::Inspector, "docs.policies"));
  EXPECT_FALSE(roleHasMenuItem(Role::Inspector, "publish.notices"));
}

TEST(Menu, OnlyTheSystemAdministratorEditsTheQuarterlyQuestionnaire) {  // §16
  EXPECT_TRUE(roleHasMenuItem(Role::SystemAdmin, "publish.survey"));
  EXPECT_TRUE(roleHasMenuItem(Role::Cadre, "contact.survey_request"));
  for (Role r : kAllRoles) {
    if (r != Role::SystemAdmin) EXPECT_FALSE(roleHasMenuItem(r, "publish.survey")) << static_cast<int>(r);
  }
}

TEST(Menu, AuditAdministratorSeesOnlyTheAuditLogBesidesOwnProfile) {
  for (const auto& g : menuForRole(Role::AuditAdmin)) {
    EXPECT_TRUE(g.key == "profile" || g.key == "audit") << g.key;
  }
}

TEST(Menu, OverviewIsTheInspectorsAndTheCityDispatchGroupsOnly) {  // §23, issue 12 驾驶舱
  for (Role r : kAllRoles) {
    const bool expected = r == Role::Inspector || r == Role::CityDispatcher;
    EXPECT_EQ(roleHasMenuItem(r, "reports.overview"), expected) << static_cast<int>(r);
  }
}
