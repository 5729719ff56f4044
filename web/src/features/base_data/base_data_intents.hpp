// The intents of 系统管理员's 账号管理 and 组织机构, the cadre editor, 更换包联干部, 新增企业 and
// 干部调入确认 (part of the Action variant in actions.hpp; performed by admin_actions.cpp and
// provisioning_actions.cpp).
#pragma once

#include "app/type_list.hpp"

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

// 基础数据 / 包联企业 / 企业信息
struct LoadEnterprises {};
struct LoadCadres {};
struct OpenEnterprise {
  long long id = 0;
};
struct SaveEnterprise {};
struct RevealMobile {
  std::string field;  // liaison_mobile or legal_rep_mobile
};

struct AppState;

void perform(AppState& state, const LoadEnterprises& intent);
void perform(AppState& state, const LoadCadres& intent);
void perform(AppState& state, const OpenEnterprise& intent);
void perform(AppState& state, const SaveEnterprise& intent);
void perform(AppState& state, const RevealMobile& intent);
void perform(AppState& state, const LoadAccounts& intent);
void perform(AppState& state, const OpenAccount& intent);
void perform(AppState& state, const HandOverAccount& intent);
void perform(AppState& state, const StartNewAccount& intent);
void perform(AppState& state, const LoadNewAccountUnits& intent);
void perform(AppState& state, const CreateAccount& intent);
void perform(AppState& state, const SaveAccountEdit& intent);
void perform(AppState& state, const DisableAccount& intent);
void perform(AppState& state, const EnableAccount& intent);
void perform(AppState& state, const LoadOrganisation& intent);
void perform(AppState& state, const SelectRegion& intent);
void perform(AppState& state, const LoadUnits& intent);
void perform(AppState& state, const SaveUnit& intent);
void perform(AppState& state, const SaveRegion& intent);
void perform(AppState& state, const SaveCadre& intent);
void perform(AppState& state, const LoadAssignments& intent);
void perform(AppState& state, const SearchReassignCadres& intent);
void perform(AppState& state, const ReassignCadre& intent);
void perform(AppState& state, const StartNewEnterprise& intent);
void perform(AppState& state, const SearchNewEnterpriseCadres& intent);
void perform(AppState& state, const CreateEnterprise& intent);
void perform(AppState& state, const LoadCadreTransfers& intent);
void perform(AppState& state, const DecideCadreTransfer& intent);

using BaseDataIntents = TypeList<LoadEnterprises, LoadCadres, OpenEnterprise, SaveEnterprise, RevealMobile, LoadAccounts, OpenAccount, HandOverAccount, StartNewAccount, LoadNewAccountUnits, CreateAccount, SaveAccountEdit, DisableAccount, EnableAccount, LoadOrganisation, SelectRegion, LoadUnits, SaveUnit, SaveRegion, SaveCadre, LoadAssignments, SearchReassignCadres, ReassignCadre, StartNewEnterprise, SearchNewEnterpriseCadres, CreateEnterprise, LoadCadreTransfers, DecideCadreTransfer>;

}  // namespace qinqing::web
