// Wire form of GET /api/health: {"status":"ok","schema_version":1,"server_time":"2026-05-01T09:30:00+08:00"}.
// The reply is deliberately tiny: monitoring and the load benchmark use it as the raw-rate reference.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"

namespace qinqing::wire {

struct HealthStatus {
  std::string status = "ok";  // "ok" whenever the server answers at all
  int schemaVersion = 0;      // the database schema version the server runs on
  std::string serverTime;     // ISO 8601 with +08:00 (China Standard Time)
  bool operator==(const HealthStatus&) const = default;
};

nlohmann::json healthToJson(const HealthStatus& health);
// A body without a string "status" is invalid_input; the other fields default when missing.
domain::Result<HealthStatus> healthFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
