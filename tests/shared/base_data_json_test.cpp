#include "qinqing/wire/base_data_json.hpp"

#include <gtest/gtest.h>

using namespace qinqing::domain;
namespace wire = qinqing::wire;
using nlohmann::json;

TEST(BaseDataJson, CadreDetailIsTheSummaryPlusItsEnterprises) {
  CadreDetail detail{{7, "张明", {1, "十堰市经信局"}, {1, "十堰市"}, "副局长", "139****1234", "zm@shiyan.gov.cn", 2},
                     {{1, "十堰市鑫源汽车零部件有限公司"}, {9, "林𠀀商贸有限公司"}}};
  json j = wire::cadreDetailToJson(detail);
  EXPECT_EQ(j["mobile_masked"], "139****1234");
  EXPECT_EQ(j["enterprise_count"], 2);
  EXPECT_EQ(j["enterprises"][1]["name"], "林𠀀商贸有限公司");
  auto back = wire::cadreDetailFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), detail);
  j.erase("enterprises");
  EXPECT_FALSE(wire::cadreDetailFromJson(j).ok());
}

TEST(BaseDataJson, AssignmentsRoundTripWithNulls) {
  std::vector<CadreAssignment> items = {
      {3, std::nullopt, std::nullopt, "2026-03-02T09:01:00+08:00", NamedRef{5, "sysadmin"}, "暂停包联"},
      {1, NamedRef{7, "张明"}, NamedRef{1, "十堰市经信局"}, "2026-03-02T09:00:00+08:00", std::nullopt, "初始分配"},
  };
  json j = wire::cadreAssignmentsToJson(items);
  EXPECT_TRUE(j["items"][0]["cadre"].is_null());
  EXPECT_TRUE(j["items"][1]["assigned_by"].is_null());
  EXPECT_EQ(j["items"][1]["cadre_unit"]["name"], "十堰市经信局");
  auto back = wire::cadreAssignmentsFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), items);
  EXPECT_FALSE(wire::cadreAssignmentsFromJson(json::array()).ok());
  EXPECT_FALSE(wire::cadreAssignmentsFromJson(json{{"items", {{{"note", "x"}}}}}).ok());
}

TEST(BaseDataJson, RevealRequestKnowsExactlyTheTwoFields) {
  for (auto field : {EnterpriseMobileField::LiaisonMobile, EnterpriseMobileField::LegalRepMobile}) {
    auto back = wire::revealRequestFromJson(wire::revealRequestToJson(field));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), field);
  }
  EXPECT_EQ(wire::revealRequestToJson(EnterpriseMobileField::LiaisonMobile), json({{"field", "liaison_mobile"}}));
  for (const json& bad : {json{{"field", "mobile"}}, json{{"field", 1}}, json::object(), json::array()}) {
    auto r = wire::revealRequestFromJson(bad);
    ASSERT_FALSE(r.ok()) << bad.dump();
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    ASSERT_EQ(r.error().fields.size(), 1u);
    EXPECT_EQ(r.error().fields[0].field, "field");
  }
  EXPECT_EQ(wire::revealedMobileFromJson(wire::revealedMobileToJson("13812341234")).value(), "13812341234");
  EXPECT_FALSE(wire::revealedMobileFromJson(json{{"value", 1}}).ok());
}
