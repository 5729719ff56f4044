#include <gtest/gtest.h>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>

#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using CadreRepositoryTest = qinqing::backend::testsupport::RepositoryTest;
using EnterpriseRepositoryTest = qinqing::backend::testsupport::RepositoryTest;

TEST_F(CadreRepositoryTest, FindsCadreByUnitAndName) {
  with([&](SQLite::Database& c) {
    CadreRepository cadres(c);
    EXPECT_EQ(cadres.findIdByUnitAndName(jxjId, "张明"), cadreId);
    EXPECT_FALSE(cadres.findIdByUnitAndName(swjId, "张明").has_value());
    EXPECT_EQ(cadres.count(), 1);
  });
}

TEST_F(CadreRepositoryTest, SameNameInAnotherUnitIsAnotherCadre) {
  with([&](SQLite::Database& c) {
    CadreRepository cadres(c);
    const long long other = cadres.insert({swjId, "张明", "科长", "13800000000", false, ""});
    EXPECT_NE(other, cadreId);
    EXPECT_THROW(cadres.insert({jxjId, "张明", "科员", "", false, ""}), SQLite::Exception);
  });
}

TEST_F(CadreRepositoryTest, RareCharactersSurviveTheRoundTrip) {
  with([&](SQLite::Database& c) {
    CadreRepository cadres(c);
    const long long id = cadres.insert({jxjId, "林𠀀", "科员", "", false, ""});
    EXPECT_EQ(cadres.findIdByUnitAndName(jxjId, "林𠀀"), id);
  });
}

TEST_F(EnterpriseRepositoryTest, AssigningACadreIsRecordedEveryTime) {
  with([&](SQLite::Database& c) {
    EnterpriseRepository enterprises(c);
    const long long other = CadreRepository(c).insert({swjId, "陈镕", "科长", "", false, ""});
    SQLite::Transaction tx(c);
    enterprises.assignCadre(enterpriseId, cadreId, 100, std::nullopt, "初始分配");
    enterprises.assignCadre(enterpriseId, other, 200, std::nullopt, "调整包联");
    tx.commit();
    EXPECT_EQ(enterprises.cadreOf(enterpriseId), other);
    EXPECT_EQ(c.execAndGet("SELECT count(*) FROM cadre_assignments WHERE enterprise_id = " +
                           std::to_string(enterpriseId))
                  .getInt(),
              2);
  });
}

TEST_F(EnterpriseRepositoryTest, NameAndUsccAreUnique) {
  with([&](SQLite::Database& c) {
    EnterpriseRepository enterprises(c);
    EXPECT_EQ(enterprises.findIdByName("十堰市鑫源汽车零部件有限公司"), enterpriseId);
    NewEnterprise sameName{"十堰市鑫源汽车零部件有限公司", "91420300000000000A", cityId, std::nullopt, "", "", "", "", "", ""};
    EXPECT_THROW(enterprises.insert(sameName), SQLite::Exception);
    NewEnterprise sameCode{"十堰市另一家有限公司", "91420303MA49XXXX0X", cityId, std::nullopt, "", "", "", "", "", ""};
    EXPECT_THROW(enterprises.insert(sameCode), SQLite::Exception);
    EXPECT_EQ(enterprises.count(), 1);
  });
}
