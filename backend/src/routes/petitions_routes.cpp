// Petitions (issue 5; notice §4, §12, §14, §20, §22, §23): the menus' lists, one petition's detail,
// 发布诉求, every action of the lifecycle, the printable 分办单 and the dispatch-limit setting.
// Rules live in the shared state machine and petition::PetitionService; scope in auth::Scope.
// This file decodes requests and encodes replies only.
#include <string>

#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "petition/dispatch_sheet_pdf.hpp"
#include "repositories/petition_queries.hpp"
#include "petition/petition_service.hpp"
#include "qinqing/petition/petition_contact.hpp"
#include "qinqing/wire/base_data_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
using domain::Role;
namespace d = qinqing::domain;

d::DomainError noSuchPetition() { return d::DomainError::of(d::ErrorCode::NotFound, "诉求不存在"); }

const std::vector<Role>& petitionReaders() {
  static const std::vector<Role> roles = {Role::Enterprise,     Role::Cadre,              Role::UnitAdmin,
                                          Role::CountyAdmin,    Role::CityDispatcher,     Role::IndustryDispatcher,
                                          Role::Inspector};
  return roles;
}

// Everyone who may act on some petition; the state machine decides which action and when.
const std::vector<Role>& petitionActors() {
  static const std::vector<Role> roles = {Role::Enterprise,  Role::Cadre,          Role::UnitAdmin,
                                          Role::CountyAdmin, Role::CityDispatcher, Role::IndustryDispatcher,
                                          Role::Inspector};
  return roles;
}

const std::vector<std::string>& detailKeys() {
  static const std::vector<std::string> keys = http::keysOf(wire::petitionDetailToJson({}));
  return keys;
}

// ?box=<menu key>&q=&sort=&order=&page=&page_size=&state=&category=
d::Result<d::PetitionListQuery> listQueryOf(const httplib::Request& req) {
  d::PetitionListQuery q;
  const auto box = d::petitionBoxFromKey(http::queryParam(req, "box").value_or(""));
  if (!box) return d::DomainError::invalid({{"box", "未知的诉求列表"}});
  q.box = *box;
  q.page = http::pageRequestOf(req, d::petitionListSortKeys());
  if (auto state = http::queryParam(req, "state"); state && !state->empty()) {
    q.state = d::petitionStateFromKey(*state);
    if (!q.state) return d::DomainError::invalid({{"state", "未知的诉求状态"}});
  }
  q.category = http::queryParam(req, "category").value_or("");
  return q;
}

std::vector<Role> petitionContactRevealRoles() {
  std::vector<Role> roles;
  for (Role r : d::kAllRoles) {
    if (d::roleMayRevealPetitionContact(r)) roles.push_back(r);
  }
  return roles;
}

void sendPetitionsDetail(httplib::Response& res, Services& services, const auth::AuthContext& who, long long id, http::Status status) {
  const long long now = toUnixSeconds(services.clock());
  auto detail = services.database.read([&](SQLite::Database& c) {
    return services.calendar.read(
        [&](const d::HolidayCalendar& calendar) { return petition::loadPetitionDetail(c, who, id, calendar, now); });
  });
  if (!detail) return http::sendError(res, detail.error());
  http::sendJson(res, status, wire::petitionDetailToJson(detail.value()));
}

// After an action that moved the petition out of the caller's scope (a unit returning it to the
// dispatcher no longer sees it): {"id": n, "left_scope": true} instead of the detail.
void sendDetailOrLeft(httplib::Response& res, Services& services, const auth::AuthContext& who, long long id) {
  const long long now = toUnixSeconds(services.clock());
  auto detail = services.database.read([&](SQLite::Database& c) {
    return services.calendar.read(
        [&](const d::HolidayCalendar& calendar) { return petition::loadPetitionDetail(c, who, id, calendar, now); });
  });
  if (!detail) return http::sendJson(res, http::Status::OK_200, wire::petitionLeftScopeToJson(id));
  http::sendJson(res, http::Status::OK_200, wire::petitionDetailToJson(detail.value()));
}

}  // namespace

void registerPetitionRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] {
    return petition::PetitionService(services.database, services.calendar, services.clock, services.petitionCounts,
                                     [&services] { services.sms.wake(); });
  };

  // → petitionPageToJson: the box's page within the caller's scope. 400 for an unknown box or
  // state, 403 for a box the role does not have.
  routes.addForRoles(http::HttpMethod::Get, api::petitions::list, "诉求列表（按菜单分箱，本人权限范围内）", petitionReaders(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto query = listQueryOf(req);
                       if (!query) return http::sendError(res, query.error());
                       const long long now = toUnixSeconds(services.clock());
                       // Read before the page is built: a change meanwhile makes the entry stale.
                       const long long generation = services.petitionCounts.generation();
                       const std::string key = petition::petitionListCacheKey(who, query.value(), now);
                       if (auto body = services.petitionCounts.findPage(key, generation)) {
                         return http::sendJsonText(res, http::Status::OK_200, *body);
                       }
                       auto page = services.database.read([&](SQLite::Database& c) {
                         return services.calendar.read([&](const d::HolidayCalendar& calendar) {
                           return petition::listPetitions(c, who, query.value(), calendar, now,
                                                          services.petitionCounts);
                         });
                       });
                       if (!page) return http::sendError(res, page.error());
                       std::string body = http::jsonText(wire::petitionPageToJson(page.value()));
                       services.petitionCounts.storePage(key, generation, body);
                       http::sendJsonText(res, http::Status::OK_200, std::move(body));
                     })
      .returns("petitionPageToJson", http::keysOf(wire::petitionPageToJson({})));

  // → {"counts":[{"box":"petitions.review","count":3}, …]}: the menu badges of the caller's
  // lists that wait on them.
  routes.addForRoles(http::HttpMethod::Get, api::petitions::counts, "待办诉求数量（菜单角标）", petitionReaders(),
                     [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto counts = services.database.read([&](SQLite::Database& c) {
                         return petition::petitionBoxCounts(c, who, now, services.petitionCounts);
                       });
                       http::sendJson(res, http::Status::OK_200, wire::petitionBoxCountsToJson(counts));
                     })
      .returns("petitionBoxCountsToJson", http::keysOf(wire::petitionBoxCountsToJson({})));

  // → petitionDetailToJson with the actions the caller may take now; 404 outside scope.
  routes.addForRoles(http::HttpMethod::Get, api::petitions::one, "诉求详情（含办理时间线）", petitionReaders(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchPetition());
                       sendPetitionsDetail(res, services, who, *id, http::Status::OK_200);
                     })
      .returns("petitionDetailToJson", detailKeys());

  // Body: newPetitionToJson → 201 petitionDetailToJson. A repeated client_request_id answers
  // with the petition created the first time. 400 with every field error.
  routes.addForRoles(http::HttpMethod::Post, api::petitions::list, "发布诉求（草稿或直接提交）", {Role::Enterprise},
                     [&services, service](const httplib::Request& req, httplib::Response& res,
                                          const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto request = wire::newPetitionFromJson(body.value());
                       if (!request) return http::sendError(res, request.error());
                       auto id = service().create(who, request.value(), req.remote_addr);
                       if (!id) return http::sendError(res, id.error());
                       sendPetitionsDetail(res, services, who, id.value(), http::Status::Created_201);
                     })
      .accepts("newPetitionFromJson", http::keysOf(wire::newPetitionToJson({})))
      .returns("petitionDetailToJson", detailKeys())
      .successStatus = http::Status::Created_201;

  // Body: petitionActionRequestToJson (revision + what the action carries) → the detail after
  // the change, or {"id","left_scope":true} when the change took it out of the caller's scope
  // (退回分办). 400 (fields), 403 (role), 404 (scope), 409 (stale revision or wrong state).
  routes.addForRoles(http::HttpMethod::Post, api::petitions::action, "诉求办理操作（审核、分办、签收、办理、评价等）",
                     petitionActors(),
                     [&services, service](const httplib::Request& req, httplib::Response& res,
                                          const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchPetition());
                       const auto key = req.path_params.count("action") ? req.path_params.at("action") : "";
                       const auto action = d::petitionActionFromKey(key);
                       if (!action || *action == d::PetitionAction::ExpireRating) {
                         return http::sendError(res, d::DomainError::of(d::ErrorCode::NotFound, "没有这个诉求操作"));
                       }
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto request = wire::petitionActionRequestFromJson(body.value());
                       if (!request) return http::sendError(res, request.error());
                       auto acted = service().act(who, *id, *action, request.value(), req.remote_addr);
                       if (!acted) return http::sendError(res, acted.error());
                       sendDetailOrLeft(res, services, who, *id);
                     })
      .accepts("petitionActionRequestFromJson", http::keysOf(wire::petitionActionRequestToJson({})))
      .returns("petitionDetailToJson", detailKeys());

  // → {"value":"13812341234"}: the contact's full mobile, for those who call the enterprise about
  // the petition (petition_contact.hpp); audited reveal_mobile. 404 outside the caller's scope.
  routes.addForRoles(http::HttpMethod::Post, api::petitions::contactMobile, "查看诉求联系人完整手机号（记入审计日志）",
                     petitionContactRevealRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchPetition());
                       auto value = service().revealContactMobile(who, *id, req.remote_addr);
                       if (!value) return http::sendError(res, value.error());
                       http::sendJson(res, http::Status::OK_200, wire::revealedMobileToJson(value.value()));
                     })
      .returns("revealedMobileToJson", http::keysOf(wire::revealedMobileToJson(std::string())));

  // → application/pdf: the 分办单 on A4, drawn from the same detail as GET /api/petitions/{id}.
  // The enterprise has no 分办单 (it is the government side's paper): 403.
  routes.addForRoles(http::HttpMethod::Get, api::petitions::dispatchSheet, "下载诉求分办单（PDF）",
                     {Role::Cadre, Role::UnitAdmin, Role::CountyAdmin, Role::CityDispatcher, Role::IndustryDispatcher,
                      Role::Inspector},
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, noSuchPetition());
                       const long long now = toUnixSeconds(services.clock());
                       auto detail = services.database.read([&](SQLite::Database& c) {
                         return services.calendar.read([&](const d::HolidayCalendar& calendar) {
                           return petition::loadPetitionDetail(c, who, *id, calendar, now);
                         });
                       });
                       if (!detail) return http::sendError(res, detail.error());
                       const std::string pdf = petition::renderDispatchSheet(detail.value(), now);
                       res.status = http::Status::OK_200;
                       res.set_header("Content-Disposition", "attachment; filename=\"dispatch-sheet-" +
                                                                 std::to_string(*id) + ".pdf\"");
                       res.set_header("Cache-Control", "private, no-store");
                       res.set_content(pdf, "application/pdf");
                     })
      .returnsBinary("分办单 PDF（A4）", "application/pdf");

  // → {"days": n}: the optional limit of the dispatch step (0: none, as in the notice).
  routes.addForRoles(http::HttpMethod::Get, api::petitions::dispatchLimit, "分办时限设置", {Role::SystemAdmin},
                     [service](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       http::sendJson(res, http::Status::OK_200, wire::dispatchLimitToJson(service().dispatchLimit()));
                     })
      .returns("dispatchLimitToJson", http::keysOf(wire::dispatchLimitToJson(0)));

  // Body {"days": 0..15} → {"days": n}; audited. Applies to petitions that reach 待分办 afterwards.
  routes.addForRoles(http::HttpMethod::Put, api::petitions::dispatchLimit, "修改分办时限", {Role::SystemAdmin},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto days = wire::dispatchLimitFromJson(body.value());
                       if (!days) return http::sendError(res, days.error());
                       auto set = service().setDispatchLimit(who, days.value(), req.remote_addr);
                       if (!set) return http::sendError(res, set.error());
                       http::sendJson(res, http::Status::OK_200, wire::dispatchLimitToJson(service().dispatchLimit()));
                     })
      .accepts("dispatchLimitToJson", http::keysOf(wire::dispatchLimitToJson(0)))
      .returns("dispatchLimitToJson", http::keysOf(wire::dispatchLimitToJson(0)));
}

}  // namespace qinqing::backend
