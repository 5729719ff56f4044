// Provisioning accounts one by one in 账号管理 (issue 17): the fixed staff accounts of §7, §20, §22
// and §23 (单位管理员, 县市区管理员, 双千分办员, 城区行业分办员, 超级巡查员) created for a named holder,
// edited, disabled and enabled again. Accounts are disabled, never deleted. Cadres are created in
// the cadre roster (POST /api/cadres) and enterprises in the enterprise list (POST /api/enterprises),
// because each comes with its record; the three platform administrators come only from
// `qinqing init` (三权分立: the system administrator cannot make another system, security or audit
// administrator, nor disable one). Plain data and the checks that need no database; the server
// decides uniqueness and answers it with conflict.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

// §23: inspector accounts are assigned when one of these departments asks for them.
enum class InspectorDepartment { InspectionOffice, OrganisationDepartment, DisciplineInspection };

inline constexpr InspectorDepartment kAllInspectorDepartments[] = {
    InspectorDepartment::InspectionOffice, InspectorDepartment::OrganisationDepartment,
    InspectorDepartment::DisciplineInspection};

// "inspection_office", "organisation_department", "discipline_inspection" on the wire.
std::string_view inspectorDepartmentKey(InspectorDepartment department);
std::optional<InspectorDepartment> inspectorDepartmentFromKey(std::string_view key);
// 巡查办, 组织部, 纪检监察.
std::string_view inspectorDepartmentName(InspectorDepartment department);

// 系统管理员, 安全管理员, 审计管理员: created by `qinqing init` only, never disabled through the API.
bool roleIsPlatformAdministrator(Role role);

// What a new staff account of the role is attached to: its unit (单位管理员), its county or zone
// (县市区管理员), its industry group (城区行业分办员), nothing else (双千分办员: the city dispatch group;
// 超级巡查员: the requesting department instead).
enum class AccountAnchor { Unit, Region, IndustryGroup, None };
AccountAnchor accountAnchorOf(Role role);

inline constexpr std::size_t kFixedLoginNameMax = 50;
inline constexpr std::size_t kDisableReasonMax = 200;

// POST /api/accounts.
struct NewStaffAccount {
  Role role = Role::UnitAdmin;
  std::string loginName;        // the fixed account name people log in with (§7: 茅箭区管理员)
  std::string holderName;       // the person who holds it now
  std::string mobile;           // the holder's; the activation notice goes there
  std::string title;            // 职务, may be empty
  std::optional<long long> unitId;           // AccountAnchor::Unit
  std::optional<long long> regionId;         // AccountAnchor::Region
  std::optional<long long> industryGroupId;  // AccountAnchor::IndustryGroup
  std::optional<InspectorDepartment> department;  // 超级巡查员 only
  bool operator==(const NewStaffAccount&) const = default;
};

// Trims the text fields, then every problem at once: role (only roleHasNamedHolder roles:
// "包联干部请在“包联干部”名册中新增" / "企业请在“包联企业”中新增或经入驻申请开通" /
// "三员账号由平台初始化创建，不能在此新建"), login_name (required, ≤ kFixedLoginNameMax), holder_name
// (required, ≤ kHolderNameMax), mobile (required, 11-digit mainland number), title (≤ 50), the
// role's anchor (unit_id "请选择所属单位", region_id "请选择县市区", industry_group_id "请选择行业组")
// and department for inspectors ("请选择提出部门").
Status validateNewStaffAccount(NewStaffAccount& account);

// The name §7 gives a fixed account, for the form to suggest: 十堰市经信局管理员, 茅箭区管理员,
// 经信组分办员, 双千分办员; inspectors are numbered (巡查员04), so empty for them.
std::string suggestedLoginName(Role role, std::string_view anchorName);

// PUT /api/accounts/{id}: what changes without a handover (a new holder is a handover).
struct AccountEdit {
  std::string loginName;
  std::string title;
  std::string email;
  std::optional<InspectorDepartment> department;  // inspectors only
  bool operator==(const AccountEdit&) const = default;
};

// Trims, then: login_name (required, ≤ kFixedLoginNameMax), title (≤ 50), email (format, ≤ 100),
// department required for an inspector.
Status validateAccountEdit(AccountEdit& edit, Role role);

// POST /api/accounts/{id}/disable.
struct AccountDisable {
  std::string reason;  // e.g. 人员离岗, shown in 账号管理
  bool operator==(const AccountDisable&) const = default;
};

// reason required, ≤ kDisableReasonMax.
Status validateAccountDisable(AccountDisable& request);

// The login refusal of a disabled account (error code account_disabled, 403).
inline constexpr std::string_view kAccountDisabled = "账号已停用，请联系系统管理员";

// A one-time password the security administrator (or `qinqing init`) hands to a person, shown once.
// The holder must replace it at the next login (must_change_password).
struct TemporaryPassword {
  long long accountId = 0;
  std::string loginName;
  std::string password;
  bool operator==(const TemporaryPassword&) const = default;
};

}  // namespace qinqing::domain
