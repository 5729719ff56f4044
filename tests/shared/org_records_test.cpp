#include <gtest/gtest.h>

#include <cctype>

#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/validation/uscc.hpp"
#include "qinqing/wire/org_json.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

namespace {
EnterpriseEdit validEdit() {
  std::string first17 = "91420300MA4ABCDE0";
  EnterpriseEdit e;
  e.uscc = first17 + *usccCheckChar(first17);
  e.address = "湖北省十堰市茅箭区北京中路 1 号";
  e.legalRep = "王喆";
  e.legalRepMobile = "13871234567";
  e.liaison = "李堃";
  e.liaisonMobile = "13987654321";
  e.intro = "汽车零部件制造";
  return e;
}
}  // namespace

TEST(EnterpriseEdit, AValidRecordPasses) {
  EnterpriseEdit e = validEdit();
  EXPECT_TRUE(validateEnterpriseEdit(e).ok());
}

TEST(EnterpriseEdit, EveryProblemIsReportedAtOnce) {
  EnterpriseEdit e = validEdit();
  e.uscc[17] = e.uscc[17] == '0' ? '1' : '0';  // corrupt the check character
  e.liaison.clear();
  e.liaisonMobile = "12345";
  e.legalRepMobile = "023-8111697";
  auto s = validateEnterpriseEdit(e);
  ASSERT_FALSE(s.ok());
  std::vector<std::string> fields;
  for (const auto& f : s.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"uscc", "legal_rep_mobile", "liaison", "liaison_mobile"}));
}

TEST(EnterpriseEdit, UsccIsNormalisedBeforeChecking) {
  EnterpriseEdit e = validEdit();
  std::string typed = e.uscc;
  for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  e.uscc = " " + typed + " ";
  EXPECT_TRUE(validateEnterpriseEdit(e).ok());
  EXPECT_EQ(e.uscc, validEdit().uscc);
}

TEST(EnterpriseEdit, OnlyTheEnterpriseAndItsCadreMayEdit) {
  for (Role r : kAllRoles) EXPECT_EQ(roleMayEditEnterprise(r), r == Role::Cadre || r == Role::Enterprise);
}

TEST(Paging, RequestsAreClampedAndUnknownSortsDropped) {
  PageRequest r{"  鑫源  ", "password_hash", true, 0, 5000};
  PageRequest n = normalizePageRequest(r, {"name", "uscc"});
  EXPECT_EQ(n.query, "鑫源");
  EXPECT_EQ(n.sort, "");
  EXPECT_EQ(n.page, 1);
  EXPECT_EQ(n.pageSize, kMaxPageSize);
  EXPECT_EQ(pageCount(0, 20), 1);
  EXPECT_EQ(pageCount(41, 20), 3);
  EXPECT_EQ(pageOffset(PageRequest{"", "", false, 3, 20}), 40);
}

TEST(OrgJson, PageRequestSurvivesTheQueryString) {
  PageRequest r{"十堰 汽车&配件", "name", true, 2, 50};
  std::string q = wire::pageRequestToQuery(r);
  EXPECT_EQ(q.find(' '), std::string::npos);
  EXPECT_EQ(q.find("汽"), std::string::npos);  // percent-encoded UTF-8
  std::map<std::string, std::string> params = {{"q", r.query}, {"sort", "name"}, {"order", "desc"}, {"page", "2"}, {"page_size", "50"}};
  EXPECT_EQ(wire::pageRequestFromParams(params), r);
  EXPECT_EQ(wire::pageRequestFromParams({{"page", "-3"}, {"page_size", "abc"}}).page, 1);
}

TEST(OrgJson, EnterpriseRecordRoundTrips) {
  EnterpriseRecord r;
  r.id = 7;
  r.name = "十堰市鑫源汽车零部件有限公司";
  r.uscc = validEdit().uscc;
  r.region = {2, "茅箭区"};
  r.industryGroup = NamedRef{1, "经信"};
  r.cadre = NamedRef{3, "张明"};
  r.liaisonMobile = "139****4321";
  auto back = wire::enterpriseRecordFromJson(wire::enterpriseRecordToJson(r));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), r);
  Page<CadreSummary> page;
  page.items.push_back({1, "张明", {1, "十堰市经信局"}, {1, "十堰市"}, "副局长", "156****6476", "a@b.cn", 5});
  page.total = 101;
  auto decoded = wire::pageFromJson<CadreSummary>(wire::pageToJson(page, wire::cadreSummaryToJson), wire::cadreSummaryFromJson);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().items, page.items);
  EXPECT_EQ(decoded.value().total, 101);
}
