// 审计日志 for the audit administrator: browse the append-only log and export what the filter shows.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void loadAuditLog(AppState& state);
// Exports every entry matching the current filter as CSV (UTF-8 with BOM, opens in Excel).
void exportAuditLog(AppState& state);

}  // namespace qinqing::web
