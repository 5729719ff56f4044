// 系统管理—企业入驻申请's screen (applications feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

// 系统管理—企业入驻申请 (系统管理员, 县市区管理员).
void drawApplicationsReviewScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
