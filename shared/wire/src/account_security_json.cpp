#include "qinqing/wire/account_security_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

std::string text(const json& j, std::string_view key) { return getString(j, key).value_or(""); }

}  // namespace

json passwordChangeToJson(const d::PasswordChange& c) {
  return {{"current_password", c.currentPassword}, {"new_password", c.newPassword}};
}

d::Result<d::PasswordChange> passwordChangeFromJson(const json& j) {
  if (!j.is_object()) return badShape("修改密码");
  return d::PasswordChange{text(j, "current_password"), text(j, "new_password")};
}

json mobileCodeRequestToJson(const d::MobileCodeRequest& r) { return {{"mobile", r.mobile}}; }

d::Result<d::MobileCodeRequest> mobileCodeRequestFromJson(const json& j) {
  if (!j.is_object()) return badShape("获取验证码");
  return d::MobileCodeRequest{text(j, "mobile")};
}

json mobileBindingToJson(const d::MobileBinding& b) { return {{"mobile", b.mobile}, {"code", b.code}}; }

d::Result<d::MobileBinding> mobileBindingFromJson(const json& j) {
  if (!j.is_object()) return badShape("绑定手机号");
  return d::MobileBinding{text(j, "mobile"), text(j, "code")};
}

json profileUpdateToJson(const d::ProfileUpdate& u) {
  json j = {{"title", u.title}, {"email", u.email}};
  if (u.unitId) j["unit_id"] = *u.unitId;
  return j;
}

d::Result<d::ProfileUpdate> profileUpdateFromJson(const json& j) {
  if (!j.is_object()) return badShape("个人信息");
  return d::ProfileUpdate{text(j, "title"), text(j, "email"), getInt(j, "unit_id")};
}

json unlockRequestToJson(const d::UnlockRequest& r) {
  json j = {{"role", d::roleKey(r.role)}, {"login_name", r.loginName}};
  j["unit_id"] = r.unitId ? json(*r.unitId) : json(nullptr);
  if (!r.code.empty()) j["code"] = r.code;
  return j;
}

d::Result<d::UnlockRequest> unlockRequestFromJson(const json& j) {
  if (!j.is_object()) return badShape("解锁请求");
  auto role = d::roleFromKey(text(j, "role"));
  if (!role) return d::DomainError::invalid({{"role", "请选择用户类型"}});
  d::UnlockRequest r;
  r.role = *role;
  r.loginName = text(j, "login_name");
  r.unitId = getInt(j, "unit_id");
  r.code = text(j, "code");
  return r;
}

json okToJson() { return {{"ok", true}}; }

json codeSentToJson(int expiresInSeconds) { return {{"ok", true}, {"expires_in", expiresInSeconds}}; }

json passwordChangedToJson(const PasswordChanged& reply) {
  return {{"ok", true}, {"other_sessions_ended", reply.otherSessionsEnded}, {"profile", profileToJson(reply.profile)}};
}

d::Result<PasswordChanged> passwordChangedFromJson(const json& j) {
  if (!j.is_object() || !j.contains("profile")) return badShape("修改密码的应答");
  auto profile = profileFromJson(j["profile"]);
  if (!profile) return profile.error();
  return PasswordChanged{static_cast<int>(getInt(j, "other_sessions_ended").value_or(0)), std::move(profile).value()};
}

json accountUnlockedToJson(bool wasLocked) { return {{"ok", true}, {"was_locked", wasLocked}}; }

json onlineSessionPageToJson(const d::OnlineSessionPage& page) {
  json sessions = json::array();
  for (const auto& s : page.sessions) {
    sessions.push_back({{"id", s.id},
                        {"account_id", s.accountId},
                        {"login_name", s.loginName},
                        {"role", d::roleKey(s.role)},
                        {"role_name", d::roleDisplayName(s.role)},
                        {"created_at", s.createdAt},
                        {"last_seen_at", s.lastSeenAt},
                        {"address", s.address}});
  }
  return {{"page", page.page}, {"page_size", page.pageSize}, {"total", page.total}, {"sessions", sessions}};
}

d::Result<d::OnlineSessionPage> onlineSessionPageFromJson(const json& j) {
  if (!j.is_object() || !j.contains("sessions") || !j["sessions"].is_array()) return badShape("在线会话");
  d::OnlineSessionPage page;
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(0));
  page.total = getInt(j, "total").value_or(0);
  for (const auto& s : j["sessions"]) {
    auto role = d::roleFromKey(text(s, "role"));
    if (!role) return badShape("在线会话的角色");
    page.sessions.push_back({text(s, "id"), getInt(s, "account_id").value_or(0), text(s, "login_name"), *role,
                             text(s, "created_at"), text(s, "last_seen_at"), text(s, "address")});
  }
  return page;
}

json lockedAccountsToJson(const std::vector<d::LockedAccount>& accounts) {
  json list = json::array();
  for (const auto& a : accounts) {
    list.push_back({{"account_id", a.accountId},
                    {"role", d::roleKey(a.role)},
                    {"role_name", d::roleDisplayName(a.role)},
                    {"login_name", a.loginName},
                    {"locked_until", a.lockedUntil},
                    {"failed_count", a.failedCount}});
  }
  return {{"accounts", list}};
}

d::Result<std::vector<d::LockedAccount>> lockedAccountsFromJson(const json& j) {
  if (!j.is_object() || !j.contains("accounts") || !j["accounts"].is_array()) return badShape("锁定账号");
  std::vector<d::LockedAccount> out;
  for (const auto& a : j["accounts"]) {
    auto role = d::roleFromKey(text(a, "role"));
    if (!role) return badShape("锁定账号的角色");
    out.push_back({getInt(a, "account_id").value_or(0), *role, text(a, "login_name"), text(a, "locked_until"),
                   static_cast<int>(getInt(a, "failed_count").value_or(0))});
  }
  return out;
}

}  // namespace qinqing::wire
