// 公告栏 (readers) and 公告发布 (系统管理员): /api/announcements… and /api/publish/announcements….
// The rules live in content::AnnouncementService and the shared publication rules; this file
// decodes and encodes.
#include "content/announcement_service.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/announcement_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kAnnouncementFields = {
    "id",         "state",      "state_name", "version",      "title",        "body",
    "roles",      "role_names", "region_ids", "pinned",       "created_at",   "updated_at",
    "published_at", "withdrawn_at", "read",   "sms_queued",   "attachments"};
const std::vector<std::string> kDraftFields = {"title", "body", "roles", "region_ids", "pinned"};

// Everyone but 安全管理员 and 审计管理员 reads the 公告栏 (三权分立: they have no content menu).
const std::vector<d::Role>& readerRoles() {
  static const std::vector<d::Role> roles = {d::Role::Enterprise,     d::Role::Cadre,
                                             d::Role::UnitAdmin,      d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher,
                                             d::Role::Inspector,      d::Role::SystemAdmin};
  return roles;
}

bool truthy(const std::optional<std::string>& v) { return v && (*v == "1" || *v == "true"); }

}  // namespace

void registerAnnouncementRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return content::AnnouncementService(services.database, services.clock); };
  const std::vector<d::Role> publishers = {d::Role::SystemAdmin};

  // Readers: ?q=&unread=1&sort=published_at|title&order=&page=&page_size= → page of announcements.
  routes.addForRoles(http::HttpMethod::Get, api::announcements::list, "公告栏：我的公告列表", readerRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto page = http::pageRequestOf(req, content::announcementReaderSortKeys());
                       auto list = service().readerList(who, page, truthy(http::queryParam(req, "unread")));
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(list, wire::announcementToJson));
                     })
      .returns("pageToJson(announcementToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Get, api::announcements::unreadCount, "公告栏：未读数量", readerRoles(),
                     [service](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                       http::sendJson(res, http::Status::OK_200, wire::unreadCountToJson(service().unreadCount(who)));
                     })
      .returns("unreadCountToJson", http::keysOf(wire::unreadCountToJson(0)));

  routes.addForRoles(http::HttpMethod::Get, api::announcements::one, "公告栏：查看公告", readerRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto a = service().readerGet(who, *id);
                       if (!a) return http::sendError(res, a.error());
                       http::sendJson(res, http::Status::OK_200, wire::announcementToJson(a.value()));
                     })
      .returns("announcementToJson", kAnnouncementFields);

  // Reading is not a change anyone audits; the inspector may mark its own reading too.
  routes.addForRoles(http::HttpMethod::Post, api::announcements::read, "公告栏：标记已读", readerRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto a = service().markRead(who, *id);
                       if (!a) return http::sendError(res, a.error());
                       http::sendJson(res, http::Status::OK_200, wire::announcementToJson(a.value()));
                     })
      .returns("announcementToJson", kAnnouncementFields)
      .allowedToReadOnlyRoles();  // the reader's own receipt

  // 公告发布: ?state=draft|published|withdrawn&q=&sort=updated_at|published_at|title&order=&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::announcements::publishList, "公告发布：公告列表", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       std::optional<d::PublicationState> state;
                       if (auto key = http::queryParam(req, "state"); key && !key->empty()) {
                         state = d::publicationStateFromKey(*key);
                         if (!state) {
                           return http::sendError(
                               res, d::DomainError::invalid({{"state", "状态应为 draft、published 或 withdrawn"}}));
                         }
                       }
                       auto page = http::pageRequestOf(req, content::announcementAdminSortKeys());
                       if (!http::queryParam(req, "order")) page.descending = true;
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().adminList(page, state), wire::announcementToJson));
                     })
      .returns("pageToJson(announcementToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Get, api::announcements::publishOne, "公告发布：查看公告及历史版本", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto detail = service().adminGet(*id);
                       if (!detail) return http::sendError(res, detail.error());
                       nlohmann::json body = wire::announcementToJson(detail.value().announcement);
                       body["versions"] = nlohmann::json::array();
                       for (const auto& v : detail.value().versions) body["versions"].push_back(wire::announcementVersionToJson(v));
                       http::sendJson(res, http::Status::OK_200, body);
                     })
      .returns("announcementToJson + versions", [] {
        auto f = kAnnouncementFields;
        f.push_back("versions");
        return f;
      }());

  routes.addForRoles(http::HttpMethod::Post, api::announcements::publishList, "公告发布：新建公告（草稿）", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::announcementDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       auto created = service().create(who, draft.value(), req.remote_addr);
                       if (!created) return http::sendError(res, created.error());
                       http::sendJson(res, http::Status::Created_201, wire::announcementToJson(created.value()));
                     })
      .accepts("announcementDraftFromJson", kDraftFields)
      .returns("announcementToJson", kAnnouncementFields)
      .successStatus = 201;

  routes.addForRoles(http::HttpMethod::Put, api::announcements::publishOne, "公告发布：修改公告", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::announcementDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       auto saved = service().update(who, *id, draft.value(), req.remote_addr);
                       if (!saved) return http::sendError(res, saved.error());
                       http::sendJson(res, http::Status::OK_200, wire::announcementToJson(saved.value()));
                     })
      .accepts("announcementDraftFromJson", kDraftFields)
      .returns("announcementToJson", kAnnouncementFields);

  routes.addForRoles(http::HttpMethod::Post, api::announcements::publish, "公告发布：发布公告", publishers,
                     [service, &services](const httplib::Request& req, httplib::Response& res,
                                          const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto outcome = service().publish(who, *id, req.remote_addr);
                       if (!outcome) return http::sendError(res, outcome.error());
                       if (outcome.value().smsQueued > 0) services.sms.wake();
                       http::sendJson(res, http::Status::OK_200,
                                      {{"announcement", wire::announcementToJson(outcome.value().announcement)},
                                       {"sms_queued", outcome.value().smsQueued}});
                     })
      .returns("publishOutcome", {"announcement", "sms_queued"});

  routes.addForRoles(http::HttpMethod::Post, api::announcements::withdraw, "公告发布：撤回公告", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "公告不存在");
                       auto a = service().withdraw(who, *id, req.remote_addr);
                       if (!a) return http::sendError(res, a.error());
                       http::sendJson(res, http::Status::OK_200, wire::announcementToJson(a.value()));
                     })
      .returns("announcementToJson", kAnnouncementFields);
}

}  // namespace qinqing::backend
