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
//   POST /api/accounts {"role", "login_name", "holder_name", "mobile", "title", "unit_id",
//        "region_id", "industry_group_id", "department"} → 201 the detail (待激活)
//   PUT  /api/accounts/{id} {"login_name", "title", "email", "department"} → the detail
//   POST /api/accounts/{id}/disable {"reason"} · POST /api/accounts/{id}/enable {} → the detail
//   POST /api/security/accounts/{id}/temporary-password → {"account_id", "login_name", "password"}
// The detail also carries "requesting_department" ({"key","name"} or null), "disabled_at" and
// "disabled_reason".
//
// Request decoders check shape only (a non-string reads as empty, so the domain validator reports
// it in Chinese); they never throw (the wasm build has no exception catching).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"

namespace qinqing::wire {

nlohmann::json accountSummaryToJson(const domain::AccountSummary& account);
domain::Result<domain::AccountSummary> accountSummaryFromJson(const nlohmann::json& j);

nlohmann::json accountDetailToJson(const domain::AccountDetail& detail);
domain::Result<domain::AccountDetail> accountDetailFromJson(const nlohmann::json& j);

nlohmann::json accountHandoverToJson(const domain::AccountHandover& handover);
domain::Result<domain::AccountHandover> accountHandoverFromJson(const nlohmann::json& j);

nlohmann::json newStaffAccountToJson(const domain::NewStaffAccount& account);
// An unknown role or department reads as a field error (role / department), in Chinese.
domain::Result<domain::NewStaffAccount> newStaffAccountFromJson(const nlohmann::json& j);

nlohmann::json accountEditToJson(const domain::AccountEdit& edit);
domain::Result<domain::AccountEdit> accountEditFromJson(const nlohmann::json& j);

nlohmann::json accountDisableToJson(const domain::AccountDisable& request);
domain::Result<domain::AccountDisable> accountDisableFromJson(const nlohmann::json& j);

nlohmann::json temporaryPasswordToJson(const domain::TemporaryPassword& password);
domain::Result<domain::TemporaryPassword> temporaryPasswordFromJson(const nlohmann::json& j);

// "&role=unit_admin&region_id=3&status=locked" (only the filters set), to append to
// pageRequestToQuery's string.
std::string accountFilterToQuery(const domain::AccountFilter& filter);

}  // namespace qinqing::wire
