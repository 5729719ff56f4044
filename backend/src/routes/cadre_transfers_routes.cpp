// 干部调入确认 (§2, issue 17): the moves of cadres into the caller's unit (单位管理员), into a unit of
// its region (县市区管理员) or anywhere (系统管理员), and the decision on one. The rules live in
// org::CadreTransferService; this file decodes and encodes.
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "org/cadre_transfer_service.hpp"
#include "qinqing/wire/cadre_transfer_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

const std::vector<std::string>& transferFields() {
  static const std::vector<std::string> keys = http::keysOf(wire::cadreTransferToJson({}));
  return keys;
}

const std::vector<std::string>& transferSortKeys() {
  static const std::vector<std::string> keys = {"requested_at", "cadre"};
  return keys;
}

}  // namespace

void registerCadreTransferRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return org::CadreTransferService(services.database, services.clock); };
  const std::vector<domain::Role> deciders = {domain::Role::UnitAdmin, domain::Role::CountyAdmin,
                                              domain::Role::SystemAdmin};

  // ?status=pending|approved|rejected|withdrawn&q=&sort=requested_at|cadre&order=&page=&page_size=
  // → pageToJson(cadreTransferToJson), newest first by default; 400 for an unknown status.
  routes.addForRoles(http::HttpMethod::Get, api::cadreTransfers::list, "干部调入申请列表", deciders,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       std::optional<domain::CadreTransferStatus> status;
                       if (auto key = http::queryParam(req, "status"); key && !key->empty()) {
                         status = domain::cadreTransferStatusFromKey(*key);
                         if (!status) {
                           return http::sendError(res, domain::DomainError::invalid(
                                                           {{"status", "状态应为 pending、approved、rejected 或 withdrawn"}}));
                         }
                       }
                       auto page = http::pageRequestOf(req, transferSortKeys());
                       if (!http::queryParam(req, "order")) page.descending = page.sort == "requested_at";
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().list(who, page, status), wire::cadreTransferToJson));
                     }).returns("pageToJson(cadreTransferToJson)", {"items", "total", "page", "page_size"});

  // Body: {"approve": bool, "note"} → the transfer; 400 (note required when declining), 404 outside
  // the scope, 409 no longer pending or a cadre of that name already in the unit.
  routes.addForRoles(http::HttpMethod::Post, api::cadreTransfers::decision, "确认或不同意干部调入", deciders,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, domain::ErrorCode::NotFound, "调动申请不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto decision = wire::cadreTransferDecisionFromJson(body.value());
                       if (!decision) return http::sendError(res, decision.error());
                       auto decided = service().decide(who, *id, std::move(decision).value(), req.remote_addr);
                       if (!decided) return http::sendError(res, decided.error());
                       http::sendJson(res, http::Status::OK_200, wire::cadreTransferToJson(decided.value()));
                     })
      .accepts("cadreTransferDecisionFromJson", http::keysOf(wire::cadreTransferDecisionToJson({})))
      .returns("cadreTransferToJson", transferFields());
}

}  // namespace qinqing::backend
