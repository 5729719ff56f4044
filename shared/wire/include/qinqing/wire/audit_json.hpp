// Wire form of the audit log, as 审计管理员 pages through it (GET /api/audit) and 系统管理员 reads the
// working-day calendar's changes (GET /api/calendar/changes):
//   {"page": 1, "page_size": 50, "total": 123, "entries": [
//     {"id": 7, "at": "2026-03-02T09:00:00+08:00", "account_id": 12, "account_label": "sysadmin",
//      "role": "system_admin", "source_address": "127.0.0.1", "action": "calendar.day_changed",
//      "action_name": "修改单日安排", "object_type": "calendar_day", "object_id": "2020-10-09",
//      "result": "ok", "before": {...} | null, "after": {...} | null,
//      "prev_hash": "…64 hex…", "hash": "…64 hex…"}]}
// Newest entry first. account_id is null for attempts that name no existing account (a failed
// login with an unknown name) and for the system itself (loading the shipped calendar).
//
// The server owns the vocabulary of actions (each feature adds its own), so an action travels as
// its stable key plus its Chinese name; the result is one of three fixed keys. Decoders never throw.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"

namespace qinqing::wire {

enum class AuditResult {
  Ok,       // the action happened
  Refused,  // a rule refused it (no permission, account locked)
  Failed,   // the attempt failed (wrong password)
};

// "ok", "refused", "failed".
std::string_view auditResultKey(AuditResult result);
std::optional<AuditResult> auditResultFromKey(std::string_view key);

struct AuditRecord {
  long long id = 0;
  std::string at;  // ISO 8601, +08:00
  std::optional<long long> accountId;
  std::string accountLabel;
  std::string role;  // role key, empty for the system
  std::string sourceAddress;
  std::string action;
  std::string actionName;
  std::string objectType;
  std::string objectId;
  AuditResult result = AuditResult::Ok;
  nlohmann::json before;  // null when there is no "before" (a login, a year loaded for the first time)
  nlohmann::json after;
  std::string prevHash;
  std::string hash;
  bool operator==(const AuditRecord&) const = default;
};

struct AuditPage {
  int page = 1;
  int pageSize = 0;
  long long total = 0;  // entries matching the filter, on all pages
  std::vector<AuditRecord> entries;
  bool operator==(const AuditPage&) const = default;
};

nlohmann::json auditRecordToJson(const AuditRecord& record);
// Requires an integer "id", a string "action" and a known "result"; other fields default.
domain::Result<AuditRecord> auditRecordFromJson(const nlohmann::json& j);

nlohmann::json auditPageToJson(const AuditPage& page);
domain::Result<AuditPage> auditPageFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
