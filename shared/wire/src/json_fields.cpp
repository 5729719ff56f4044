#include "qinqing/wire/json_fields.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {

nlohmann::json namedRefToJson(const domain::NamedRef& ref) { return {{"id", ref.id}, {"name", ref.name}}; }

nlohmann::json optionalRefToJson(const std::optional<domain::NamedRef>& ref) {
  return ref ? namedRefToJson(*ref) : nlohmann::json(nullptr);
}

std::optional<domain::NamedRef> namedRefAt(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object() || !getInt(*it, "id")) return std::nullopt;
  return domain::NamedRef{*getInt(*it, "id"), getString(*it, "name").value_or("")};
}

std::string textAt(const nlohmann::json& j, const char* key) { return getString(j, key).value_or(""); }

domain::DomainError badShape(const char* what) {
  return domain::DomainError::of(domain::ErrorCode::InvalidInput, std::string("数据格式有误：") + what);
}

}  // namespace qinqing::wire
