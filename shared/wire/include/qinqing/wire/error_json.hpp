// Wire form of DomainError: {"error":{"code":"invalid_input","message":"...","fields":[{"field":"..","message":".."}]}}
// and the safe JSON parsing both sides use (no exceptions: the wasm build cannot catch them).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"

namespace qinqing::wire {

std::string_view errorCodeName(domain::ErrorCode code);
std::optional<domain::ErrorCode> errorCodeFromName(std::string_view name);

nlohmann::json errorToJson(const domain::DomainError& error);
// Decodes an error body; a body that is not one gives an Internal error with a generic message.
domain::DomainError errorFromJson(const nlohmann::json& body);

// Parses text as a JSON object; anything else is an InvalidInput error with a Chinese message.
domain::Result<nlohmann::json> parseObject(std::string_view text);

// Field readers that never throw: a missing or mistyped field yields the fallback / nullopt.
std::optional<std::string> getString(const nlohmann::json& obj, std::string_view key);
std::optional<long long> getInt(const nlohmann::json& obj, std::string_view key);
std::optional<bool> getBool(const nlohmann::json& obj, std::string_view key);

}  // namespace qinqing::wire
