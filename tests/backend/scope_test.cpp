// auth::Scope: every role's enterprises and cadres in the fixture's small organisation
// (base_data_fixture.hpp), the per-object checks agreeing with the list conditions, who sees full
// mobiles and who may edit.
#include "auth/scope.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <set>

#include "base_data_fixture.hpp"

using namespace qinqing::backend;
using qinqing::domain::ErrorCode;
using qinqing::domain::Role;
using IdSet = std::set<long long>;

namespace {

class ScopeTest : public testsupport::BaseDataTest {
protected:
  IdSet select(const char* table, const char* alias, const db::SqlCondition& cond) {
    return with([&](SQLite::Database& c) {
      SQLite::Statement stmt(c, std::string("SELECT ") + alias + ".id FROM " + table + " " + alias + " WHERE " +
                                    cond.sql);
      db::bindCondition(stmt, 1, cond);
      IdSet ids;
      while (stmt.executeStep()) ids.insert(stmt.getColumn(0).getInt64());
      return ids;
    });
  }
  IdSet enterprisesOf(const auth::AuthContext& who) { return select("enterprises", "e", auth::Scope(who).enterprises()); }
  IdSet cadresOf(const auth::AuthContext& who) { return select("cadres", "c", auth::Scope(who).cadres()); }

  // The per-object checks say yes exactly for the ids the list conditions return.
  void expectObjectChecksAgree(const auth::AuthContext& who) {
    const auth::Scope scope(who);
    const IdSet enterprises = enterprisesOf(who), cadres = cadresOf(who);
    with([&](SQLite::Database& c) {
      for (long long id : {e1, e2, e3, e4, e5, e6, 999LL}) {
        EXPECT_EQ(scope.includesEnterprise(c, id), enterprises.count(id) == 1) << roleKey(who.role) << " e" << id;
      }
      for (long long id : {zhangMing, zhaoKong, chenRong, wangFang, liWei, 999LL}) {
        EXPECT_EQ(scope.includesCadre(c, id), cadres.count(id) == 1) << roleKey(who.role) << " c" << id;
      }
    });
  }
};

TEST_F(ScopeTest, AnEnterpriseSeesItselfAndNoCadre) {
  EXPECT_EQ(enterprisesOf(enterpriseUser()), (IdSet{e1}));
  EXPECT_EQ(cadresOf(enterpriseUser()), IdSet{});
  expectObjectChecksAgree(enterpriseUser());
}

TEST_F(ScopeTest, ACadreSeesTheirEnterprisesAndThemselves) {
  EXPECT_EQ(enterprisesOf(cadreUser()), (IdSet{e1}));
  EXPECT_EQ(cadresOf(cadreUser()), (IdSet{zhangMing}));
  expectObjectChecksAgree(cadreUser());
}

TEST_F(ScopeTest, AUnitAdministratorSeesItsCadresAndTheirEnterprises) {
  EXPECT_EQ(enterprisesOf(unitAdmin()), (IdSet{e1}));
  EXPECT_EQ(cadresOf(unitAdmin()), (IdSet{zhangMing, zhaoKong}));
  expectObjectChecksAgree(unitAdmin());
}

TEST_F(ScopeTest, ACountyAdministratorSeesItsRegionAndWhatItsCadresServe) {
  // 茅箭区: its own e1 and e3, and e2 in 张湾区 because 王芳 of 茅箭区经信局 serves it.
  EXPECT_EQ(enterprisesOf(countyAdmin(maojianId)), (IdSet{e1, e2, e3}));
  EXPECT_EQ(cadresOf(countyAdmin(maojianId)), (IdSet{wangFang}));
  // 张湾区: its own e2, e5 (no cadre) and e6.
  EXPECT_EQ(enterprisesOf(countyAdmin(zhangwanId)), (IdSet{e2, e5, e6}));
  EXPECT_EQ(cadresOf(countyAdmin(zhangwanId)), (IdSet{liWei}));
  expectObjectChecksAgree(countyAdmin(maojianId));
  expectObjectChecksAgree(countyAdmin(zhangwanId));
}

TEST_F(ScopeTest, AnIndustryDispatcherSeesItsGroupAndTheCadresServingIt) {
  EXPECT_EQ(enterprisesOf(industryDispatcher()), (IdSet{e1, e4, e6}));
  EXPECT_EQ(cadresOf(industryDispatcher()), (IdSet{zhangMing, chenRong, liWei}));
  expectObjectChecksAgree(industryDispatcher());
}

TEST_F(ScopeTest, CityDispatcherInspectorAndSystemAdministratorSeeEverything) {
  for (Role role : {Role::CityDispatcher, Role::Inspector, Role::SystemAdmin}) {
    EXPECT_EQ(enterprisesOf(who(role)), (IdSet{e1, e2, e3, e4, e5, e6})) << roleKey(role);
    EXPECT_EQ(cadresOf(who(role)), (IdSet{zhangMing, zhaoKong, chenRong, wangFang, liWei})) << roleKey(role);
    expectObjectChecksAgree(who(role));
  }
}

TEST_F(ScopeTest, SecurityAndAuditAdministratorsSeeNothing) {
  for (Role role : {Role::SecurityAdmin, Role::AuditAdmin}) {
    EXPECT_EQ(enterprisesOf(who(role)), IdSet{});
    EXPECT_EQ(cadresOf(who(role)), IdSet{});
    expectObjectChecksAgree(who(role));
  }
  const auto& readers = auth::baseDataRoles();
  EXPECT_EQ(std::count(readers.begin(), readers.end(), Role::SecurityAdmin), 0);
  EXPECT_EQ(std::count(readers.begin(), readers.end(), Role::AuditAdmin), 0);
}

TEST_F(ScopeTest, AnAccountMissingTheIdItsRoleNeedsSeesNothing) {
  for (Role role : {Role::Enterprise, Role::Cadre, Role::UnitAdmin, Role::CountyAdmin, Role::IndustryDispatcher}) {
    EXPECT_EQ(enterprisesOf(who(role)), IdSet{}) << roleKey(role);
    EXPECT_EQ(cadresOf(who(role)), IdSet{}) << roleKey(role);
  }
}

TEST_F(ScopeTest, FullMobilesOnlyForTheEnterpriseAndItsCadre) {
  EXPECT_TRUE(auth::Scope(enterpriseUser()).seesFullMobiles(e1, zhangMing));
  EXPECT_FALSE(auth::Scope(enterpriseUser()).seesFullMobiles(e4, chenRong));
  EXPECT_TRUE(auth::Scope(cadreUser()).seesFullMobiles(e1, zhangMing));
  EXPECT_FALSE(auth::Scope(cadreUser()).seesFullMobiles(e4, chenRong));
  EXPECT_FALSE(auth::Scope(cadreUser()).seesFullMobiles(e5, std::nullopt));
  for (Role role : auth::mobileRevealRoles()) {
    EXPECT_FALSE(auth::Scope(who(role)).seesFullMobiles(e1, zhangMing)) << roleKey(role);
  }
}

TEST_F(ScopeTest, OnlyTheEnterpriseAndItsCadreMayEditAndTheInspectorIsToldWhy) {
  EXPECT_TRUE(auth::Scope(enterpriseUser()).mayEditEnterprises().ok());
  EXPECT_TRUE(auth::Scope(cadreUser()).mayEditEnterprises().ok());
  auto inspector = auth::Scope(who(Role::Inspector)).mayEditEnterprises();
  ASSERT_FALSE(inspector.ok());
  EXPECT_EQ(inspector.error().code, ErrorCode::Forbidden);
  EXPECT_EQ(inspector.error().message, "超级巡查员只能查看，不能修改");
  for (Role role : {Role::UnitAdmin, Role::CountyAdmin, Role::CityDispatcher, Role::IndustryDispatcher,
                    Role::SystemAdmin}) {
    auto refused = auth::Scope(who(role)).mayEditEnterprises();
    ASSERT_FALSE(refused.ok()) << roleKey(role);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
  }
}

}  // namespace
