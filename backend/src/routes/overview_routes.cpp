// 驾驶舱 (issue 12, §23): GET /api/reports/overview — open petitions by stage and clock standing, the
// longest overdue with who answers for them, units and counties with their 三率 this year, the
// weekly trend and the latest quarter's 干部测评 — and GET …/overview/petitions, the petitions behind one
// bar of the stage chart. For the inspector and the city dispatch group (auth::overviewRoles),
// who see the whole city; nothing here writes.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "relation/survey_service.hpp"
#include "repositories/overview_repository.hpp"
#include "repositories/petition_queries.hpp"
#include "repositories/report_repository.hpp"
#include "routes/report_request.hpp"
#include "routes/routes.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/overview_json.hpp"
#include "qinqing/wire/petition_json.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

wire::DashboardOverview overviewOf(Services& services, const auth::AuthContext& who, long long now) {
  const d::Instant at = d::Instant::fromUnixSeconds(now);
  wire::DashboardOverview o;
  o.generatedAt = d::formatChinaTime(at);
  o.today = d::localDate(at);
  o.rankFrom = d::Date::fromCivil(o.today.year(), 1, 1).value();
  o.rankTo = o.today;
  o.weeks = d::emptyWeeks(o.today, wire::kOverviewWeeks);
  services.database.read([&](SQLite::Database& c) {
    report::OverviewRepository repo(c);
    o.stages = repo.stageCounts(at);
    for (const auto& s : o.stages) o.overdueTotal += s.count(d::ClockStanding::Overdue);
    const auto ids = repo.overdueIds(at, wire::kOverviewOverdueMax);
    o.overdue = services.calendar.read([&](const d::HolidayCalendar& calendar) {
      return petition::petitionSummariesOf(c, who, ids, calendar, now);
    });
    repo.countWeeks(o.weeks);
    report::ReportFilter filter;
    filter.period = {o.rankFrom, o.rankTo};
    filter.scope = auth::Scope(who).reportFacts();
    report::ReportRepository reports(c);
    o.units = reports.scorecards(filter, d::GroupBy::Unit, now);
    o.regions = reports.scorecards(filter, d::GroupBy::Region, now);
    return 0;
  });
  // This quarter's 干部测评, or the last quarter's while this one has no answer yet (early in a quarter).
  relation::SurveyService surveys(services.database, services.clock);
  o.survey.quarter = surveys.currentQuarter();
  for (d::Quarter q : {surveys.currentQuarter(), surveys.currentQuarter().previous()}) {
    auto tallies = surveys.tallies(who, q, std::nullopt);
    if (!tallies) break;
    o.survey = std::move(tallies).value();
    if (o.survey.answerCount > 0) break;
  }
  if (o.survey.answerCount == 0) o.survey.quarter = surveys.currentQuarter();
  return o;
}

}  // namespace

void registerOverviewRoutes(http::RouteTable& routes, Services& services) {
  routes.addForRoles(http::HttpMethod::Get, api::reports::overview, "驾驶舱：在办诉求、超期、排名、周趋势与测评",
                     auth::overviewRoles(),
                     [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       http::sendJson(res, http::Status::OK_200,
                                      wire::dashboardOverviewToJson(overviewOf(services, who, now)));
                     })
      .returns("dashboardOverviewToJson", {"generated_at", "today", "stages", "overdue_total", "overdue", "rank_from",
                                           "rank_to", "units", "regions", "weeks", "survey"});

  // ?stage=<petitionStateKey of an open stage>&standing=<clockStandingKey>&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::reports::overviewPetitions, "驾驶舱：某环节、某时限状态的诉求",
                     auth::overviewRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       std::vector<d::FieldError> errors;
                       const auto stage = d::petitionStateFromKey(http::queryParam(req, "stage").value_or(""));
                       bool known = false;
                       for (d::PetitionState s : d::kOverviewStages) known = known || (stage && s == *stage);
                       if (!known) errors.push_back({"stage", "应为在办诉求的一个环节"});
                       const auto standing =
                           d::clockStandingFromKey(http::queryParam(req, "standing").value_or(""));
                       if (!standing) errors.push_back({"standing", "应为 on_time、due_today、overdue 或 no_limit"});
                       if (!errors.empty()) return http::sendError(res, d::DomainError::invalid(std::move(errors)));
                       const d::PageRequest page = http::pageRequestOf(req, {});
                       auto result = services.database.read([&](SQLite::Database& c) {
                         auto [ids, total] = report::OverviewRepository(c).stagePetitions(
                             *stage, *standing, page, d::Instant::fromUnixSeconds(now));
                         return report::petitionPageOf(services, c, who, ids, total, page, now);
                       });
                       http::sendJson(res, http::Status::OK_200, wire::petitionPageToJson(result));
                     })
      .returns("petitionPageToJson", {"items", "total", "page", "page_size"});
}

}  // namespace qinqing::backend
