#include "repositories/account_repository.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Exception.h>

#include "repository_fixture.hpp"

using namespace qinqing::backend;
using qinqing::domain::Role;
using AccountRepositoryTest = qinqing::backend::testsupport::RepositoryTest;

TEST_F(AccountRepositoryTest, CadreIsFoundOnlyWithTheRightUnit) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long id = accounts.insert(cadreAccount());
    auto found = accounts.findForLogin(Role::Cadre, "张明", jxjId);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->accountId, id);
    EXPECT_EQ(found->passwordHash, "hash");
    EXPECT_FALSE(accounts.findForLogin(Role::Cadre, "张明", swjId).has_value());
    EXPECT_FALSE(accounts.findForLogin(Role::Cadre, "张明", std::nullopt).has_value());
    EXPECT_FALSE(accounts.findForLogin(Role::UnitAdmin, "张明", jxjId).has_value());  // another role
  });
}

TEST_F(AccountRepositoryTest, FixedAccountNamesAreUniqueWithinTheirRole) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    NewAccount admin;
    admin.role = Role::UnitAdmin;
    admin.loginName = "十堰市经信局管理员";
    admin.unitId = jxjId;
    admin.passwordHash = "h";
    accounts.insert(admin);
    NewAccount clash = admin;
    clash.unitId = swjId;  // another unit does not make the same login name unambiguous
    EXPECT_THROW(accounts.insert(clash), SQLite::Exception);
    // The unit is irrelevant when looking up a fixed account.
    EXPECT_TRUE(accounts.findForLogin(Role::UnitAdmin, "十堰市经信局管理员", std::nullopt).has_value());
  });
}

TEST_F(AccountRepositoryTest, TwoCadresOfTheSameNameInDifferentUnitsHaveSeparateAccounts) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    accounts.insert(cadreAccount());
    NewAccount other = cadreAccount();
    other.unitId = swjId;
    other.cadreId = CadreRepository(c).insert({swjId, "张明", "", "", false, ""});
    EXPECT_NO_THROW(accounts.insert(other));
    NewAccount duplicate = cadreAccount();
    duplicate.cadreId = std::nullopt;
    EXPECT_THROW(accounts.insert(duplicate), SQLite::Exception);
  });
}

TEST_F(AccountRepositoryTest, FailureStateRoundTrips) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long id = accounts.insert(enterpriseAccount());
    EXPECT_EQ(accounts.failureState(id), auth::FailureState{});
    auth::FailureState state{3, 1000, std::nullopt};
    accounts.saveFailureState(id, state);
    EXPECT_EQ(accounts.failureState(id), state);
    state = {0, std::nullopt, 5000};
    accounts.saveFailureState(id, state);
    EXPECT_EQ(accounts.failureState(id), state);
    EXPECT_FALSE(accounts.failureState(id + 100).has_value());
  });
}

TEST_F(AccountRepositoryTest, SuccessfulLoginClearsFailuresAndKeepsThePreviousLoginTime) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long id = accounts.insert(enterpriseAccount());
    accounts.saveFailureState(id, {2, 900, std::nullopt});
    accounts.recordSuccessfulLogin(id, 1000);
    EXPECT_EQ(accounts.failureState(id), auth::FailureState{});
    EXPECT_EQ(accounts.loadProfile(id)->profile.lastLoginAt, "");  // first login: nothing before it
    accounts.recordSuccessfulLogin(id, 2000);
    EXPECT_EQ(accounts.loadProfile(id)->profile.lastLoginAt, formatChinaTime(1000));
  });
}

TEST_F(AccountRepositoryTest, CadreProfileComesFromTheRoster) {
  with([&](SQLite::Database& c) {
    const long long id = AccountRepository(c).insert(cadreAccount());
    auto stored = AccountRepository(c).loadProfile(id);
    ASSERT_TRUE(stored.has_value());
    const auto& p = stored->profile;
    EXPECT_EQ(p.role, Role::Cadre);
    EXPECT_EQ(p.displayName, "张明");
    EXPECT_EQ(p.title, "副局长");
    EXPECT_EQ(p.email, "zm@shiyan.gov.cn");
    ASSERT_TRUE(p.unit.has_value());
    EXPECT_EQ(p.unit->name, "十堰市经信局");
    ASSERT_TRUE(p.region.has_value());
    EXPECT_EQ(p.region->name, "十堰市");
    EXPECT_EQ(p.mobileMasked, "139****1234");  // roster number, masked
    EXPECT_FALSE(p.mobileBound);               // not yet bound by SMS
    EXPECT_TRUE(stored->mustChangePasswordFlag);
    EXPECT_EQ(stored->passwordChangedAt, qinqing::backend::testsupport::kTestEpoch);
  });
}

TEST_F(AccountRepositoryTest, EnterpriseProfileNamesItsRegionAndIndustryGroup) {
  with([&](SQLite::Database& c) {
    const long long id = AccountRepository(c).insert(enterpriseAccount());
    auto p = AccountRepository(c).loadProfile(id)->profile;
    EXPECT_EQ(p.displayName, "十堰市鑫源汽车零部件有限公司");
    ASSERT_TRUE(p.enterprise && p.region && p.industryGroup);
    EXPECT_EQ(p.enterprise->id, enterpriseId);
    EXPECT_EQ(p.region->name, "茅箭区");
    EXPECT_EQ(p.industryGroup->name, "经信");
    EXPECT_FALSE(p.unit.has_value());
    EXPECT_EQ(p.mobileMasked, "139****5678");
    EXPECT_TRUE(p.mobileBound);
  });
}

TEST_F(AccountRepositoryTest, UnknownAccountHasNoProfile) {
  with([&](SQLite::Database& c) { EXPECT_FALSE(AccountRepository(c).loadProfile(42).has_value()); });
}
