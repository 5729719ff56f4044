// Wire form of account activation (qinqing/identity/activation.hpp):
//
//   POST /api/activation/code  {"role": "enterprise", "login_name": "十堰市某某有限公司", "unit_id": null}
//                              → {"ok": true}
//   POST /api/activation       {"role", "login_name", "unit_id", "code": "123456", "new_password": "…"}
//                              → the session grant of POST /api/session (session_json.hpp)
//
// The decoder checks shape only (a non-string reads as empty, so the domain validator reports it in
// Chinese); an unknown role is invalid_input on "role" ("请选择用户类型"). Never throws.
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/activation.hpp"

namespace qinqing::wire {

// "code" and "new_password" are written only when non-empty (the code request carries neither).
nlohmann::json activationRequestToJson(const domain::ActivationRequest& request);
domain::Result<domain::ActivationRequest> activationRequestFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
