// 短信日志 and 定时任务 (operations feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawSmsLogScreen(AppState& state, Dispatch& dispatch);  // 短信日志: 发送明细 and 用量统计
void drawSmsUsagePanel(AppState& state, Dispatch& dispatch);  // 短信日志 → 用量统计
void drawJobsScreen(AppState& state, Dispatch& dispatch);     // 定时任务

}  // namespace qinqing::web
