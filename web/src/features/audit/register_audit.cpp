// 审计日志.
#include "app/screen_registry.hpp"
#include "features/audit/audit_actions.hpp"
#include "features/audit/audit_screens.hpp"

namespace qinqing::web {

void registerAudit(ScreenRegistry& registry) {
  registry.add({"audit.log", [](AppState& state, std::string_view) { loadAuditLog(state); }, drawAuditLogScreen});
}

}  // namespace qinqing::web
