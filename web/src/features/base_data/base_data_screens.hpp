// 基础数据, 企业信息, 账号管理 and 组织机构 (base_data feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawEnterpriseListScreen(AppState& state, Dispatch& dispatch);
void drawCadreListScreen(AppState& state, Dispatch& dispatch);
void drawCompanyInfoScreen(AppState& state, Dispatch& dispatch);
void drawAccountsScreen(AppState& state, Dispatch& dispatch);      // 账号管理
void drawNewAccountPanel(AppState& state, Dispatch& dispatch);     // 账号管理 → 新建账号
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
void drawNewAccountPanel(AppState& state, Dispatch& dispatch);     // 账号管理 → 新建账号
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
void drawCadreEditPanel(AppState& state, Dispatch& dispatch);
// The open enterprise record (view or edit form), shared by the lists and 企业信息.
void drawEnterpriseDetail(AppState& state, Dispatch& dispatch);
// 基础数据—包联企业 → 新增企业 (系统管理员).
void drawNewEnterprisePanel(AppState& state, Dispatch& dispatch);
void drawCadreTransfersScreen(AppState& state, Dispatch& dispatch);       // 基础数据—干部调入确认
void drawTemporaryPasswordScreen(AppState& state, Dispatch& dispatch);    // 安全管理—重置密码
// The login page's 忘记密码 card.
void drawPasswordResetPanel(AppState& state, Dispatch& dispatch, float width);

}  // namespace qinqing::web
