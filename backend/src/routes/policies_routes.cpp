// 政策指南 (readers) and 政策指南发布 (系统管理员): /api/policies… and /api/publish/policies…. The rules
// live in content::PolicyGuideService and the shared publication rules.
#include "content/policy_guide_service.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "qinqing/wire/policy_guide_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kPolicyFields = {
    "id",          "state",         "state_name",   "version",      "title",        "issuer",
    "document_number", "issued_on", "valid_until",  "industry_group_ids", "region_ids", "summary",
    "body",        "validity",      "validity_name", "created_at",  "updated_at",   "published_at",
    "withdrawn_at", "read",         "fit",          "relevant",     "relevant_label", "attachments"};
const std::vector<std::string> kPoliciesDraftFields = {"title",      "issuer",    "document_number", "issued_on", "valid_until",
                                               "industry_group_ids", "region_ids", "summary", "body"};

const std::vector<d::Role>& policyReaderRoles() {
  static const std::vector<d::Role> roles = {d::Role::Enterprise,     d::Role::Cadre,
                                             d::Role::UnitAdmin,      d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher,
                                             d::Role::Inspector,      d::Role::SystemAdmin};
  return roles;
}

bool policyTruthy(const std::optional<std::string>& v) { return v && (*v == "1" || *v == "true"); }

template <typename Call>
void policyWithId(const httplib::Request& req, httplib::Response& res, Call call) {
  auto id = http::pathId(req);
  if (!id) return http::sendError(res, d::ErrorCode::NotFound, "政策指南不存在");
  auto result = call(*id);
  if (!result) return http::sendError(res, result.error());
  http::sendJson(res, http::Status::OK_200, wire::policyGuideToJson(result.value()));
}

}  // namespace

void registerPolicyRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return content::PolicyGuideService(services.database, services.clock); };
  const std::vector<d::Role> publishers = {d::Role::SystemAdmin};

  // ?q=&unread=1&valid=1&page=&page_size= → relevant first for an enterprise, newest issue date first.
  routes.addForRoles(http::HttpMethod::Get, api::policies::list, "政策指南：已发布的政策", policyReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto page = http::pageRequestOf(req, {});
                       auto list = service().readerList(who, page, policyTruthy(http::queryParam(req, "unread")),
                                                        policyTruthy(http::queryParam(req, "valid")));
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(list, wire::policyGuideToJson));
                     })
      .returns("pageToJson(policyGuideToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Get, api::policies::one, "政策指南：查看政策", policyReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       policyWithId(req, res, [&](long long id) { return service().readerGet(who, id); });
                     })
      .returns("policyGuideToJson", kPolicyFields);

  routes.addForRoles(http::HttpMethod::Post, api::policies::read, "政策指南：标记已读", policyReaderRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       policyWithId(req, res, [&](long long id) { return service().markRead(who, id); });
                     })
      .returns("policyGuideToJson", kPolicyFields)
      .allowedToReadOnlyRoles();  // the reader's own receipt

  // ?state=&q=&sort=updated_at|issued_on|title&order=&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::policies::publishList, "政策指南发布：列表", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       std::optional<d::PublicationState> state;
                       if (auto key = http::queryParam(req, "state"); key && !key->empty()) {
                         state = d::publicationStateFromKey(*key);
                         if (!state) {
                           return http::sendError(
                               res, d::DomainError::invalid({{"state", "状态应为 draft、published 或 withdrawn"}}));
                         }
                       }
                       auto page = http::pageRequestOf(req, content::policyAdminSortKeys());
                       if (!http::queryParam(req, "order")) page.descending = true;
                       http::sendJson(res, http::Status::OK_200,
                                      wire::pageToJson(service().adminList(page, state), wire::policyGuideToJson));
                     })
      .returns("pageToJson(policyGuideToJson)", {"items", "total", "page", "page_size"});

  routes.addForRoles(http::HttpMethod::Get, api::policies::publishOne, "政策指南发布：查看及历史版本", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto id = http::pathId(req);
                       if (!id) return http::sendError(res, d::ErrorCode::NotFound, "政策指南不存在");
                       auto detail = service().adminGet(*id);
                       if (!detail) return http::sendError(res, detail.error());
                       nlohmann::json body = wire::policyGuideToJson(detail.value().policy);
                       body["versions"] = nlohmann::json::array();
                       for (const auto& v : detail.value().versions) {
                         nlohmann::json row = wire::policyGuideDraftToJson(v.content);
                         row["version"] = v.version;
                         row["saved_at"] = v.savedAt;
                         row["saved_by"] = v.savedBy;
                         body["versions"].push_back(row);
                       }
                       http::sendJson(res, http::Status::OK_200, body);
                     })
      .returns("policyGuideToJson + versions", [] {
        auto f = kPolicyFields;
        f.push_back("versions");
        return f;
      }());

  routes.addForRoles(http::HttpMethod::Post, api::policies::publishList, "政策指南发布：新建（草稿）", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::policyGuideDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       auto created = service().create(who, draft.value(), req.remote_addr);
                       if (!created) return http::sendError(res, created.error());
                       http::sendJson(res, http::Status::Created_201, wire::policyGuideToJson(created.value()));
                     })
      .accepts("policyGuideDraftFromJson", kPoliciesDraftFields)
      .returns("policyGuideToJson", kPolicyFields)
      .successStatus = 201;

  routes.addForRoles(http::HttpMethod::Put, api::policies::publishOne, "政策指南发布：修改", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto draft = wire::policyGuideDraftFromJson(body.value());
                       if (!draft) return http::sendError(res, draft.error());
                       policyWithId(req, res, [&](long long id) { return service().update(who, id, draft.value(), req.remote_addr); });
                     })
      .accepts("policyGuideDraftFromJson", kPoliciesDraftFields)
      .returns("policyGuideToJson", kPolicyFields);

  routes.addForRoles(http::HttpMethod::Post, api::policies::publish, "政策指南发布：发布", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       policyWithId(req, res, [&](long long id) { return service().publish(who, id, req.remote_addr); });
                     })
      .returns("policyGuideToJson", kPolicyFields);

  routes.addForRoles(http::HttpMethod::Post, api::policies::withdraw, "政策指南发布：撤回", publishers,
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       policyWithId(req, res, [&](long long id) { return service().withdraw(who, id, req.remote_addr); });
                     })
      .returns("policyGuideToJson", kPolicyFields);
}

}  // namespace qinqing::backend
