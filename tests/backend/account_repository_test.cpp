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

TEST_F(AccountRepositoryTest, ReplacingThePasswordKeepsAShortHistoryAndClearsTheFlag) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long id = accounts.insert(cadreAccount());  // hash "hash", must change
    for (int i = 1; i <= 6; ++i) {
      const std::string old = i == 1 ? "hash" : "h" + std::to_string(i - 1);
      accounts.replacePassword(id, old, "h" + std::to_string(i), 5000 + i, 4);
    }
    auto state = accounts.securityState(id);
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->passwordHash, "h6");
    EXPECT_EQ(accounts.previousPasswordHashes(id, 10), (std::vector<std::string>{"h5", "h4", "h3", "h2"}));
    EXPECT_EQ(accounts.previousPasswordHashes(id, 2), (std::vector<std::string>{"h5", "h4"}));
    auto profile = accounts.loadProfile(id);
    EXPECT_FALSE(profile->mustChangePasswordFlag);
    EXPECT_EQ(profile->passwordChangedAt, 5006);
  });
}

TEST_F(AccountRepositoryTest, BindingAMobileMakesTheProfileBound) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long id = accounts.insert(cadreAccount());
    EXPECT_EQ(accounts.securityState(id)->boundMobile, "");
    accounts.bindMobile(id, "13800001111");
    EXPECT_EQ(accounts.securityState(id)->boundMobile, "13800001111");
    auto p = accounts.loadProfile(id)->profile;
    EXPECT_TRUE(p.mobileBound);
    EXPECT_EQ(p.mobileMasked, "138****1111");  // the bound number, not the roster's
  });
}

TEST_F(AccountRepositoryTest, ContactDetailsOfACadreLiveOnTheRosterOthersOnTheAccount) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long cadre = accounts.insert(cadreAccount());
    NewAccount admin;
    admin.role = Role::UnitAdmin;
    admin.loginName = "十堰市经信局管理员";
    admin.unitId = jxjId;
    admin.title = "办公室主任";
    admin.passwordHash = "h";
    const long long fixed = accounts.insert(admin);

    EXPECT_EQ(accounts.contactDetails(cadre), (ContactDetails{"副局长", "zm@shiyan.gov.cn"}));
    accounts.updateContactDetails(cadre, {"局长", "jz@shiyan.gov.cn"});
    accounts.updateContactDetails(fixed, {"科长", "kz@shiyan.gov.cn"});
    EXPECT_EQ(accounts.loadProfile(cadre)->profile.title, "局长");
    EXPECT_EQ(c.execAndGet("SELECT title FROM cadres WHERE id = " + std::to_string(cadreId)).getString(), "局长");
    EXPECT_EQ(c.execAndGet("SELECT title FROM accounts WHERE id = " + std::to_string(cadre)).getString(), "");
    EXPECT_EQ(accounts.contactDetails(fixed), (ContactDetails{"科长", "kz@shiyan.gov.cn"}));
    EXPECT_FALSE(accounts.contactDetails(9999).has_value());
  });
}

TEST_F(AccountRepositoryTest, LockedAccountsAreThoseLockedNow) {
  with([&](SQLite::Database& c) {
    AccountRepository accounts(c);
    const long long cadre = accounts.insert(cadreAccount());
    const long long enterprise = accounts.insert(enterpriseAccount());
    accounts.saveFailureState(cadre, {0, std::nullopt, 2000});
    accounts.saveFailureState(enterprise, {0, std::nullopt, 3000});
    auto locked = accounts.lockedAccounts(1500);
    ASSERT_EQ(locked.size(), 2u);
    EXPECT_EQ(locked[0].accountId, enterprise);  // the latest lock first
    EXPECT_EQ(locked[0].role, Role::Enterprise);
    EXPECT_EQ(locked[0].lockedUntil, 3000);
    EXPECT_EQ(locked[1].loginName, "张明");
    EXPECT_EQ(accounts.lockedAccounts(2000).size(), 1u);  // the cadre's lock has run out
    EXPECT_TRUE(accounts.lockedAccounts(3000).empty());
  });
}
