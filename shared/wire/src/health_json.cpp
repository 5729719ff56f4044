#include "qinqing/wire/health_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {

nlohmann::json healthToJson(const HealthStatus& health) {
  return {{"status", health.status}, {"schema_version", health.schemaVersion}, {"server_time", health.serverTime}};
}

domain::Result<HealthStatus> healthFromJson(const nlohmann::json& j) {
  auto status = getString(j, "status");
  if (!status) return domain::DomainError::of(domain::ErrorCode::InvalidInput, "数据格式有误：服务状态");
  HealthStatus h;
  h.status = *status;
  h.schemaVersion = static_cast<int>(getInt(j, "schema_version").value_or(0));
  h.serverTime = getString(j, "server_time").value_or("");
  return h;
}

}  // namespace qinqing::wire
