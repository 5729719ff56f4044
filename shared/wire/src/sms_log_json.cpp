#include "qinqing/wire/sms_log_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

d::DomainError badEntry() { return d::DomainError::of(d::ErrorCode::InvalidInput, "数据格式有误：短信日志"); }

std::string param(const std::map<std::string, std::string>& params, const char* key) {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

}  // namespace

std::map<std::string, std::string> smsLogFilterToParams(const d::SmsLogFilter& f) {
  std::map<std::string, std::string> params;
  if (f.status) params["status"] = std::string(d::smsLogStatusKey(*f.status));
  if (f.kind) params["kind"] = std::string(d::smsLogKindKey(*f.kind));
  if (f.from) params["from"] = f.from->toIso();
  if (f.to) params["to"] = f.to->toIso();
  if (!f.mobileSuffix.empty()) params["mobile"] = f.mobileSuffix;
  return params;
}

d::Result<d::SmsLogFilter> smsLogFilterFromParams(const std::map<std::string, std::string>& params) {
  d::SmsLogFilter f;
  std::vector<d::FieldError> errors;
  if (auto s = param(params, "status"); !s.empty()) {
    f.status = d::smsLogStatusFromKey(s);
    if (!f.status) errors.push_back({"status", "未知的发送状态"});
  }
  if (auto k = param(params, "kind"); !k.empty()) {
    f.kind = d::smsLogKindFromKey(k);
    if (!f.kind) errors.push_back({"kind", "未知的短信类型"});
  }
  for (const char* key : {"from", "to"}) {
    auto text = param(params, key);
    if (text.empty()) continue;
    auto date = d::Date::parseIso(text);
    if (!date) {
      errors.push_back({key, date.error().message});
      continue;
    }
    (std::string_view(key) == "from" ? f.from : f.to) = date.value();
  }
  f.mobileSuffix = param(params, "mobile");
  if (auto ok = d::validateSmsLogFilter(f); !ok) {
    for (const auto& e : ok.error().fields) errors.push_back(e);
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return f;
}

json smsLogEntryToJson(const d::SmsLogEntry& e) {
  return {{"id", e.id},
          {"created_at", e.createdAt},
          {"kind", d::smsLogKindKey(e.kind)},
          {"status", d::smsLogStatusKey(e.status)},
          {"mobile_masked", e.mobileMasked},
          {"text", e.text},
          {"attempts", e.attempts},
          {"next_attempt_at", e.nextAttemptAt},
          {"sent_at", e.sentAt},
          {"last_error", e.lastError},
          {"gateway", e.gateway},
          {"gateway_message_id", e.gatewayMessageId},
          {"gateway_status", e.gatewayStatus}};
}

d::Result<d::SmsLogEntry> smsLogEntryFromJson(const json& j) {
  auto id = getInt(j, "id");
  auto kind = d::smsLogKindFromKey(getString(j, "kind").value_or(""));
  auto status = d::smsLogStatusFromKey(getString(j, "status").value_or(""));
  if (!id || !kind || !status) return badEntry();
  d::SmsLogEntry e;
  e.id = *id;
  e.createdAt = getString(j, "created_at").value_or("");
  e.kind = *kind;
  e.status = *status;
  e.mobileMasked = getString(j, "mobile_masked").value_or("");
  e.text = getString(j, "text").value_or("");
  e.attempts = static_cast<int>(getInt(j, "attempts").value_or(0));
  e.nextAttemptAt = getString(j, "next_attempt_at").value_or("");
  e.sentAt = getString(j, "sent_at").value_or("");
  e.lastError = getString(j, "last_error").value_or("");
  e.gateway = getString(j, "gateway").value_or("");
  e.gatewayMessageId = getString(j, "gateway_message_id").value_or("");
  e.gatewayStatus = getString(j, "gateway_status").value_or("");
  return e;
}

json smsLogPageToJson(const d::Page<d::SmsLogEntry>& page) {
  json items = json::array();
  for (const auto& e : page.items) items.push_back(smsLogEntryToJson(e));
  return {{"page", page.page}, {"page_size", page.pageSize}, {"total", page.total}, {"items", items}};
}

d::Result<d::Page<d::SmsLogEntry>> smsLogPageFromJson(const json& j) {
  auto items = j.is_object() ? j.find("items") : j.end();
  if (!j.is_object() || items == j.end() || !items->is_array()) return badEntry();
  d::Page<d::SmsLogEntry> page;
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(d::kDefaultPageSize));
  page.total = getInt(j, "total").value_or(0);
  for (const auto& item : *items) {
    auto e = smsLogEntryFromJson(item);
    if (!e) return e.error();
    page.items.push_back(std::move(e).value());
  }
  return page;
}

}  // namespace qinqing::wire
