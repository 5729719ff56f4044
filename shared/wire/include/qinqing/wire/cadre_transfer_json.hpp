// Wire form of a cadre's change of unit (qinqing/org/cadre_transfer.hpp).
//
//   GET  /api/cadre-transfers?status=pending|approved|rejected|withdrawn&page=&page_size=
//        → {"items": [transfer…], "total", "page", "page_size"}
//        transfer: {"id", "cadre", "from_unit", "to_unit", "status", "status_name", "requested_at",
//                   "decided_at", "decided_by", "note", "enterprise_count"}
//   POST /api/cadre-transfers/{id}/decision {"approve", "note"} → the transfer
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/org/cadre_transfer.hpp"

namespace qinqing::wire {

nlohmann::json cadreTransferToJson(const domain::CadreTransfer& transfer);
domain::Result<domain::CadreTransfer> cadreTransferFromJson(const nlohmann::json& j);

nlohmann::json cadreTransferDecisionToJson(const domain::CadreTransferDecision& decision);
// "approve" must be a boolean (else field approve "请选择同意或不同意").
domain::Result<domain::CadreTransferDecision> cadreTransferDecisionFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
