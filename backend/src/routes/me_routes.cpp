// The signed-in user's own account (我的资料, notice §1, §2, §7, §8, §15): 个人信息 (GET, and for
// staff PUT of 职务 and 邮箱), 重置密码, and binding a mobile with an SMS code. The rules live in
// auth::AccountService and auth::VerificationService; this file decodes and encodes only.
#include "auth/account_service.hpp"
#include "auth/verification_service.hpp"
#include "http/json_response.hpp"
#include "org/cadre_transfer_service.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "routes/routes.hpp"
#include "routes/throttled_form.hpp"

namespace qinqing::backend {
namespace {

const std::vector<std::string>& profileFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::profileToJson({}));
  return keys;
}

// Every role but 企业, whose details are its enterprise record (企业信息, §15).
std::vector<domain::Role> staffRoles() {
  std::vector<domain::Role> roles;
  for (domain::Role r : domain::kAllRoles) {
    if (r != domain::Role::Enterprise) roles.push_back(r);
  }
  return roles;
}

void sendProfile(httplib::Response& res, Services& services, const auth::AuthContext& who) {
  auto profile = services.sessions.profile(who);
  if (!profile) return http::sendError(res, profile.error());
  http::sendJson(res, http::Status::OK_200, wire::profileToJson(profile.value()));
}

// Decodes the body as JSON and then with `decode`; on failure answers the error and returns empty.
template <typename Decode>
auto decodeMeBody(const httplib::Request& req, httplib::Response& res, Decode decode)
    -> std::optional<std::decay_t<decltype(decode(nlohmann::json()).value())>> {
  auto body = wire::parseObject(req.body);
  if (!body) {
    http::sendError(res, body.error());
    return std::nullopt;
  }
  auto decoded = decode(body.value());
  if (!decoded) {
    http::sendError(res, decoded.error());
    return std::nullopt;
  }
  return std::move(decoded).value();
}

// A wrong current password (which also counts towards the account lock): a guess to throttle.
bool wrongCurrentPassword(const domain::DomainError& error) {
  if (error.code == domain::ErrorCode::AccountLocked) return true;
  for (const auto& field : error.fields) {
    if (field.field == "current_password") return true;
  }
  return false;
}

}  // namespace

void registerMeRoutes(http::RouteTable& routes, Services& services) {
  auto accounts = [&services] { return auth::AccountService(services.database, services.hasher, services.clock); };
  auto codes = [&services] {
    return auth::VerificationService(services.database, services.clock, [&services] { services.sms.wake(); });
  };

  // → profileToJson; mobile_masked only, must_change_password also when the password is older
  // than the role allows (90 days staff, 180 enterprises).
  routes.addAuthed(http::HttpMethod::Get, api::me::profile, "当前用户的个人信息",
                   [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                     sendProfile(res, services, who);
                   }).returns("profileToJson", profileFields()).allowedBeforePasswordChange();

  // {"title","email"} → the profile. 400 invalid_input (title ≤ 50 characters, e-mail format).
  routes.addForRoles(http::HttpMethod::Put, api::me::profile, "修改个人信息（职务、邮箱）", staffRoles(),
                     [&services, accounts](const httplib::Request& req, httplib::Response& res,
                                           const auth::AuthContext& who) {
                       auto update = decodeMeBody(req, res, wire::profileUpdateFromJson);
                       if (!update) return;
                       auto done = accounts().updateProfile(who, *update, req.remote_addr);
                       if (!done) return http::sendError(res, done.error());
                       if (done.value()) services.sms.wake();
                       sendProfile(res, services, who);
                     }).accepts("profileUpdateFromJson", http::keysOf(wire::profileUpdateToJson({}))).returns("profileToJson", profileFields()).allowedToReadOnlyRoles();

  // 撤回 a cadre's pending change of unit (§2) → the profile; 404 when none is pending.
  routes.addForRoles(http::HttpMethod::Delete, api::me::unitTransfer, "撤回工作单位调整申请", {domain::Role::Cadre},
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto done = org::CadreTransferService(services.database, services.clock).withdraw(who, req.remote_addr);
                       if (!done) return http::sendError(res, done.error());
                       sendProfile(res, services, who);
                     }).returns("profileToJson", profileFields());

  // {"current_password","new_password"} → {"ok":true,"other_sessions_ended":N,"profile":{…}}.
  // 400 invalid_input: current_password "当前密码不正确", new_password (policy, "不能与最近5次使用
  // 的密码相同"); 423 account_locked after the fifth wrong current password; 409 conflict.
  routes.addAuthed(http::HttpMethod::Post, api::me::password, "修改密码",
                   [&services, accounts](const httplib::Request& req, httplib::Response& res,
                                         const auth::AuthContext& who) {
                     auto change = decodeMeBody(req, res, wire::passwordChangeFromJson);
                     if (!change) return;
                     auto& throttle = services.throttles.passwordChange;
                     const std::string name = std::to_string(who.accountId);
                     if (refusedByThrottle(throttle, "password_change", name, req, res, services)) return;
                     auto ended = accounts().changePassword(who, *change, req.remote_addr);
                     if (!ended) {
                       if (wrongCurrentPassword(ended.error())) {
                         throttle.recordFailure(req.remote_addr, name, toUnixSeconds(services.clock()));
                       }
                       return http::sendError(res, ended.error());
                     }
                     auto profile = services.sessions.profile(who);
                     if (!profile) return http::sendError(res, profile.error());
                     http::sendJson(res, http::Status::OK_200,
                                    wire::passwordChangedToJson({ended.value(), profile.value()}));
                   }).accepts("passwordChangeFromJson", http::keysOf(wire::passwordChangeToJson({}))).returns("passwordChangedToJson", http::keysOf(wire::passwordChangedToJson({}))).allowedBeforePasswordChange().allowedToReadOnlyRoles();

  // {"mobile"} → {"ok":true,"expires_in":600}; the code goes by SMS. 400 invalid_input (mobile);
  // 429 too_many_requests "请 60 秒后再获取验证码".
  routes.addAuthed(http::HttpMethod::Post, api::me::mobileCode, "获取绑定手机号的短信验证码",
                   [codes](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                     auto request = decodeMeBody(req, res, wire::mobileCodeRequestFromJson);
                     if (!request) return;
                     auto expiresIn = codes().requestBindingCode(who, *request, req.remote_addr);
                     if (!expiresIn) return http::sendError(res, expiresIn.error());
                     http::sendJson(res, http::Status::OK_200, wire::codeSentToJson(expiresIn.value()));
                   }).accepts("mobileCodeRequestFromJson", http::keysOf(wire::mobileCodeRequestToJson({}))).returns("codeSentToJson", http::keysOf(wire::codeSentToJson(0))).allowedBeforePasswordChange().allowedToReadOnlyRoles();

  // {"mobile","code"} → the profile (mobile_bound true). 400 invalid_input: code "验证码不正确或已过期".
  routes.addAuthed(http::HttpMethod::Post, api::me::mobile, "绑定手机号",
                   [&services, codes](const httplib::Request& req, httplib::Response& res,
                                      const auth::AuthContext& who) {
                     auto binding = decodeMeBody(req, res, wire::mobileBindingFromJson);
                     if (!binding) return;
                     if (auto bound = codes().bindMobile(who, *binding, req.remote_addr); !bound) {
                       return http::sendError(res, bound.error());
                     }
                     sendProfile(res, services, who);
                   }).accepts("mobileBindingFromJson", http::keysOf(wire::mobileBindingToJson({}))).returns("profileToJson", profileFields()).allowedBeforePasswordChange().allowedToReadOnlyRoles();
}

}  // namespace qinqing::backend
