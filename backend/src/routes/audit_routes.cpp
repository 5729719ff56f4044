// The audit log, for 审计管理员 only (等保 2.0 三权分立: the administrators whose actions it
// records cannot read it, and nobody can change it — there is no write route at all).
#include "audit/audit_entry.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/audit_json.hpp"
#include "repositories/audit_repository.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerAuditRoutes(http::RouteTable& routes, Services& services) {
  // ?page=&page_size=&action=<key>&account=<account id | login name> → auditPageToJson, newest
  // first. 400 for bad paging or an unknown action key.
  routes.addForRoles(
      http::HttpMethod::Get, api::audit::list, "审计日志", {domain::Role::AuditAdmin},
      [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
        auto paging = http::parsePaging(req);
        std::vector<domain::FieldError> errors;
        if (!paging) errors = paging.error().fields;
        AuditQuery query;
        if (auto action = http::queryParam(req, "action"); action && !action->empty()) {
          if (audit::actionFromKey(*action)) {
            query.action = *action;
          } else {
            errors.push_back({"action", "未知的操作类型：" + *action});
          }
        }
        // All digits: an account id; anything else: the login name as recorded.
        if (auto account = http::queryParam(req, "account"); account && !account->empty()) {
          if (auto id = http::parseDecimal(*account)) {
            query.accountId = *id;
          } else {
            query.accountLabel = *account;
          }
        }
        if (!errors.empty()) return http::sendError(res, domain::DomainError::invalid(std::move(errors)));
        query.page = paging.value().page;
        query.pageSize = paging.value().pageSize;
        auto rows = services.database.read([&](SQLite::Database& c) { return AuditRepository(c).page(query); });
        http::sendJson(res, http::Status::OK_200,
                       wire::auditPageToJson(audit::toPage(query.page, query.pageSize, rows.total, rows.rows)));
      }).returns("auditPageToJson", http::keysOf(wire::auditPageToJson({})));
}

}  // namespace qinqing::backend
