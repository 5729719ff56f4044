// 简报投稿: /api/bulletins… (authors and readers), /api/publish/bulletins… (系统管理员 审核) and
// /api/bulletins/unit-counts (the unit assessment report). The rules live in content::BulletinService.
#include "content/bulletin_service.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/bulletin_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kBulletinFields = {"id",        "kind",       "kind_name",    "status",       "status_name",
                                                  "title",     "body",       "author",       "cadre",        "enterprise",
                                                  "unit",      "submitted_at", "updated_at", "reviewed_at",  "review_comment",
                                                  "editable"};

const std::vector<d::Role>& bulletinReaderRoles() {
  static const std::vector<d::Role> roles = {d::Role::Enterprise,     d::Role::Cadre,
                                             d::Role::UnitAdmin,      d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher,
                                             d::Role::Inspector,      d::Role::SystemAdmin};
  return roles;
}

d::Result<std::optional<d::BulletinStatus>> statusParam(const httplib::Request& req) {
  auto key = http::queryParam(req, "status");
  if (!key || key->empty()) return std::optional<d::BulletinStatus>();
  auto status = d::bulletinStatusFromKey(*key);
  if (!status) return d::DomainError::invalid({{"status", "状态应为 submitted、adopted、returned 或 declined"}});
  return std::optional<d::BulletinStatus>(*status);
}

void sendBulletin(httplib::Response& res, const d::Result<wire::BulletinView>& b, http::Status ok = http::Status::OK_200) {
  if (!b) return http::sendError(res, b.error());
  http::sendJson(res, ok, wire::bulletinToJson(b.value()));
}

}  // namespace

void registerBulletinRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return content::BulletinService(services.database, services.clock); };

  // ?mine=1&status= (the caller's own, any state) or the adopted ones (?kind=cadre_story|enterprise_news);
  // q=&sort=submitted_at|title&order=&page=&page_size=.
  routes.addForRoles(http::HttpMethod::Get, api::bulletins::list, "简报：已采用的简报 / 我的投稿", bulletinReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto page = http::pageRequestOf(req, content::bulletinSortKeys());
                       const auto mine = http::queryParam(req, "mine");
                       if (mine && (*mine == "1" || *mine == "true")) {
                         auto status = statusParam(req);
                         if (!status) return http::sendError(res, status.error());
                         return http::sendJson(res, http::Status::OK_200,
                                               wire::pageToJson(service().mine(who, page, status.value()), wire::bulletinToJson));
                       }
                       std::optional<d::BulletinKind> kind;
                       if (auto k = http::queryParam(req, "kind"); k && !k->empty()) {
                         kind = d::bulletinKindFromKey(*k);
                         if (!kind) return http::sendError(res, d::DomainError::invalid({{"kind", "类型应为 cadre_story 或 enterprise_news"}}));
                       }
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().adopted(who, page, kind), wire::bulletinToJson));
                     })
      .returns("pageToJson(bulletinToJson)", {"items", "total", "page", "page_size"});

  // ?from=2026-01-01&to=2026-12-31 (China days, both optional) → per unit submitted/adopted 包联成效 stories.
  routes.addForRoles(http::HttpMethod::Get, api::bulletins::unitCounts, "简报：各单位投稿与采用数（单位考核）",
                     {d::Role::UnitAdmin, d::Role::CountyAdmin, d::Role::CityDispatcher, d::Role::IndustryDispatcher,
                      d::Role::Inspector, d::Role::SystemAdmin},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const std::string from = http::queryParam(req, "from").value_or("");
                       const std::string to = http::queryParam(req, "to").value_or("");
                       std::vector<d::FieldError> errors;
                       if (!from.empty() && !d::Date::parseIso(from)) errors.push_back({"from", "日期格式应为 2026-01-01"});
                       if (!to.empty() && !d::Date::parseIso(to)) errors.push_back({"to", "日期格式应为 2026-12-31"});
                       if (!errors.empty()) return http::sendError(res, d::DomainError::invalid(std::move(errors)));
                       nlohmann::json items = nlohmann::json::array();
                       for (const auto& c : service().unitCounts(who, from, to)) items.push_back(wire::unitBulletinCountToJson(c));
                       http::sendJson(res, http::Status::OK_200, {{"from", from}, {"to", to}, {"items", items}});
                     })
      .returns("unitBulletinCounts", {"from", "to", "items"});

  routes.addForRoles(http::HttpMethod::Get, api::bulletins::one, "简报：查看", bulletinReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "简报不存在");
                       sendBulletin(res, service().get(who, *id));
                     })
      .returns("bulletinToJson", kBulletinFields);

  routes.addForRoles(http::HttpMethod::Post, api::bulletins::list, "简报投稿：提交", {d::Role::Cadre, d::Role::Enterprise},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::bulletinDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       sendBulletin(res, service().submit(who, draft.value(), req.remote_addr), http::Status::Created_201);
                     })
      .accepts("bulletinDraftFromJson", {"title", "body"})
      .returns("bulletinToJson", kBulletinFields)
      .successStatus = 201;

  routes.addForRoles(http::HttpMethod::Put, api::bulletins::one, "简报投稿：修改并重新提交", {d::Role::Cadre, d::Role::Enterprise},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "简报不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::bulletinDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       sendBulletin(res, service().edit(who, *id, draft.value(), req.remote_addr));
                     })
      .accepts("bulletinDraftFromJson", {"title", "body"})
      .returns("bulletinToJson", kBulletinFields);

  // 简报审核: ?status=submitted|adopted|returned|declined&q=&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::bulletins::reviewList, "简报审核：投稿列表", {d::Role::SystemAdmin},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto status = statusParam(req);
                       if (!status) return http::sendError(res, status.error());
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().reviewQueue(http::pageRequestOf(req, content::bulletinSortKeys()),
                                                                             status.value()),
                                                       wire::bulletinToJson));
                     })
      .returns("pageToJson(bulletinToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Post, api::bulletins::review, "简报审核：采用、退回修改或不予采用",
                     {d::Role::SystemAdmin},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "简报不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto review = wire::bulletinReviewFromJson(body.value());
                       if (!review) return http::sendError(res, review.error());
                       sendBulletin(res, service().review(who, *id, review.value(), req.remote_addr));
                     })
      .accepts("bulletinReviewFromJson", {"review", "comment"})
      .returns("bulletinToJson", kBulletinFields);
}

}  // namespace qinqing::backend
