// 短信日志 and 定时任务 (operations feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawSmsLogScreen(AppState& state, Dispatch& dispatch);  // 短信日志
void drawJobsScreen(AppState& state, Dispatch& dispatch);    // 定时任务
void drawAccountsScreen(AppState& state, Dispatch& dispatch);      // 账号管理
void drawNewAccountPanel(AppState& state, Dispatch& dispatch);     // 账号管理 → 新建账号
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
void drawJobsScreen(AppState& state, Dispatch& dispatch);    // 定时任务
void drawAccountsScreen(AppState& state, Dispatch& dispatch);      // 账号管理
void drawNewAccountPanel(AppState& state, Dispatch& dispatch);     // 账号管理 → 新建账号
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);

}  // namespace qinqing::web
