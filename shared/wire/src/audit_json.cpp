#include "qinqing/wire/audit_json.hpp"

#include <array>
#include <utility>

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;

namespace {

constexpr std::array<std::pair<AuditResult, std::string_view>, 3> kResults = {{
    {AuditResult::Ok, "ok"},
    {AuditResult::Refused, "refused"},
    {AuditResult::Failed, "failed"},
}};

domain::DomainError badRecord() {
  return domain::DomainError::of(domain::ErrorCode::InvalidInput, "数据格式有误：审计日志");
}

}  // namespace

std::string_view auditResultKey(AuditResult result) {
  for (const auto& [r, key] : kResults) {
    if (r == result) return key;
  }
  return "ok";
}

std::optional<AuditResult> auditResultFromKey(std::string_view key) {
  for (const auto& [r, name] : kResults) {
    if (name == key) return r;
  }
  return std::nullopt;
}

json auditRecordToJson(const AuditRecord& r) {
  return {{"id", r.id},
          {"at", r.at},
          {"account_id", r.accountId ? json(*r.accountId) : json(nullptr)},
          {"account_label", r.accountLabel},
          {"role", r.role},
          {"source_address", r.sourceAddress},
          {"action", r.action},
          {"action_name", r.actionName},
          {"object_type", r.objectType},
          {"object_id", r.objectId},
          {"result", auditResultKey(r.result)},
          {"before", r.before},
          {"after", r.after},
          {"prev_hash", r.prevHash},
          {"hash", r.hash}};
}

domain::Result<AuditRecord> auditRecordFromJson(const json& j) {
  auto id = getInt(j, "id");
  auto action = getString(j, "action");
  auto result = auditResultFromKey(getString(j, "result").value_or(""));
  if (!id || !action || !result) return badRecord();
  AuditRecord r;
  r.id = *id;
  r.at = getString(j, "at").value_or("");
  r.accountId = getInt(j, "account_id");
  r.accountLabel = getString(j, "account_label").value_or("");
  r.role = getString(j, "role").value_or("");
  r.sourceAddress = getString(j, "source_address").value_or("");
  r.action = *action;
  r.actionName = getString(j, "action_name").value_or("");
  r.objectType = getString(j, "object_type").value_or("");
  r.objectId = getString(j, "object_id").value_or("");
  r.result = *result;
  if (auto it = j.find("before"); it != j.end()) r.before = *it;
  if (auto it = j.find("after"); it != j.end()) r.after = *it;
  r.prevHash = getString(j, "prev_hash").value_or("");
  r.hash = getString(j, "hash").value_or("");
  return r;
}

json auditPageToJson(const AuditPage& page) {
  json entries = json::array();
  for (const auto& r : page.entries) entries.push_back(auditRecordToJson(r));
  return {{"page", page.page}, {"page_size", page.pageSize}, {"total", page.total}, {"entries", entries}};
}

domain::Result<AuditPage> auditPageFromJson(const json& j) {
  auto entries = j.is_object() ? j.find("entries") : j.end();
  if (!j.is_object() || entries == j.end() || !entries->is_array()) return badRecord();
  AuditPage page;
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(0));
  page.total = getInt(j, "total").value_or(0);
  for (const auto& e : *entries) {
    auto record = auditRecordFromJson(e);
    if (!record) return record.error();
    page.entries.push_back(std::move(record).value());
  }
  return page;
}

}  // namespace qinqing::wire
