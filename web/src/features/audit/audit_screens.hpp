// 审计日志 (audit feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawAuditLogScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
