// The cadres of the base data (notice §9): the scoped list and one cadre with their enterprises.
// Read-only; scope from auth::Scope, SQL in CadreRepository, cadre mobiles always masked.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "qinqing/wire/base_data_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/time/period.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/contact_log_repository.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerCadreRoutes(http::RouteTable& routes, Services& services) {
  // ?q=&sort=name|unit|title|enterprise_count&order=asc|desc&page=&page_size=&unit_id=
  // → pageToJson(cadreSummaryToJson); 400 for a malformed unit_id.
  routes.addForRoles(http::HttpMethod::Get, api::cadres::list, "包联干部列表（本人权限范围内）", auth::baseDataRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       std::vector<domain::FieldError> errors;
                       CadreListQuery query;
                       query.page = http::pageRequestOf(req, cadreSortKeys());
                       query.unitId = http::idFilter(req, "unit_id", errors);
                       if (!errors.empty()) return http::sendError(res, domain::DomainError::invalid(std::move(errors)));
                       const auth::Scope scope(who);
                       // 基础数据 shows each cadre's 联系记录 counts (§6), this calendar month's among them.
                       const auto today = domain::localDate(domain::Instant::fromUnixSeconds(toUnixSeconds(services.clock())));
                       const std::string monthStart = domain::YearMonth::of(today).firstDay().toIso();
                       auto page = services.database.read([&](SQLite::Database& c) {
                         auto rows = CadreRepository(c).list(query, scope.cadres());
                         std::vector<long long> ids;
                         for (const auto& r : rows.items) ids.push_back(r.id);
                         auto counts = ContactLogRepository(c).countsByCadre(ids, monthStart);
                         for (auto& r : rows.items) {
                           r.contactCount = counts[r.id].total;
                           r.contactsThisMonth = counts[r.id].thisMonth;
                         }
                         return rows;
                       });
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page, wire::cadreSummaryToJson));
                     }).returns("pageToJson(cadreSummaryToJson)", {"items", "total", "page", "page_size"});  // rows add contact_count, contacts_this_month

  // → cadreDetailToJson (the summary plus the cadre's enterprises within the caller's scope);
  // 404 when missing or outside scope.
  routes.addForRoles(http::HttpMethod::Get, api::cadres::one, "包联干部信息及其包联企业", auth::baseDataRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auth::Scope scope(who);
                       auto id = http::pathId(req);
                       auto detail = services.database.read([&](SQLite::Database& c) -> std::optional<domain::CadreDetail> {
                         if (!id) return std::nullopt;
                         CadreRepository cadres(c);
                         auto summary = cadres.find(*id, scope.cadres());
                         if (!summary) return std::nullopt;
                         return domain::CadreDetail{*summary, cadres.enterprisesOf(*id, scope.enterprises())};
                       });
                       if (!detail) return http::sendError(res, domain::ErrorCode::NotFound, "包联干部不存在");
                       http::sendJson(res, http::Status::OK_200, wire::cadreDetailToJson(*detail));
                     }).returns("cadreDetailToJson", http::keysOf(wire::cadreDetailToJson({})));
}

}  // namespace qinqing::backend
