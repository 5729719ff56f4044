// 企业入驻申请 (notice §13): the public form and status page on the login page, and the review by
// 系统管理员 / 县市区管理员. Rules in org::ApplicationService; this file decodes, limits how often
// one address may use the public forms, and encodes.
#include <memory>

#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/rate_limiter.hpp"
#include "org/application_service.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

// Per client address: a person applies once or twice; a script must not fill the review queue
// nor try numbers on the status page.
constexpr int kSubmissionsPerAddress = 10;
constexpr long long kSubmissionWindowSeconds = 3600;
constexpr int kLookupsPerAddress = 30;
constexpr long long kLookupWindowSeconds = 600;

const std::vector<std::string>& applicationFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::applicationToJson({}));
  return keys;
}

template <typename Decode>
auto decodeBody(const httplib::Request& req, Decode decode) -> decltype(decode(nlohmann::json())) {
  auto body = wire::parseObject(req.body);
  if (!body) return body.error();
  return decode(body.value());
}

void sendApplication(httplib::Response& res, const domain::Result<domain::EnterpriseApplication>& result) {
  if (!result) return http::sendError(res, result.error());
  http::sendJson(res, http::Status::OK_200, wire::applicationToJson(result.value()));
}

bool limited(http::RateLimiter& limiter, const httplib::Request& req, httplib::Response& res, Services& services) {
  const long long wait = limiter.take(req.remote_addr, toUnixSeconds(services.clock()));
  if (wait == 0) return false;
  http::sendTooManyRequests(res, wait);
  return true;
}

}  // namespace

void registerApplicationRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] {
    return org::ApplicationService(services.database, services.clock, [&services] { services.sms.wake(); });
  };
  auto submissions = std::make_shared<http::RateLimiter>(kSubmissionsPerAddress, kSubmissionWindowSeconds);
  auto lookups = std::make_shared<http::RateLimiter>(kLookupsPerAddress, kLookupWindowSeconds);

  // → {"regions":[{"id","name","needs_industry_group"}…],"industry_groups":[{"id","name"}…]}.
  routes.add(http::HttpMethod::Get, api::applications::options, "企业入驻申请表的区域和行业组别",
             [service](const httplib::Request&, httplib::Response& res) {
               http::sendJson(res, http::Status::OK_200, wire::applicationChoicesToJson(service().formOptions()));
             }).returns("applicationChoicesToJson", http::keysOf(wire::applicationChoicesToJson({})));

  // applicationFormToJson → the pending application (applicant's view: liaison mobile masked).
  // 400 every field error; 409 conflict on uscc/name (registered enterprise or pending
  // application); 429 for an address that applied too often.
  routes.add(http::HttpMethod::Post, api::applications::list, "提交企业入驻申请",
             [service, submissions, &services](const httplib::Request& req, httplib::Response& res) {
               auto form = decodeBody(req, wire::applicationFormFromJson);
               if (!form) return http::sendError(res, form.error());
               if (limited(*submissions, req, res, services)) return;
               sendApplication(res, service().submit(std::move(form).value(), req.remote_addr));
             })
      .accepts("applicationFormFromJson", http::keysOf(wire::applicationFormToJson({})))
      .returns("applicationToJson", applicationFields());

  // {"number","uscc"} → the application (applicant's view, with reject_reason); 404 unless both match.
  routes.add(http::HttpMethod::Post, api::applications::status, "查询企业入驻申请进度",
             [service, lookups, &services](const httplib::Request& req, httplib::Response& res) {
               auto lookup = decodeBody(req, wire::applicationLookupFromJson);
               if (!lookup) return http::sendError(res, lookup.error());
               if (limited(*lookups, req, res, services)) return;
               sendApplication(res, service().lookup(std::move(lookup).value()));
             })
      .accepts("applicationLookupFromJson", http::keysOf(wire::applicationLookupToJson({})))
      .returns("applicationToJson", applicationFields());

  // ?status=pending|approved|rejected&q=&sort=submitted_at|name|uscc|region|status&order=&page=&page_size=
  // → pageToJson(applicationToJson) within the reviewer's scope; 400 for an unknown status.
  routes.addForRoles(http::HttpMethod::Get, api::applications::list, "企业入驻申请列表（本人审核范围内）",
                     auth::applicationReviewRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       ApplicationListQuery query;
                       query.page = http::pageRequestOf(req, applicationSortKeys());
                       const std::string status = req.get_param_value("status");
                       if (!status.empty()) {
                         query.status = wire::applicationStatusFromKey(status);
                         if (!query.status) {
                           return http::sendError(res, domain::DomainError::invalid({{"status", "审核状态无效"}}));
                         }
                       }
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().list(who, query), wire::applicationToJson));
                     })
      .returns("pageToJson(applicationToJson)", {"items", "total", "page", "page_size"});

  // → applicationToJson; 404 when missing or outside the reviewer's scope.
  routes.addForRoles(http::HttpMethod::Get, api::applications::one, "企业入驻申请详情", auth::applicationReviewRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "申请不存在");
                       sendApplication(res, service().get(who, *id));
                     })
      .returns("applicationToJson", applicationFields());

  // {"cadre_id"} → the approved application: enterprise, account (待激活), cadre assignment, SMS.
  // 400 cadre_id; 404 missing/outside scope; 409 already reviewed or registered meanwhile.
  routes.addForRoles(http::HttpMethod::Post, api::applications::approve, "通过企业入驻申请并指定包联干部",
                     auth::applicationReviewRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "申请不存在");
                       auto approval = decodeBody(req, wire::applicationApprovalFromJson);
                       if (!approval) return http::sendError(res, approval.error());
                       sendApplication(res, service().approve(who, *id, approval.value(), req.remote_addr));
                     })
      .accepts("applicationApprovalFromJson", http::keysOf(wire::applicationApprovalToJson({})))
      .returns("applicationToJson", applicationFields());

  // {"reason"} → the rejected application. 400 reason; 404; 409 already reviewed.
  routes.addForRoles(http::HttpMethod::Post, api::applications::reject, "驳回企业入驻申请",
                     auth::applicationReviewRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "申请不存在");
                       auto rejection = decodeBody(req, wire::applicationRejectionFromJson);
                       if (!rejection) return http::sendError(res, rejection.error());
                       sendApplication(res, service().reject(who, *id, std::move(rejection).value(), req.remote_addr));
                     })
      .accepts("applicationRejectionFromJson", http::keysOf(wire::applicationRejectionToJson({})))
      .returns("applicationToJson", applicationFields());
}

}  // namespace qinqing::backend
