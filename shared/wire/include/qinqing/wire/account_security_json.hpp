// Wire form of the account-security requests and replies (qinqing/identity/account_security.hpp):
//
//   POST /api/me/password     {"current_password": "…", "new_password": "…"}
//                             → {"ok": true, "other_sessions_ended": 1, "profile": {…profileToJson…}}
//   POST /api/me/mobile/code  {"mobile": "13800001111"}          → {"ok": true, "expires_in": 600}
//   POST /api/me/mobile       {"mobile": "13800001111", "code": "123456"}
//   PUT  /api/me              {"title": "科长", "email": "a@b.cn"}
//   POST /api/unlock/code     {"role": "cadre", "login_name": "张明", "unit_id": 3}  → {"ok": true}
//   POST /api/unlock          {"role": "cadre", "login_name": "张明", "unit_id": 3, "code": "123456"}
//                             → {"ok": true}
//   POST /api/security/accounts/{id}/unlock → {"ok": true, "was_locked": true}
//   GET  /api/security/sessions → {"page": 1, "page_size": 50, "total": 2, "sessions": [
//       {"id": "3f9a0c…(16 hex)", "account_id": 7, "login_name": "张明", "role": "cadre",
//        "role_name": "包联干部", "created_at": "…+08:00", "last_seen_at": "…+08:00",
//        "address": "10.0.0.8"}]}
//   GET  /api/security/locked   → {"accounts": [{"account_id": 7, "role": "cadre", "role_name": "包联干部",
//        "login_name": "张明", "locked_until": "…+08:00", "failed_count": 5}]}
//
// Request decoders check shape only (a non-string where a string belongs reads as empty, so the
// domain validator reports it with its Chinese message); the rules are the domain's. Decoders
// never throw (the wasm build has no exception catching).
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_security.hpp"

namespace qinqing::wire {

nlohmann::json passwordChangeToJson(const domain::PasswordChange& change);
domain::Result<domain::PasswordChange> passwordChangeFromJson(const nlohmann::json& j);

nlohmann::json mobileCodeRequestToJson(const domain::MobileCodeRequest& request);
domain::Result<domain::MobileCodeRequest> mobileCodeRequestFromJson(const nlohmann::json& j);

nlohmann::json mobileBindingToJson(const domain::MobileBinding& binding);
domain::Result<domain::MobileBinding> mobileBindingFromJson(const nlohmann::json& j);

nlohmann::json profileUpdateToJson(const domain::ProfileUpdate& update);
domain::Result<domain::ProfileUpdate> profileUpdateFromJson(const nlohmann::json& j);

// "code" is written only when non-empty (POST /api/unlock/code carries none).
nlohmann::json unlockRequestToJson(const domain::UnlockRequest& request);
// Unknown role → invalid_input on field "role" ("请选择用户类型"), as the login request.
domain::Result<domain::UnlockRequest> unlockRequestFromJson(const nlohmann::json& j);

// {"ok": true}: the request was taken (POST /api/unlock/code, POST /api/unlock).
nlohmann::json okToJson();
// {"ok": true, "expires_in": <seconds>}: a code was sent.
nlohmann::json codeSentToJson(int expiresInSeconds);

struct PasswordChanged {
  int otherSessionsEnded = 0;
  domain::AccountProfile profile;  // must_change_password now false
  bool operator==(const PasswordChanged&) const = default;
};
nlohmann::json passwordChangedToJson(const PasswordChanged& reply);
domain::Result<PasswordChanged> passwordChangedFromJson(const nlohmann::json& j);

// {"ok": true, "was_locked": bool}.
nlohmann::json accountUnlockedToJson(bool wasLocked);

nlohmann::json onlineSessionPageToJson(const domain::OnlineSessionPage& page);
domain::Result<domain::OnlineSessionPage> onlineSessionPageFromJson(const nlohmann::json& j);

nlohmann::json lockedAccountsToJson(const std::vector<domain::LockedAccount>& accounts);
domain::Result<std::vector<domain::LockedAccount>> lockedAccountsFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
