// Wire form of 账号管理 (qinqing/identity/account_admin.hpp). Keys are snake_case; refs are
// {"id","name"} or null.
//
//   GET  /api/accounts?q=&sort=&order=&page=&page_size=&role=&region_id=&unit_id=&status=
//        → {"items": [summary…], "total", "page", "page_size"}
//        summary: {"id", "role", "role_name", "login_name", "holder_name", "region", "unit",
//                  "industry_group", "mobile_masked", "status", "status_name", "last_login_at"}
//   GET  /api/accounts/{id} → summary + {"title", "email", "created_at", "locked_until",
//        "handover_allowed", "holders": [{"id", "holder_name", "mobile_masked", "title", "since",
//        "until", "reason", "handed_over_by"}…]}
//   POST /api/accounts/{id}/handover {"holder_name", "mobile", "title", "reason"} → the detail
//
// Request decoders check shape only (a non-string reads as empty, so the domain validator reports
// it in Chinese); they never throw (the wasm build has no exception catching).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"

namespace qinqing::wire {

nlohmann::json accountSummaryToJson(const domain::AccountSummary& account);
domain::Result<domain::AccountSummary> accountSummaryFromJson(const nlohmann::json& j);

nlohmann::json accountDetailToJson(const domain::AccountDetail& detail);
domain::Result<domain::AccountDetail> accountDetailFromJson(const nlohmann::json& j);

nlohmann::json accountHandoverToJson(const domain::AccountHandover& handover);
domain::Result<domain::AccountHandover> accountHandoverFromJson(const nlohmann::json& j);

// "&role=unit_admin&region_id=3&status=locked" (only the filters set), to append to
// pageRequestToQuery's string.
std::string accountFilterToQuery(const domain::AccountFilter& filter);

}  // namespace qinqing::wire
