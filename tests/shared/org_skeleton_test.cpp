// The organisation skeleton `qinqing init` starts from (qinqing/org/org_skeleton.hpp), the shipped
// file itself, region forms, and a cadre's change of unit (qinqing/org/cadre_transfer.hpp).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "qinqing/org/cadre_transfer.hpp"
#include "qinqing/org/organisation.hpp"
#include "qinqing/org/org_skeleton.hpp"
#include "qinqing/wire/cadre_transfer_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "qinqing/wire/org_skeleton_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

namespace {

OrganisationSkeleton small() {
  OrganisationSkeleton s;
  s.city = "十堰市";
  s.regions = {{"茅箭区", RegionKind::County}, {"十堰经济技术开发区", RegionKind::Zone}};
  s.units = {{"十堰市", "十堰市经信局"}, {"茅箭区", "茅箭区经信局"}};
  s.industryGroups = {{"industry", "经信", "十堰市经信局"}};
  s.administrators = {{Role::SystemAdmin, "sysadmin", "系统管理员"},
                      {Role::SecurityAdmin, "secadmin", "安全管理员"},
                      {Role::AuditAdmin, "auditadmin", "审计管理员"}};
  return s;
}

}  // namespace

TEST(OrgSkeleton, AValidSkeletonPassesAndRoundTrips) {
  const auto s = small();
  EXPECT_TRUE(validateSkeleton(s).ok());
  auto back = wire::skeletonFromJson(wire::skeletonToJson(s));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), s);
}

TEST(OrgSkeleton, NamesEveryProblemWithItsPath) {
  auto s = small();
  s.regions.push_back({"茅箭区", regionKindFromKey("district")});  // an unknown key in the file
  s.units.push_back({"房县", "房县经信局"});
  s.industryGroups.push_back({"industry", "住建", "十堰市住建局"});
  s.administrators.pop_back();
  EXPECT_EQ(fieldsOf(validateSkeleton(s)),
            (std::vector<std::string>{"regions[2].kind", "regions[2].name", "units[2].region", "industry_groups[1].key",
                                      "industry_groups[1].unit", "administrators"}));
  auto twice = small();
  twice.administrators[1].role = Role::SystemAdmin;
  EXPECT_FALSE(validateSkeleton(twice).ok());
  auto inspector = small();
  inspector.administrators[2].role = Role::Inspector;
  EXPECT_FALSE(validateSkeleton(inspector).ok());
  EXPECT_FALSE(wire::skeletonFromJson(nlohmann::json{{"city", "十堰市"}}).ok());
}

// The file `qinqing init` ships with: 十堰's eight counties and districts, two zones, the six groups.
TEST(OrgSkeleton, TheShippedFileIsValid) {
  std::ifstream in(QINQING_SKELETON_FILE);
  std::stringstream text;
  text << in.rdbuf();
  auto json = nlohmann::json::parse(text.str(), nullptr, false);
  ASSERT_FALSE(json.is_discarded());
  auto s = wire::skeletonFromJson(json);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(validateSkeleton(s.value()).ok());
  EXPECT_EQ(s.value().city, "十堰市");
  int counties = 0;
  for (const auto& r : s.value().regions) counties += r.kind == RegionKind::County;
  EXPECT_EQ(counties, 8);
  EXPECT_EQ(s.value().regions.size(), 10u);
  EXPECT_EQ(s.value().industryGroups.size(), 6u);
}

TEST(RegionForm, NameAndKind) {
  RegionForm blank{"　", RegionKind::City};  // the city is not added from 组织机构
  EXPECT_EQ(fieldsOf(validateRegionForm(blank, true)), (std::vector<std::string>{"name", "kind"}));
  RegionForm rename{" 十堰新区 ", std::nullopt};
  EXPECT_TRUE(validateRegionForm(rename, false).ok());
  EXPECT_EQ(rename.name, "十堰新区");
  EXPECT_EQ(wire::regionFormFromJson(wire::regionFormToJson({"某区", RegionKind::Zone})).value(), (RegionForm{"某区", RegionKind::Zone}));
  EXPECT_EQ(wire::regionFormFromJson(nlohmann::json{{"name", "某区"}, {"kind", "district"}}).value().kind, std::nullopt);
  RegionRow row{5, "十堰新区", RegionKind::County, 2};
  EXPECT_EQ(wire::regionRowFromJson(wire::regionRowToJson(row)).value(), row);
}

TEST(CadreTransfer, DecisionsAndStatuses) {
  CadreTransferDecision decline{false, "  "};
  EXPECT_EQ(fieldsOf(validateCadreTransferDecision(decline)), std::vector<std::string>{"note"});
  CadreTransferDecision approve{true, ""};
  EXPECT_TRUE(validateCadreTransferDecision(approve).ok());
  for (auto s : kAllCadreTransferStatuses) EXPECT_EQ(cadreTransferStatusFromKey(cadreTransferStatusKey(s)), s);
  EXPECT_EQ(cadreTransferStatusName(CadreTransferStatus::Pending), "待确认");
  EXPECT_EQ(cadreTransferRequestedSms("张明", "十堰市经信局"),
            "【十堰市双千办】包联干部张明（十堰市经信局）申请调入贵单位，请登录十堰亲清企业服务信息平台“基础数据—干部调入确认”处理。");
  CadreTransfer t{3, {1, "张明"}, {2, "十堰市经信局"}, {4, "十堰市商务局"}, CadreTransferStatus::Approved,
                  "2026-12-01T09:00:00+08:00", "2026-12-02T10:00:00+08:00", NamedRef{9, "十堰市商务局管理员"}, "同意", 5};
  EXPECT_EQ(wire::cadreTransferFromJson(wire::cadreTransferToJson(t)).value(), t);
  EXPECT_EQ(wire::cadreTransferDecisionFromJson(wire::cadreTransferDecisionToJson(decline)).value(), decline);
  EXPECT_FALSE(wire::cadreTransferDecisionFromJson({{"note", "x"}}).ok());
}
