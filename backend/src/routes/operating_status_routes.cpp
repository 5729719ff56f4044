// 企业经营状况 (§3): /api/enterprises/{id}/operating-status[/{month}]. The rules live in
// relation::OperatingStatusService and qinqing/relation/operating_status.hpp.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/operating_status_json.hpp"
#include "relation/operating_status_service.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kReportFields = {"month",        "month_label", "state",      "state_name",
                                                "output_value", "revenue",     "employees",  "difficulties",
                                                "entered_at",   "entered_by",  "entered_role", "superseded_at"};

}  // namespace

void registerOperatingStatusRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return relation::OperatingStatusService(services.database, services.clock); };

  // ?months=1..36 (default 12) → the overview.
  routes.addForRoles(http::HttpMethod::Get, api::enterprises::operatingStatus, "企业经营状况：近月填报与欠报月份",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "企业不存在");
                       int months = 12;
                       if (auto m = http::queryParam(req, "months"); m && !m->empty()) {
                         auto n = http::parseDecimal(*m);
                         if (!n || *n < 1 || *n > 36) {
                           return http::sendError(res, d::DomainError::invalid({{"months", "月数应为1至36"}}));
                         }
                         months = static_cast<int>(*n);
                       }
                       auto overview = service().overview(who, *id, months);
                       if (!overview) return http::sendError(res, overview.error());
                       http::sendJson(res, http::Status::OK_200, wire::operatingOverviewToJson(overview.value()));
                     })
      .returns("operatingOverviewToJson", {"enterprise", "reports", "missing_months", "owed_months"});

  routes.addForRoles(http::HttpMethod::Get, api::enterprises::operatingMonth, "企业经营状况：某月及历史版本",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "企业不存在");
                       auto detail = service().month(who, *id, req.path_params.at("month"));
                       if (!detail) return http::sendError(res, detail.error());
                       http::sendJson(res, http::Status::OK_200, wire::operatingMonthToJson(detail.value()));
                     })
      .returns("operatingMonthToJson", {"current", "history"});

  routes.addForRoles(http::HttpMethod::Put, api::enterprises::operatingMonth, "企业经营状况：填报或修改",
                     {d::Role::Enterprise, d::Role::Cadre},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "企业不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto form = wire::operatingStatusFormFromJson(body.value(), req.path_params.at("month"));
                       if (!form) return http::sendError(res, form.error());
                       auto saved = service().save(who, *id, form.value(), req.remote_addr);
                       if (!saved) return http::sendError(res, saved.error());
                       http::sendJson(res, http::Status::OK_200, wire::operatingStatusToJson(saved.value()));
                     })
      .accepts("operatingStatusFormFromJson", {"state", "output_value", "revenue", "employees", "difficulties"})
      .returns("operatingStatusToJson", kReportFields);
}

}  // namespace qinqing::backend
