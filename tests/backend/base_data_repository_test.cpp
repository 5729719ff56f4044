// The base-data reads of EnterpriseRepository and CadreRepository: scoped paged lists (search with
// LIKE's special characters, filters, every sort key, clamping), single records, edits and the
// assignment history. Scope itself is scope_test.cpp's business; here the conditions are given.
#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include "base_data_fixture.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"

using namespace qinqing::backend;
using qinqing::domain::normalizePageRequest;
using qinqing::domain::PageRequest;
using IdList = std::vector<long long>;

namespace {

const db::SqlCondition kAll{};

class BaseDataRepositoryTest : public testsupport::BaseDataTest {
protected:
  qinqing::domain::Page<qinqing::domain::EnterpriseRecord> enterprises(EnterpriseListQuery q,
                                                                      const db::SqlCondition& scope = kAll) {
    q.page = normalizePageRequest(q.page, enterpriseSortKeys());
    return with([&](SQLite::Database& c) { return EnterpriseRepository(c).list(q, scope); });
  }
  IdList enterpriseIds(EnterpriseListQuery q, const db::SqlCondition& scope = kAll) {
    IdList ids;
    for (const auto& r : enterprises(std::move(q), scope).items) ids.push_back(r.id);
    return ids;
  }
  static EnterpriseListQuery search(std::string text) {
    EnterpriseListQuery q;
    q.page.query = std::move(text);
    return q;
  }
  static EnterpriseListQuery sorted(std::string key, bool descending = false) {
    EnterpriseListQuery q;
    q.page.sort = std::move(key);
    q.page.descending = descending;
    return q;
  }
  IdList cadreIds(CadreListQuery q, const db::SqlCondition& scope = kAll) {
    q.page = normalizePageRequest(q.page, cadreSortKeys());
    auto page = with([&](SQLite::Database& c) { return CadreRepository(c).list(q, scope); });
    IdList ids;
    for (const auto& r : page.items) ids.push_back(r.id);
    return ids;
  }
};

TEST_F(BaseDataRepositoryTest, ListsByNameWithJoinedNamesAndFullMobiles) {
  auto page = enterprises({});
  EXPECT_EQ(page.total, 6);
  EXPECT_EQ(page.page, 1);
  EXPECT_EQ(page.pageSize, 20);
  // Code-point order of the names: 十 (U+5341) < 张 (U+5F20) < 茅 (U+8305).
  EXPECT_EQ(enterpriseIds({}), (IdList{e4, e1, e6, e2, e5, e3}));
  const auto& first = page.items.front();
  EXPECT_EQ(first.name, "十堰市金鼎机械制造有限公司");
  EXPECT_EQ(first.region.name, "十堰市");
  EXPECT_EQ(first.industryGroup->name, "经信");
  EXPECT_EQ(first.cadre->name, "陈镕");
  EXPECT_EQ(first.cadreUnit->name, "十堰市商务局");
  EXPECT_EQ(first.liaisonMobile, "13900000004");  // masking is the service's decision
  const auto& unassigned = page.items[4];
  EXPECT_FALSE(unassigned.cadre.has_value());
  EXPECT_FALSE(unassigned.cadreUnit.has_value());
  EXPECT_FALSE(unassigned.industryGroup.has_value());
}

TEST_F(BaseDataRepositoryTest, SearchMatchesNameOrUsccAndTakesLikeCharactersLiterally) {
  EXPECT_EQ(enterpriseIds(search("鑫源汽车")), (IdList{e1}));
  EXPECT_EQ(enterpriseIds(search("有限公司")).size(), 6u);
  EXPECT_EQ(enterpriseIds(search(testsupport::validUscc("000003").substr(0, 17))), (IdList{e3}));
  EXPECT_EQ(enterpriseIds(search("91420303ma4000002")), (IdList{e2}));  // LIKE ignores ASCII case
  EXPECT_EQ(enterpriseIds(search("%")), (IdList{e6}));
  EXPECT_EQ(enterpriseIds(search("_")), (IdList{e6}));
  EXPECT_EQ(enterpriseIds(search("\\")), (IdList{e6}));
  EXPECT_EQ(enterpriseIds(search("100%_精密")), (IdList{e6}));
  EXPECT_EQ(enterpriseIds(search("0%_")), (IdList{e6}));
  EXPECT_EQ(enterpriseIds(search("鑫%")), IdList{});
  EXPECT_EQ(enterprises(search("不存在")).total, 0);
}

TEST_F(BaseDataRepositoryTest, FiltersCombineWithEachOtherAndWithTheScope) {
  EnterpriseListQuery q;
  q.regionId = zhangwanId;
  EXPECT_EQ(enterpriseIds(q), (IdList{e6, e2, e5}));
  q.industryGroupId = industryId;
  EXPECT_EQ(enterpriseIds(q), (IdList{e6}));
  q = {};
  q.cadreId = wangFang;
  EXPECT_EQ(enterpriseIds(q), (IdList{e2, e3}));
  const db::SqlCondition maojianOnly{"e.region_id = ?", {maojianId}};
  EXPECT_EQ(enterpriseIds(q, maojianOnly), (IdList{e3}));
  EXPECT_EQ(enterprises(q, maojianOnly).total, 1);
}

TEST_F(BaseDataRepositoryTest, EverySortKeyInBothDirections) {
  EXPECT_EQ(enterpriseIds(sorted("uscc")), (IdList{e1, e2, e3, e4, e5, e6}));
  EXPECT_EQ(enterpriseIds(sorted("uscc", true)), (IdList{e6, e5, e4, e3, e2, e1}));
  EXPECT_EQ(enterpriseIds(sorted("name", true)), (IdList{e3, e5, e2, e6, e1, e4}));
  // Regions in display order (city, 茅箭区, 张湾区), then by name.
  EXPECT_EQ(enterpriseIds(sorted("region")), (IdList{e4, e1, e3, e6, e2, e5}));
  EXPECT_EQ(enterpriseIds(sorted("region", true)), (IdList{e6, e2, e5, e1, e3, e4}));
  // Enterprises without a group or a cadre come last in either direction.
  EXPECT_EQ(enterpriseIds(sorted("industry_group")), (IdList{e4, e1, e6, e2, e3, e5}));
  EXPECT_EQ(enterpriseIds(sorted("industry_group", true)), (IdList{e2, e3, e4, e1, e6, e5}));
  // 张 (U+5F20) < 李 (U+674E) < 王 (U+738B) < 陈 (U+9648).
  EXPECT_EQ(enterpriseIds(sorted("cadre")), (IdList{e1, e6, e2, e3, e4, e5}));
  EXPECT_EQ(enterpriseIds(sorted("cadre", true)), (IdList{e4, e2, e3, e6, e1, e5}));
  // An unknown key falls back to the default order (normalizePageRequest clears it).
  EXPECT_EQ(enterpriseIds(sorted("liaison_mobile")), enterpriseIds({}));
}

TEST_F(BaseDataRepositoryTest, PagesAreDisjointAndAPagePastTheEndIsTheLastPage) {
  EnterpriseListQuery q;
  q.page.pageSize = 4;
  q.page.page = 2;
  auto second = enterprises(q);
  EXPECT_EQ(second.page, 2);
  EXPECT_EQ(second.total, 6);
  ASSERT_EQ(second.items.size(), 2u);
  EXPECT_EQ(second.items[0].id, e5);
  q.page.page = 99;
  auto past = enterprises(q);
  EXPECT_EQ(past.page, 2);
  EXPECT_EQ(past.items.size(), 2u);
  // An empty list stays on page 1.
  auto none = enterprises(q, db::SqlCondition{"0", {}});
  EXPECT_EQ(none.page, 1);
  EXPECT_EQ(none.total, 0);
  EXPECT_TRUE(none.items.empty());
}

TEST_F(BaseDataRepositoryTest, FindHonoursTheScope) {
  with([&](SQLite::Database& c) {
    EnterpriseRepository repo(c);
    EXPECT_EQ(repo.find(e2, kAll)->name, "张湾区恒达商贸有限公司");
    EXPECT_TRUE(repo.find(e2, {"e.cadre_id = ?", {wangFang}}).has_value());
    EXPECT_FALSE(repo.find(e2, {"e.cadre_id = ?", {zhangMing}}).has_value());
    EXPECT_FALSE(repo.find(999, kAll).has_value());
  });
}

TEST_F(BaseDataRepositoryTest, UpdateChangesTheEditableFieldsOnly) {
  with([&](SQLite::Database& c) {
    EnterpriseRepository repo(c);
    qinqing::domain::EnterpriseEdit edit{testsupport::validUscc("000099"), "湖北省十堰市茅箭区北京路 1 号", "王喆",
                                         "13871234567", "李堃", "13987654321", "汽车零部件"};
    repo.update(e1, edit);
    auto after = repo.find(e1, kAll);
    EXPECT_EQ(after->uscc, edit.uscc);
    EXPECT_EQ(after->legalRep, "王喆");
    EXPECT_EQ(after->liaisonMobile, "13987654321");
    EXPECT_EQ(after->name, "十堰市鑫源汽车零部件有限公司");
    EXPECT_EQ(after->cadre->id, zhangMing);
    EXPECT_EQ(repo.findIdByUscc(edit.uscc), e1);
    EXPECT_FALSE(repo.findIdByUscc(testsupport::validUscc("000001")).has_value());
    edit.uscc = testsupport::validUscc("000002");  // e2's code
    EXPECT_THROW(repo.update(e1, edit), SQLite::Exception);
  });
}

TEST_F(BaseDataRepositoryTest, AssignmentHistoryIsNewestFirst) {
  with([&](SQLite::Database& c) {
    NewAccount admin;
    admin.role = qinqing::domain::Role::SystemAdmin;
    admin.loginName = "sysadmin";
    admin.passwordHash = "hash";
    admin.createdAt = testsupport::kTestEpoch;
    const long long adminId = AccountRepository(c).insert(admin);
    EnterpriseRepository repo(c);
    SQLite::Transaction tx(c);
    repo.assignCadre(e1, chenRong, testsupport::kTestEpoch + 60, adminId, "调整包联");
    repo.assignCadre(e1, std::nullopt, testsupport::kTestEpoch + 60, adminId, "暂停包联");
    tx.commit();
    auto history = repo.assignments(e1);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_FALSE(history[0].cadre.has_value());  // same second: the later row first
    EXPECT_EQ(history[0].note, "暂停包联");
    EXPECT_EQ(history[1].cadre->name, "陈镕");
    EXPECT_EQ(history[1].cadreUnit->name, "十堰市商务局");
    EXPECT_EQ(history[1].assignedBy->name, "sysadmin");
    EXPECT_EQ(history[1].assignedAt, "2026-03-02T09:01:00+08:00");
    EXPECT_EQ(history[2].cadre->name, "张明");
    EXPECT_FALSE(history[2].assignedBy.has_value());
    EXPECT_TRUE(repo.assignments(999).empty());
  });
}

TEST_F(BaseDataRepositoryTest, CadresListWithCountsMaskedMobilesAndFilters) {
  auto page = with([&](SQLite::Database& c) {
    CadreListQuery q;
    q.page = normalizePageRequest({}, cadreSortKeys());
    return CadreRepository(c).list(q, kAll);
  });
  EXPECT_EQ(page.total, 5);
  ASSERT_EQ(page.items.front().id, zhangMing);  // 张 < 李 < 王 < 赵 < 陈
  EXPECT_EQ(page.items.front().mobileMasked, "139****1234");
  EXPECT_EQ(page.items.front().unit.name, "十堰市经信局");
  EXPECT_EQ(page.items.front().region.name, "十堰市");
  EXPECT_EQ(page.items.front().enterpriseCount, 1);

  CadreListQuery q;
  q.page.sort = "enterprise_count";
  q.page.descending = true;
  EXPECT_EQ(cadreIds(q), (IdList{wangFang, zhangMing, liWei, chenRong, zhaoKong}));  // ties by name
  q.page.sort = "unit";
  q.page.descending = false;
  EXPECT_EQ(cadreIds(q), (IdList{zhangMing, zhaoKong, chenRong, wangFang, liWei}));
  q.page.sort = "title";
  EXPECT_EQ(cadreIds(q).front(), liWei);  // 一级主任科员 (U+4E00) first
  q = {};
  q.unitId = jxjId;
  EXPECT_EQ(cadreIds(q), (IdList{zhangMing, zhaoKong}));
  q = {};
  q.page.query = "茅箭区";  // the unit's name
  EXPECT_EQ(cadreIds(q), (IdList{wangFang}));
  q.page.query = "科长";    // the title
  EXPECT_EQ(cadreIds(q), (IdList{chenRong}));
  q.page.query = "%";
  EXPECT_EQ(cadreIds(q), IdList{});
  EXPECT_EQ(cadreIds({}, {"c.unit_id = ?", {jxjId}}), (IdList{zhangMing, zhaoKong}));
}

TEST_F(BaseDataRepositoryTest, ACadresEnterprisesWithinAnEnterpriseScope) {
  with([&](SQLite::Database& c) {
    CadreRepository cadres(c);
    EXPECT_EQ(cadres.find(wangFang, kAll)->enterpriseCount, 2);
    EXPECT_FALSE(cadres.find(wangFang, {"c.unit_id = ?", {jxjId}}).has_value());
    auto all = cadres.enterprisesOf(wangFang, kAll);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].name, "张湾区恒达商贸有限公司");
    auto scoped = cadres.enterprisesOf(wangFang, {"e.region_id = ?", {maojianId}});
    ASSERT_EQ(scoped.size(), 1u);
    EXPECT_EQ(scoped[0].id, e3);
    EXPECT_TRUE(cadres.enterprisesOf(zhaoKong, kAll).empty());
  });
}

}  // namespace
