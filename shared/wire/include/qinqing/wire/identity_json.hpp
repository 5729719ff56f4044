// Wire form of identity types (login, profile, login options). Keys are snake_case.
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::wire {

nlohmann::json profileToJson(const domain::AccountProfile& profile);
domain::Result<domain::AccountProfile> profileFromJson(const nlohmann::json& j);

nlohmann::json loginRequestToJson(const domain::LoginRequest& request);
// Decodes shape only (unknown role → invalid_input on field "role"); rules are validateLoginRequest's.
domain::Result<domain::LoginRequest> loginRequestFromJson(const nlohmann::json& j);

nlohmann::json loginOptionsToJson(const domain::LoginOptions& options);
domain::Result<domain::LoginOptions> loginOptionsFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
