// Provisioning accounts (qinqing/identity/account_provisioning.hpp) and its wire form: which roles
// 账号管理 creates, what each needs, the suggested names of §7, and the round trips.
#include <gtest/gtest.h>

#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

namespace {

NewStaffAccount valid(Role role) {
  NewStaffAccount a;
  a.role = role;
  a.loginName = " 茅箭区管理员　";
  a.holderName = "周晓红";
  a.mobile = "13907191234";
  switch (accountAnchorOf(role)) {
    case AccountAnchor::Unit: a.unitId = 3; break;
    case AccountAnchor::Region: a.regionId = 2; break;
    case AccountAnchor::IndustryGroup: a.industryGroupId = 1; break;
    case AccountAnchor::None: break;
  }
  if (role == Role::Inspector) a.department = InspectorDepartment::DisciplineInspection;
  return a;
}

}  // namespace

TEST(AccountProvisioning, OnlyFixedStaffRolesAreCreatedHere) {
  for (Role role : kAllRoles) {
    auto a = valid(role);
    const auto fields = fieldsOf(validateNewStaffAccount(a));
    const bool fixed = role == Role::UnitAdmin || role == Role::CountyAdmin || role == Role::CityDispatcher ||
                       role == Role::IndustryDispatcher || role == Role::Inspector;
    EXPECT_EQ(fields.empty(), fixed) << roleKey(role);
    if (!fixed) EXPECT_EQ(fields, std::vector<std::string>{"role"}) << roleKey(role);
  }
}

TEST(AccountProvisioning, EachRoleNeedsItsAnchorAndInspectorsTheirDepartment) {
  NewStaffAccount unit{Role::UnitAdmin, "某局管理员", "王五", "13800001111", "", {}, {}, {}, {}};
  EXPECT_EQ(fieldsOf(validateNewStaffAccount(unit)), std::vector<std::string>{"unit_id"});
  NewStaffAccount county{Role::CountyAdmin, "某区管理员", "王五", "13800001111", "", {}, {}, {}, {}};
  EXPECT_EQ(fieldsOf(validateNewStaffAccount(county)), std::vector<std::string>{"region_id"});
  NewStaffAccount group{Role::IndustryDispatcher, "某组分办员", "王五", "13800001111", "", {}, {}, {}, {}};
  EXPECT_EQ(fieldsOf(validateNewStaffAccount(group)), std::vector<std::string>{"industry_group_id"});
  NewStaffAccount inspector{Role::Inspector, "巡查员05", "王五", "13800001111", "", {}, {}, {}, {}};
  EXPECT_EQ(fieldsOf(validateNewStaffAccount(inspector)), std::vector<std::string>{"department"});
  NewStaffAccount blank{Role::CityDispatcher, "  ", "", "138", std::string(51, 'x'), {}, {}, {}, {}};
  EXPECT_EQ(fieldsOf(validateNewStaffAccount(blank)),
            (std::vector<std::string>{"login_name", "holder_name", "mobile", "title"}));
}

TEST(AccountProvisioning, TrimsAndSuggestsTheNamesOfTheNotice) {
  auto a = valid(Role::CountyAdmin);
  ASSERT_TRUE(validateNewStaffAccount(a).ok());
  EXPECT_EQ(a.loginName, "茅箭区管理员");
  EXPECT_EQ(suggestedLoginName(Role::UnitAdmin, "十堰市经信局"), "十堰市经信局管理员");
  EXPECT_EQ(suggestedLoginName(Role::CountyAdmin, "茅箭区"), "茅箭区管理员");
  EXPECT_EQ(suggestedLoginName(Role::IndustryDispatcher, "经信"), "经信组分办员");
  EXPECT_EQ(suggestedLoginName(Role::CityDispatcher, ""), "双千分办员");
  EXPECT_EQ(suggestedLoginName(Role::Inspector, ""), "");
  EXPECT_EQ(suggestedLoginName(Role::UnitAdmin, ""), "");
}

TEST(AccountProvisioning, EditsDisablesAndDepartments) {
  AccountEdit edit{"巡查员01", "组长", "bad", {}};
  EXPECT_EQ(fieldsOf(validateAccountEdit(edit, Role::Inspector)), (std::vector<std::string>{"email", "department"}));
  AccountEdit ok{" 双千分办员 ", "", "", {}};
  EXPECT_TRUE(validateAccountEdit(ok, Role::CityDispatcher).ok());
  EXPECT_EQ(ok.loginName, "双千分办员");
  AccountDisable none{"　"};
  EXPECT_EQ(fieldsOf(validateAccountDisable(none)), std::vector<std::string>{"reason"});
  AccountDisable longReason{std::string(201, 'x')};
  EXPECT_EQ(fieldsOf(validateAccountDisable(longReason)), std::vector<std::string>{"reason"});
  for (auto d : kAllInspectorDepartments) EXPECT_EQ(inspectorDepartmentFromKey(inspectorDepartmentKey(d)), d);
  EXPECT_EQ(inspectorDepartmentName(InspectorDepartment::OrganisationDepartment), "组织部");
  EXPECT_TRUE(roleIsPlatformAdministrator(Role::AuditAdmin));
  EXPECT_FALSE(roleIsPlatformAdministrator(Role::Inspector));
}

TEST(AccountProvisioningJson, RoundTrips) {
  auto a = valid(Role::Inspector);
  auto back = wire::newStaffAccountFromJson(wire::newStaffAccountToJson(a));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
  auto unit = valid(Role::UnitAdmin);
  EXPECT_EQ(wire::newStaffAccountFromJson(wire::newStaffAccountToJson(unit)).value(), unit);
  AccountEdit edit{"巡查员01", "组长", "a@b.cn", InspectorDepartment::InspectionOffice};
  EXPECT_EQ(wire::accountEditFromJson(wire::accountEditToJson(edit)).value(), edit);
  AccountDisable disable{"人员离岗"};
  EXPECT_EQ(wire::accountDisableFromJson(wire::accountDisableToJson(disable)).value(), disable);
  TemporaryPassword password{7, "巡查员02", "Ab3#defGhijk"};
  EXPECT_EQ(wire::temporaryPasswordFromJson(wire::temporaryPasswordToJson(password)).value(), password);
  auto badDepartment = wire::newStaffAccountFromJson({{"role", "inspector"}, {"department", "police"}});
  ASSERT_FALSE(badDepartment.ok());
  EXPECT_EQ(badDepartment.error().fields.at(0).field, "department");
  EXPECT_FALSE(wire::newStaffAccountFromJson({{"role", "nobody"}}).ok());
}

TEST(AccountProvisioningJson, DetailCarriesDepartmentAndDisabledState) {
  AccountDetail d;
  d.summary.id = 4;
  d.summary.role = Role::Inspector;
  d.summary.loginName = "巡查员04";
  d.summary.status = AccountStatus::Disabled;
  d.requestingDepartment = domain::InspectorDepartment::InspectionOffice;
  d.disabledAt = "2026-11-13T09:00:00+08:00";
  d.disabledReason = "人员调离";
  auto j = wire::accountDetailToJson(d);
  EXPECT_EQ(j["requesting_department"]["name"], "巡查办");
  EXPECT_EQ(j["status_name"], "已停用");
  EXPECT_EQ(wire::accountDetailFromJson(j).value(), d);
}
