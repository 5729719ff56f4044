// 安全管理员 (issue 4, 等保 2.0 三权分立): online sessions and lockouts. Only security_admin passes the
// route table; every other role gets 403 and an access.refused audit entry. The rules live in
// auth::SecurityAdminService; this file decodes and encodes only.
#include "auth/account_provisioning_service.hpp"
#include "auth/security_admin_service.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerSecurityRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return auth::SecurityAdminService(services.database, services.clock); };
  const std::vector<domain::Role> securityAdmin = {domain::Role::SecurityAdmin};

  // ?page=&page_size= (1–200, default 50) → onlineSessionPageToJson, most recent activity first.
  routes.addForRoles(http::HttpMethod::Get, api::security::sessions, "在线会话", securityAdmin,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto paging = http::parsePaging(req);
                       if (!paging) return http::sendError(res, paging.error());
                       http::sendJson(res, http::Status::OK_200,
                                      wire::onlineSessionPageToJson(
                                          service().onlineSessions(paging.value().page, paging.value().pageSize)));
                     }).returns("onlineSessionPageToJson", http::keysOf(wire::onlineSessionPageToJson({})));

  // → 204; 404 not_found for an unknown or ended session.
  routes.addForRoles(http::HttpMethod::Delete, api::security::session, "强制下线", securityAdmin,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auto id = req.path_params.count("id") ? req.path_params.at("id") : std::string();
                       if (auto ended = service().endSession(who, id, req.remote_addr); !ended) {
                         return http::sendError(res, ended.error());
                       }
                       http::sendNoContent(res);
                     }).noContent();

  // → lockedAccountsToJson: {"accounts":[…]}, the latest lock first.
  routes.addForRoles(http::HttpMethod::Get, api::security::locked, "被锁定的账号", securityAdmin,
                     [service](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       http::sendJson(res, http::Status::OK_200, wire::lockedAccountsToJson(service().lockedAccounts()));
                     }).returns("lockedAccountsToJson", http::keysOf(wire::lockedAccountsToJson({})));

  // → {"ok":true,"was_locked":bool}; 404 not_found for an unknown account id.
  routes.addForRoles(http::HttpMethod::Post, api::security::unlockAccount, "解除账号锁定", securityAdmin,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auto id = req.path_params.count("id") ? http::parseDecimal(req.path_params.at("id"))
                                                                   : std::nullopt;
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       auto unlocked = service().unlockAccount(who, *id, req.remote_addr);
                       if (!unlocked) return http::sendError(res, unlocked.error());
                       http::sendJson(res, http::Status::OK_200, wire::accountUnlockedToJson(unlocked.value()));
                     }).returns("accountUnlockedToJson", http::keysOf(wire::accountUnlockedToJson(false)));

  // 生成临时密码 (issue 17): → {"account_id","login_name","password"}, shown once, to be replaced at
  // the next login; 404 unknown account; 409 one's own or a disabled account.
  auto provisioning = [&services] {
    return auth::AccountProvisioningService(services.database, services.hasher, services.clock, {});
  };
  routes.addForRoles(http::HttpMethod::Post, api::security::temporaryPassword,
                     "生成一次性临时密码（登录后须修改）", securityAdmin,
                     [provisioning](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "账号不存在");
                       auto issued = provisioning().issueTemporaryPassword(who, *id, req.remote_addr);
                       if (!issued) return http::sendError(res, issued.error());
                       http::sendJson(res, http::Status::OK_200, wire::temporaryPasswordToJson(issued.value()));
                     }).returns("temporaryPasswordToJson", http::keysOf(wire::temporaryPasswordToJson({})));
}

}  // namespace qinqing::backend
