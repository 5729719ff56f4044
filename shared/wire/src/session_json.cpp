#include "qinqing/wire/session_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"

namespace qinqing::wire {

nlohmann::json sessionGrantToJson(const SessionGrant& grant) {
  return {{"token", grant.token},
          {"idle_timeout_seconds", grant.idleTimeoutSeconds},
          {"profile", profileToJson(grant.profile)}};
}

domain::Result<SessionGrant> sessionGrantFromJson(const nlohmann::json& j) {
  auto token = getString(j, "token");
  if (!token || token->empty() || !j.contains("profile")) {
    return domain::DomainError::of(domain::ErrorCode::InvalidInput, "数据格式有误：登录应答");
  }
  auto profile = profileFromJson(j["profile"]);
  if (!profile) return profile.error();
  SessionGrant g;
  g.token = *token;
  g.idleTimeoutSeconds = static_cast<int>(getInt(j, "idle_timeout_seconds").value_or(0));
  g.profile = std::move(profile).value();
  return g;
}

}  // namespace qinqing::wire
