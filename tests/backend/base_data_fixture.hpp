// A migrated in-memory database with an organisation small enough to know every scope by heart:
//
//   十堰市 (city):   十堰市经信局 (cadres 张明, 赵空 — 赵空 serves nobody), 十堰市商务局 (陈镕)
//   茅箭区 (county): 茅箭区经信局 (王芳)
//   张湾区 (county): 张湾区经信局 (李伟)
//   industry groups 经信, 商务
//
//   enterprise                     region   group  cadre
//   e1 十堰市鑫源汽车零部件有限公司  茅箭区   经信   张明   (a city cadre serving a county enterprise)
//   e2 张湾区恒达商贸有限公司        张湾区   商务   王芳   (a 茅箭区 cadre serving a 张湾区 enterprise)
//   e3 茅箭区宏远百货有限公司        茅箭区   商务   王芳
//   e4 十堰市金鼎机械制造有限公司    十堰市   经信   陈镕
//   e5 张湾区瑞丰物流有限公司        张湾区   —      —
//   e6 张湾区100%_精密\铸造有限公司  张湾区   经信   李伟   (LIKE's special characters in a name)
//
// Scope, repository and service tests build on it; each enterprise has one assignment row.
#pragma once

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include "auth/auth_context.hpp"
#include "qinqing/validation/uscc.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/organisation_repository.hpp"
#include "test_support.hpp"

namespace qinqing::backend::testsupport {

// A valid 统一社会信用代码 ending in the given six digits (division 420303).
inline std::string validUscc(const std::string& sixDigits) {
  const std::string first17 = "91420303MA4" + sixDigits;
  return first17 + *domain::usccCheckChar(first17);
}

class BaseDataTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_database = migratedMemoryDatabase();
    m_database->write([this](SQLite::Database& c) {
      OrganisationRepository org(c);
      cityId = org.insertRegion({"十堰市", domain::RegionKind::City, std::nullopt, 0});
      maojianId = org.insertRegion({"茅箭区", domain::RegionKind::County, cityId, 1});
      zhangwanId = org.insertRegion({"张湾区", domain::RegionKind::County, cityId, 2});
      jxjId = org.insertUnit({cityId, "十堰市经信局", 0});
      swjId = org.insertUnit({cityId, "十堰市商务局", 1});
      maojianUnitId = org.insertUnit({maojianId, "茅箭区经信局", 2});
      zhangwanUnitId = org.insertUnit({zhangwanId, "张湾区经信局", 3});
      industryId = org.insertIndustryGroup({"industry", "经信", jxjId, 0});
      commerceId = org.insertIndustryGroup({"commerce", "商务", swjId, 1});

      CadreRepository cadres(c);
      zhangMing = cadres.insert({jxjId, "张明", "副局长", "13907191234", false, "zm@shiyan.gov.cn"});
      zhaoKong = cadres.insert({jxjId, "赵空", "科员", "13907190000", false, ""});
      chenRong = cadres.insert({swjId, "陈镕", "科长", "13807195678", false, ""});
      wangFang = cadres.insert({maojianUnitId, "王芳", "局长", "13607191111", false, ""});
      liWei = cadres.insert({zhangwanUnitId, "李伟", "一级主任科员", "13507192222", false, ""});

      SQLite::Transaction tx(c);
      e1 = enterprise(c, "十堰市鑫源汽车零部件有限公司", "000001", maojianId, industryId, zhangMing);
      e2 = enterprise(c, "张湾区恒达商贸有限公司", "000002", zhangwanId, commerceId, wangFang);
      e3 = enterprise(c, "茅箭区宏远百货有限公司", "000003", maojianId, commerceId, wangFang);
      e4 = enterprise(c, "十堰市金鼎机械制造有限公司", "000004", cityId, industryId, chenRong);
      e5 = enterprise(c, "张湾区瑞丰物流有限公司", "000005", zhangwanId, std::nullopt, std::nullopt);
      e6 = enterprise(c, "张湾区100%_精密\\铸造有限公司", "000006", zhangwanId, industryId, liWei);
      tx.commit();
    });
  }

  template <typename Fn>
  auto with(Fn&& fn) {
    return m_database->write(std::forward<Fn>(fn));
  }

  // The AuthContext of an account of this role placed at the given ids.
  static auth::AuthContext who(domain::Role role) {
    auth::AuthContext a;
    a.accountId = 1;
    a.role = role;
    a.loginName = std::string(domain::roleKey(role));
    return a;
  }
  auth::AuthContext enterpriseUser() const {
    auto a = who(domain::Role::Enterprise);
    a.enterpriseId = e1;
    a.regionId = maojianId;
    a.industryGroupId = industryId;
    return a;
  }
  auth::AuthContext cadreUser() const {
    auto a = who(domain::Role::Cadre);
    a.cadreId = zhangMing;
    a.unitId = jxjId;
    a.regionId = cityId;
    return a;
  }
  auth::AuthContext unitAdmin() const {
    auto a = who(domain::Role::UnitAdmin);
    a.unitId = jxjId;
    a.regionId = cityId;
    return a;
  }
  auth::AuthContext countyAdmin(long long regionId) const {
    auto a = who(domain::Role::CountyAdmin);
    a.regionId = regionId;
    return a;
  }
  auth::AuthContext industryDispatcher() const {
    auto a = who(domain::Role::IndustryDispatcher);
    a.industryGroupId = industryId;
    a.unitId = jxjId;
    a.regionId = cityId;
    return a;
  }

  std::unique_ptr<db::Database> m_database;
  long long cityId = 0, maojianId = 0, zhangwanId = 0, jxjId = 0, swjId = 0, maojianUnitId = 0, zhangwanUnitId = 0;
  long long industryId = 0, commerceId = 0;
  long long zhangMing = 0, zhaoKong = 0, chenRong = 0, wangFang = 0, liWei = 0;
  long long e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;

private:
  long long enterprise(SQLite::Database& c, const std::string& name, const std::string& code, long long regionId,
                       std::optional<long long> groupId, std::optional<long long> cadreId) {
    EnterpriseRepository enterprises(c);
    const long long id = enterprises.insert({name, validUscc(code), regionId, groupId, "法人" + code, "1380000" + code.substr(2),
                                             "联络员" + code, "1390000" + code.substr(2), "湖北省十堰市", "简介"});
    if (cadreId) enterprises.assignCadre(id, cadreId, kTestEpoch, std::nullopt, "初始分配");
    return id;
  }
};

}  // namespace qinqing::backend::testsupport
