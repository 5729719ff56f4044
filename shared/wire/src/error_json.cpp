#include "qinqing/wire/error_json.hpp"

#include <array>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace qinqing::wire {
namespace {
using domain::ErrorCode;
constexpr std::array<std::pair<ErrorCode, std::string_view>, 17> kCodeNames = {{
    {ErrorCode::InvalidInput, "invalid_input"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::InvalidTransition, "invalid_transition"},
    {ErrorCode::BadCredentials, "bad_credentials"},
    {ErrorCode::AccountLocked, "account_locked"},
    {ErrorCode::AccountNotActivated, "account_not_activated"},
    {ErrorCode::AccountDisabled, "account_disabled"},
    {ErrorCode::PasswordChangeRequired, "password_change_required"},
    {ErrorCode::TooManyRequests, "too_many_requests"},
    {ErrorCode::RequestIdReused, "request_id_reused"},
    {ErrorCode::PayloadTooLarge, "payload_too_large"},
    {ErrorCode::ServiceBusy, "service_busy"},
    {ErrorCode::MethodNotAllowed, "method_not_allowed"},
    {ErrorCode::Internal, "internal"},
}};
}  // namespace

std::string_view errorCodeName(ErrorCode code) {
  for (const auto& [c, n] : kCodeNames) {
    if (c == code) return n;
  }
  return "internal";
}

std::optional<ErrorCode> errorCodeFromName(std::string_view name) {
  for (const auto& [c, n] : kCodeNames) {
    if (n == name) return c;
  }
  return std::nullopt;
}

nlohmann::json errorToJson(const domain::DomainError& error) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : error.fields) fields.push_back({{"field", f.field}, {"message", f.message}});
  return {{"error", {{"code", errorCodeName(error.code)}, {"message", error.message}, {"fields", fields}}}};
}

domain::DomainError errorFromJson(const nlohmann::json& body) {
  domain::DomainError out{ErrorCode::Internal, "服务器返回了无法识别的应答", {}};
  if (!body.is_object() || !body.contains("error") || !body["error"].is_object()) return out;
  const auto& e = body["error"];
  if (auto code = getString(e, "code")) {
    if (auto c = errorCodeFromName(*code)) out.code = *c;
  }
  if (auto msg = getString(e, "message")) out.message = *msg;
  if (e.contains("fields") && e["fields"].is_array()) {
    for (const auto& f : e["fields"]) {
      out.fields.push_back({getString(f, "field").value_or(""), getString(f, "message").value_or("")});
    }
  }
  return out;
}

// Strict on what JSON parsers disagree about (issue 14): a UTF-8 byte order mark, which
// nlohmann skips but others refuse, and a key given twice in one object, where parsers differ on
// which value wins — a proxy or log that reads the first must not see another request than the
// server that would read the last.
domain::Result<nlohmann::json> parseObject(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    return domain::DomainError::of(ErrorCode::InvalidInput, "请求内容不能以字节顺序标记（BOM）开头");
  }
  std::vector<std::unordered_set<std::string>> keysPerObject;
  bool duplicate = false;
  const nlohmann::json::parser_callback_t noteKeys = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    if (event == Event::object_start) {
      keysPerObject.emplace_back();
    } else if (event == Event::object_end) {
      if (!keysPerObject.empty()) keysPerObject.pop_back();
    } else if (event == Event::key && !keysPerObject.empty() && parsed.is_string()) {
      if (!keysPerObject.back().insert(parsed.get<std::string>()).second) duplicate = true;
    }
    return true;
  };
  auto j = nlohmann::json::parse(text.begin(), text.end(), noteKeys, false);
  if (j.is_discarded() || !j.is_object()) {
    return domain::DomainError::of(ErrorCode::InvalidInput, "请求内容不是有效的 JSON 对象");
  }
  if (duplicate) return domain::DomainError::of(ErrorCode::InvalidInput, "请求内容中有字段出现了不止一次");
  return j;
}

std::optional<std::string> getString(const nlohmann::json& obj, std::string_view key) {
  if (!obj.is_object()) return std::nullopt;
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<long long> getInt(const nlohmann::json& obj, std::string_view key) {
  if (!obj.is_object()) return std::nullopt;
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<long long>();
}

std::optional<bool> getBool(const nlohmann::json& obj, std::string_view key) {
  if (!obj.is_object()) return std::nullopt;
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_boolean()) return std::nullopt;
  return it->get<bool>();
}

}  // namespace qinqing::wire
