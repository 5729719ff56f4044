// 短信日志 (系统管理员): loads one page of the SMS log with the filter typed in the screen's bar.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

// Checks the typed filter with the shared rules (errors beside the fields, nothing sent), then
// asks for the page the table's request names.
void loadSmsLog(AppState& state);
// 用量统计: texts and billing units per day and number (or per day) in the typed range.
void loadSmsUsage(AppState& state);

}  // namespace qinqing::web
