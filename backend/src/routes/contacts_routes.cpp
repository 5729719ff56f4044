// 联系记录 (§6): POST/GET /api/enterprises/{id}/contacts, GET /api/cadres/{id}/contacts,
// GET /api/contacts/mine. The rules
// live in relation::ContactLogService and qinqing/relation/contact_log.hpp.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "qinqing/wire/contact_log_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "relation/contact_log_service.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kContactFields = {"id",        "date",       "way",  "way_name", "summary",
                                                 "follow_up", "enterprise", "cadre", "created_at"};

d::PageRequest newestFirst(const httplib::Request& req) {
  auto page = http::pageRequestOf(req, relation::contactSortKeys());
  if (!req.has_param("order")) page.descending = true;
  return page;
}

}  // namespace

void registerContactRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return relation::ContactLogService(services.database, services.clock); };

  routes.addForRoles(http::HttpMethod::Post, api::enterprises::contacts, "联系记录：登记一次联系", {d::Role::Cadre},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "企业不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto entry = wire::contactEntryFromJson(body.value());
                       if (!entry) return http::sendError(res, entry.error());
                       auto saved = service().log(who, *id, entry.value(), req.remote_addr);
                       if (!saved) return http::sendError(res, saved.error());
                       http::sendJson(res, http::Status::Created_201, wire::contactToJson(saved.value()));
                     })
      .accepts("contactEntryFromJson", {"date", "way", "summary", "follow_up"})
      .returns("contactToJson", kContactFields)
      .successStatus = 201;

  // ?q=&sort=date|way&order=&page=&page_size= (newest first by default).
  routes.addForRoles(http::HttpMethod::Get, api::enterprises::contacts, "联系记录：某企业的联系记录",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "企业不存在");
                       auto page = service().forEnterprise(who, *id, newestFirst(req));
                       if (!page) return http::sendError(res, page.error());
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page.value(), wire::contactToJson));
                     })
      .returns("pageToJson(contactToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Get, api::cadres::contacts, "联系记录：某包联干部的联系记录",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "包联干部不存在");
                       auto page = service().forCadre(who, *id, newestFirst(req));
                       if (!page) return http::sendError(res, page.error());
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page.value(), wire::contactToJson));
                     })
      .returns("pageToJson(contactToJson)", {"items", "total", "page", "page_size"});

  // 联系企业—联系记录: the signed-in cadre's own contacts (its cadre id is the session's, not a parameter).
  routes.addForRoles(http::HttpMethod::Get, api::contacts::mine, "联系记录：本人的联系记录", {d::Role::Cadre},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       if (!who.cadreId) return http::sendError(res, d::ErrorCode::NotFound, "包联干部不存在");
                       auto page = service().forCadre(who, *who.cadreId, newestFirst(req));
                       if (!page) return http::sendError(res, page.error());
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page.value(), wire::contactToJson));
                     })
      .returns("pageToJson(contactToJson)", {"items", "total", "page", "page_size"});
}

}  // namespace qinqing::backend
