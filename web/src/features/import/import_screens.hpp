// 包联方案导入 (import feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);

}  // namespace qinqing::web
