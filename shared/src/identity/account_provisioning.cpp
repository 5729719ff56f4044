#include "qinqing/identity/account_provisioning.hpp"

#include "qinqing/identity/account_admin.hpp"
#include "qinqing/org/organisation.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {

std::string_view inspectorDepartmentKey(InspectorDepartment department) {
  switch (department) {
    case InspectorDepartment::InspectionOffice: return "inspection_office";
    case InspectorDepartment::OrganisationDepartment: return "organisation_department";
    case InspectorDepartment::DisciplineInspection: return "discipline_inspection";
  }
  return "inspection_office";
}

std::optional<InspectorDepartment> inspectorDepartmentFromKey(std::string_view key) {
  for (InspectorDepartment d : kAllInspectorDepartments) {
    if (inspectorDepartmentKey(d) == key) return d;
  }
  return std::nullopt;
}

std::string_view inspectorDepartmentName(InspectorDepartment department) {
  switch (department) {
    case InspectorDepartment::InspectionOffice: return "巡查办";
    case InspectorDepartment::OrganisationDepartment: return "组织部";
    case InspectorDepartment::DisciplineInspection: return "纪检监察";
  }
  return "巡查办";
}

bool roleIsPlatformAdministrator(Role role) {
  switch (role) {
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return true;
    case Role::Enterprise:
    case Role::Cadre:
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector: return false;
  }
  return false;
}

AccountAnchor accountAnchorOf(Role role) {
  switch (role) {
    case Role::UnitAdmin: return AccountAnchor::Unit;
    case Role::CountyAdmin: return AccountAnchor::Region;
    case Role::IndustryDispatcher: return AccountAnchor::IndustryGroup;
    case Role::Enterprise:
    case Role::Cadre:
    case Role::CityDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return AccountAnchor::None;
  }
  return AccountAnchor::None;
}

Status validateNewStaffAccount(NewStaffAccount& a) {
  a.loginName = trimmedText(a.loginName);
  a.holderName = trimmedText(a.holderName);
  a.mobile = trimmedText(a.mobile);
  a.title = trimmedText(a.title);
  FieldValidator v;
  if (a.role == Role::Cadre) {
    v.add({"role", "包联干部请在“包联干部”名册中新增，账号随干部一起开通"});
  } else if (a.role == Role::Enterprise) {
    v.add({"role", "企业请在“包联企业”中新增，或经企业入驻申请开通"});
  } else if (roleIsPlatformAdministrator(a.role)) {
    v.add({"role", "系统管理员、安全管理员、审计管理员账号由平台初始化创建，不能在此新建"});
  }
  v.required("login_name", "账号名称", a.loginName).maxChars("login_name", "账号名称", a.loginName, kFixedLoginNameMax);
  v.required("holder_name", "持有人姓名", a.holderName).maxChars("holder_name", "持有人姓名", a.holderName, kHolderNameMax);
  v.required("mobile", "持有人手机号", a.mobile).mobile("mobile", "持有人手机号", a.mobile);
  v.maxChars("title", "职务", a.title, kTitleMax);
  switch (accountAnchorOf(a.role)) {
    case AccountAnchor::Unit: v.check(a.unitId && *a.unitId > 0, "unit_id", "请选择所属单位"); break;
    case AccountAnchor::Region: v.check(a.regionId && *a.regionId > 0, "region_id", "请选择县市区"); break;
    case AccountAnchor::IndustryGroup:
      v.check(a.industryGroupId && *a.industryGroupId > 0, "industry_group_id", "请选择行业组");
      break;
    case AccountAnchor::None: break;
  }
  if (a.role == Role::Inspector) v.check(a.department.has_value(), "department", "请选择提出部门");
  return v.status();
}

std::string suggestedLoginName(Role role, std::string_view anchorName) {
  switch (role) {
    case Role::UnitAdmin:
    case Role::CountyAdmin: return anchorName.empty() ? std::string() : std::string(anchorName) + "管理员";
    case Role::IndustryDispatcher: return anchorName.empty() ? std::string() : std::string(anchorName) + "组分办员";
    case Role::CityDispatcher: return "双千分办员";
    case Role::Enterprise:
    case Role::Cadre:
    case Role::Inspector:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return {};
  }
  return {};
}

Status validateAccountEdit(AccountEdit& e, Role role) {
  e.loginName = trimmedText(e.loginName);
  e.title = trimmedText(e.title);
  e.email = trimmedText(e.email);
  FieldValidator v;
  v.required("login_name", "账号名称", e.loginName).maxChars("login_name", "账号名称", e.loginName, kFixedLoginNameMax);
  v.maxChars("title", "职务", e.title, kTitleMax);
  v.maxChars("email", "邮箱", e.email, kEmailMax).email("email", "邮箱", e.email);
  if (role == Role::Inspector) v.check(e.department.has_value(), "department", "请选择提出部门");
  return v.status();
}

Status validateAccountDisable(AccountDisable& request) {
  request.reason = trimmedText(request.reason);
  FieldValidator v;
  v.required("reason", "停用原因", request.reason).maxChars("reason", "停用原因", request.reason, kDisableReasonMax);
  return v.status();
}

}  // namespace qinqing::domain
