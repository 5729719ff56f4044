// The intents of 系统管理员's 账号管理 and 组织机构, the cadre editor, 更换包联干部, 新增企业 and
// 干部调入确认 (part of the Action variant in actions.hpp; performed by admin_actions.cpp and
// provisioning_actions.cpp).
#pragma once

namespace qinqing::web {

// 账号管理
struct LoadAccounts {};
struct OpenAccount {
  long long id = 0;  // 0: back to the list
};
struct HandOverAccount {};
// 新建账号: opening the form loads its pickers; the unit picker follows the chosen region.
struct StartNewAccount {};
struct LoadNewAccountUnits {};
struct CreateAccount {};
// On the open account: 编辑 (login name, 职务, 邮箱, 提出部门), 停用 with a reason, 启用.
struct SaveAccountEdit {};
struct DisableAccount {};
struct EnableAccount {};
// 组织机构
struct LoadOrganisation {};  // regions and industry groups
struct SelectRegion {
  long long id = 0;
};
struct LoadUnits {};
struct SaveUnit {};  // adds a unit to the selected region, or renames OrgState::renameUnitId
struct SaveRegion {};  // adds a county or zone, or renames OrgState::renameRegionId
// 基础数据—包联干部 (系统管理员)
struct SaveCadre {};  // updates CadreEditState::id, or adds a cadre when it is 0
// 更换包联干部 on the open enterprise record
struct LoadAssignments {
  long long enterpriseId = 0;
};
struct SearchReassignCadres {};
struct ReassignCadre {};
// 基础数据—包联企业 → 新增企业 (系统管理员)
struct StartNewEnterprise {};
struct SearchNewEnterpriseCadres {};
struct CreateEnterprise {};
// 基础数据—干部调入确认
struct LoadCadreTransfers {};
struct DecideCadreTransfer {};  // CadreTransfersState::decidingId with its approve and note

}  // namespace qinqing::web
