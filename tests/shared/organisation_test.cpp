// The organisation forms of 组织机构 and the cadre roster (qinqing/org/organisation.hpp) and their
// wire form (qinqing/wire/org_admin_json.hpp).
#include <gtest/gtest.h>

#include "qinqing/org/organisation.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

namespace {
CadreForm validCadre() { return {3, "欧阳晓雯", "副局长", "13612345678", "oyxw@zhuxi.gov.cn", false}; }
}  // namespace

TEST(TrimmedText, RemovesAsciiAndFullWidthSpacesAtBothEndsOnly) {
  EXPECT_EQ(trimmedText("　 十堰市 经信局\t　"), "十堰市 经信局");
  EXPECT_EQ(trimmedText("　"), "");
  EXPECT_EQ(trimmedText(""), "");
  EXPECT_EQ(trimmedText("张明"), "张明");
}

TEST(UnitForm, NameRequiredTrimmedAndBounded) {
  UnitForm form{2, " 茅箭区数据局　"};
  EXPECT_TRUE(validateUnitForm(form, true).ok());
  EXPECT_EQ(form.name, "茅箭区数据局");

  UnitForm empty{0, "　"};
  auto s = validateUnitForm(empty, true);
  EXPECT_EQ(fieldsOf(s), (std::vector<std::string>{"region_id", "name"}));
  EXPECT_EQ(s.error().fields[0].message, "请选择所属区域");
  EXPECT_EQ(s.error().fields[1].message, "请填写单位名称");

  UnitForm rename{0, "某单位"};
  EXPECT_TRUE(validateUnitForm(rename, false).ok());  // a rename names no region

  std::string fifty;
  for (int i = 0; i < 50; ++i) fifty += "局";
  UnitForm longest{1, fifty};
  EXPECT_TRUE(validateUnitForm(longest, true).ok());  // characters, not bytes
  UnitForm tooLong{1, fifty + "局"};
  EXPECT_EQ(validateUnitForm(tooLong, true).error().fields[0].message, "单位名称不能超过50个字");
}

TEST(CadreForm, AValidCadrePassesTrimmed) {
  CadreForm f = validCadre();
  f.name = "　欧阳晓雯 ";
  f.mobile = " 13612345678 ";
  EXPECT_TRUE(validateCadreForm(f, true).ok());
  EXPECT_EQ(f.name, "欧阳晓雯");
  EXPECT_EQ(f.mobile, "13612345678");
  CadreForm noEmail = validCadre();
  noEmail.email.clear();
  noEmail.title.clear();
  EXPECT_TRUE(validateCadreForm(noEmail, true).ok());
}

TEST(CadreForm, EveryProblemAtOnceInChinese) {
  CadreForm f{0, "", std::string(51, 'x'), "1361234", "oyxw@", false};
  auto s = validateCadreForm(f, true);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(fieldsOf(s), (std::vector<std::string>{"unit_id", "name", "title", "mobile", "email"}));
  EXPECT_EQ(s.error().fields[0].message, "请选择所属单位");
  EXPECT_EQ(s.error().fields[1].message, "请填写姓名");
  EXPECT_EQ(s.error().fields[2].message, "职务不能超过50个字");
  EXPECT_EQ(s.error().fields[3].message, "手机号应为11位手机号码");
  EXPECT_EQ(s.error().fields[4].message, "邮箱格式不正确");
  CadreForm noMobile = validCadre();
  noMobile.mobile.clear();
  EXPECT_EQ(validateCadreForm(noMobile, true).error().fields[0].message, "请填写手机号");
  // An edit may leave the mobile empty: the stored number (shown masked) stays.
  EXPECT_TRUE(validateCadreForm(noMobile, false).ok());
}

TEST(CadreReassignmentRoles, UnitAndCountyAdministratorsAndTheSystemAdministrator) {
  for (Role r : kAllRoles) {
    EXPECT_EQ(roleMayReassignCadre(r), r == Role::UnitAdmin || r == Role::CountyAdmin || r == Role::SystemAdmin);
  }
}

TEST(RegionKind, OneKeyAndLabelPerKind) {
  EXPECT_EQ(regionKindLabel(RegionKind::City), "市级");
  EXPECT_EQ(regionKindLabel(RegionKind::County), "县市区");
  EXPECT_EQ(regionKindLabel(RegionKind::Zone), "功能区");
  for (const auto kind : kAllRegionKinds) EXPECT_EQ(regionKindFromKey(regionKindKey(kind)), kind);
  EXPECT_EQ(regionKindFromKey("district"), std::nullopt);
  EXPECT_FALSE(isSubdivision(RegionKind::City));
  EXPECT_TRUE(isSubdivision(RegionKind::County));
  EXPECT_TRUE(isSubdivision(RegionKind::Zone));
}

TEST(OrgAdminJson, RefusesARegionOfUnknownKind) {
  EXPECT_FALSE(wire::regionRowFromJson({{"id", 3}, {"name", "某区"}, {"kind", "district"}, {"unit_count", 0}}).ok());
}

TEST(OrgAdminJson, RoundTrips) {
  std::vector<RegionRow> regions = {{1, "十堰市", RegionKind::City, 17}, {2, "茅箭区", RegionKind::County, 2}};
  auto r = wire::regionRowsFromJson(wire::regionRowsToJson(regions));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), regions);
  EXPECT_EQ(wire::regionRowsToJson(regions)["items"][1]["kind_name"], "县市区");

  UnitRow unit{7, "茅箭区经信局", {2, "茅箭区"}, 4};
  EXPECT_EQ(wire::unitRowFromJson(wire::unitRowToJson(unit)).value(), unit);

  std::vector<IndustryGroupRow> groups = {{1, "industry", "经信", NamedRef{1, "十堰市经信局"}, 210},
                                          {2, "other", "其他", std::nullopt, 0}};
  EXPECT_EQ(wire::industryGroupRowsFromJson(wire::industryGroupRowsToJson(groups)).value(), groups);

  UnitForm create{2, "茅箭区数据局"};
  EXPECT_EQ(wire::unitFormFromJson(wire::unitFormToJson(create)).value(), create);
  EXPECT_FALSE(wire::unitFormToJson(UnitForm{0, "更名"}).contains("region_id"));

  CadreForm cadre = validCadre();
  cadre.contactIsProxy = true;
  EXPECT_EQ(wire::cadreFormFromJson(wire::cadreFormToJson(cadre)).value(), cadre);
}

TEST(OrgAdminJson, MistypedRequestFieldsReadAsEmptySoTheValidatorSpeaks) {
  auto form = wire::cadreFormFromJson(nlohmann::json{{"unit_id", "3"}, {"name", 12}, {"mobile", nullptr}});
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value().unitId, 0);
  EXPECT_EQ(form.value().name, "");
  EXPECT_FALSE(wire::cadreFormFromJson(nlohmann::json::array()).ok());
  EXPECT_FALSE(wire::unitFormFromJson(nlohmann::json("x")).ok());
  EXPECT_FALSE(wire::regionRowsFromJson(nlohmann::json{{"items", {{{"name", "无编号"}}}}}).ok());
}
