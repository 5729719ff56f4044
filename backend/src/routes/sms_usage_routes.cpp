// 短信日志 — 用量 (系统管理员): GET /api/sms/usage, texts and billing units per day and recipient.
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/sms_log_json.hpp"
#include "qinqing/wire/sms_usage_json.hpp"
#include "routes/routes.hpp"
#include "sms/sms_usage.hpp"

namespace qinqing::backend {

void registerSmsUsageRoutes(http::RouteTable& routes, Services& services) {
  // ?from=&to= (CST days, default the last 30) &mobile= (trailing digits) &group=recipient|day &page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::sms::usage, "短信日志：每日每人发送条数与计费条数",
                     {domain::Role::SystemAdmin},
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       std::map<std::string, std::string> params;
                       for (const auto& [key, value] : req.params) {
                         if (key == "from" || key == "to" || key == "mobile") params.emplace(key, value);
                       }
                       auto filter = wire::smsLogFilterFromParams(params);
                       if (!filter) return http::sendError(res, filter.error());
                       auto grouping = sms::UsageGrouping::PerRecipient;
                       if (auto g = http::queryParam(req, "group"); g && !g->empty()) {
                         if (*g == "day") {
                           grouping = sms::UsageGrouping::PerDay;
                         } else if (*g != "recipient") {
                           return http::sendError(res, domain::DomainError::invalid({{"group", "分组应为 recipient 或 day"}}));
                         }
                       }
                       const auto today = domain::localDate(domain::Instant::fromUnixSeconds(toUnixSeconds(services.clock())));
                       auto report = sms::smsUsage(services.database, filter.value(), grouping,
                                                   http::pageRequestOf(req, {}), today);
                       http::sendJson(res, http::Status::OK_200, wire::smsUsageReportToJson(report));
                     })
      .returns("smsUsageReportToJson", {"items", "total", "page", "page_size", "totals"});
}

}  // namespace qinqing::backend
