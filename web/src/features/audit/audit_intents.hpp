// The intents of 审计日志 (审计管理员), performed by audit_actions.cpp.
#pragma once

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

// 审计日志
struct LoadAuditLog {};
struct ExportAuditLog {};

void perform(AppState& state, const LoadAuditLog& intent);
void perform(AppState& state, const ExportAuditLog& intent);

using AuditIntents = TypeList<LoadAuditLog, ExportAuditLog>;

}  // namespace qinqing::web
