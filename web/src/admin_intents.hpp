// The intents of 系统管理员's 账号管理 and 组织机构, the cadre editor and 更换包联干部 (part of the
// Action variant in actions.hpp; performed by admin_actions.cpp).
#pragma once

namespace qinqing::web {

// 账号管理
struct LoadAccounts {};
struct OpenAccount {
  long long id = 0;  // 0: back to the list
};
struct HandOverAccount {};
// 组织机构
struct LoadOrganisation {};  // regions and industry groups
struct SelectRegion {
  long long id = 0;
};
struct LoadUnits {};
struct SaveUnit {};  // adds a unit to the selected region, or renames OrgState::renameUnitId
// 基础数据—包联干部 (系统管理员)
struct SaveCadre {};  // updates CadreEditState::id, or adds a cadre when it is 0
// 更换包联干部 on the open enterprise record
struct LoadAssignments {
  long long enterpriseId = 0;
};
struct SearchReassignCadres {};
struct ReassignCadre {};

}  // namespace qinqing::web
