// Small readers and writers every JSON mapping of shared/wire uses: {"id","name"} references,
// text fields that may be absent, and the error for a body of the wrong shape.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::wire {

nlohmann::json namedRefToJson(const domain::NamedRef& ref);
// null for none.
nlohmann::json optionalRefToJson(const std::optional<domain::NamedRef>& ref);
// The {"id","name"} object at key; none when absent, not an object, or without a numeric id.
std::optional<domain::NamedRef> namedRefAt(const nlohmann::json& j, const char* key);
// The string at key, or "" when absent or not a string.
std::string textAt(const nlohmann::json& j, const char* key);
// A query-string value as encodeURIComponent writes it: UTF-8 bytes outside A–Z a–z 0–9 - _ . ~
// as %XX (Chinese file names, categories, search text).
std::string percentEncode(std::string_view text);

// InvalidInput "数据格式有误：<what>".
domain::DomainError badShape(const char* what);

}  // namespace qinqing::wire
