// Wire form of a successful login (POST /api/session):
// {"token":"…","idle_timeout_seconds":1800,"profile":{…profileToJson…}}.
// The token is an opaque bearer credential: the client keeps it in memory and sends it back as
// "Authorization: Bearer <token>"; it must never be logged or put in a URL.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::wire {

struct SessionGrant {
  std::string token;
  int idleTimeoutSeconds = 0;  // the session ends after this long without a request
  domain::AccountProfile profile;
  bool operator==(const SessionGrant&) const = default;
};

nlohmann::json sessionGrantToJson(const SessionGrant& grant);
// Missing token or profile → invalid_input; the profile decodes as profileFromJson does.
domain::Result<SessionGrant> sessionGrantFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
