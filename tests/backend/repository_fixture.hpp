// A migrated in-memory database with a small organisation: 十堰市 with 十堰市经信局 and
// 十堰市商务局, 茅箭区 with 茅箭区经信局, the industry group 经信, and one cadre and one
// enterprise. Repository tests build on it.
#pragma once

#include <gtest/gtest.h>

#include "repositories/account_repository.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/organisation_repository.hpp"
#include "test_support.hpp"

namespace qinqing::backend::testsupport {

class RepositoryTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_database = migratedMemoryDatabase();
    m_database->write([this](SQLite::Database& c) {
      OrganisationRepository org(c);
      cityId = org.insertRegion({"十堰市", domain::RegionKind::City, std::nullopt, 0});
      countyId = org.insertRegion({"茅箭区", domain::RegionKind::County, cityId, 1});
      jxjId = org.insertUnit({cityId, "十堰市经信局", 0});
      swjId = org.insertUnit({cityId, "十堰市商务局", 1});
      countyUnitId = org.insertUnit({countyId, "茅箭区经信局", 0});
      groupId = org.insertIndustryGroup({"industry", "经信", jxjId, 0});
      cadreId = CadreRepository(c).insert({jxjId, "张明", "副局长", "13907191234", false, "zm@shiyan.gov.cn"});
      enterpriseId = EnterpriseRepository(c).insert({"十堰市鑫源汽车零部件有限公司", "91420303MA49XXXX0X", countyId,
                                                     groupId, "李四", "13800001111", "王五", "13912345678",
                                                     "湖北省十堰市茅箭区北京路1号", "汽车零部件"});
    });
  }

  // Runs fn on the single in-memory connection.
  template <typename Fn>
  auto with(Fn&& fn) {
    return m_database->write(std::forward<Fn>(fn));
  }

  NewAccount cadreAccount() const {
    NewAccount a;
    a.role = domain::Role::Cadre;
    a.loginName = "张明";
    a.unitId = jxjId;
    a.regionId = cityId;
    a.cadreId = cadreId;
    a.passwordHash = "hash";
    a.createdAt = kTestEpoch;
    return a;
  }

  NewAccount enterpriseAccount() const {
    NewAccount a;
    a.role = domain::Role::Enterprise;
    a.loginName = "十堰市鑫源汽车零部件有限公司";
    a.regionId = countyId;
    a.enterpriseId = enterpriseId;
    a.industryGroupId = groupId;
    a.mobile = "13912345678";
    a.passwordHash = "hash";
    a.createdAt = kTestEpoch;
    return a;
  }

  std::unique_ptr<db::Database> m_database;
  long long cityId = 0, countyId = 0, jxjId = 0, swjId = 0, countyUnitId = 0, groupId = 0, cadreId = 0,
            enterpriseId = 0;
};

}  // namespace qinqing::backend::testsupport
