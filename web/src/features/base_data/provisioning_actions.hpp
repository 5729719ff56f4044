// Actions of going live (issue 17) on 系统管理员's and the administrators' screens: 新建账号, editing,
// 停用 and 启用 an account in 账号管理; 新增企业 in 基础数据—包联企业; 干部调入确认.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

// 新建账号: the form with its pickers (regions and industry groups from 组织机构).
void startNewAccount(AppState& state);
void loadNewAccountUnits(AppState& state);
void createAccount(AppState& state);
void saveAccountEdit(AppState& state);
// The reason is checked first; a valid one asks for confirmation (AccountsState::disableConfirming),
// and only a confirmed one is sent.
void disableAccount(AppState& state);
void enableAccount(AppState& state);

void startNewEnterprise(AppState& state);
void searchNewEnterpriseCadres(AppState& state);
void createEnterprise(AppState& state);

// Opening 干部调入确认 from the menu: the first page of pending moves, no dialog open.
void openCadreTransfers(AppState& state);
void loadCadreTransfers(AppState& state);
void decideCadreTransfer(AppState& state);

}  // namespace qinqing::web
