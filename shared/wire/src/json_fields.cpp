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

std::string percentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

domain::DomainError badShape(const char* what) {
  return domain::DomainError::of(domain::ErrorCode::InvalidInput, std::string("数据格式有误：") + what);
}

}  // namespace qinqing::wire
