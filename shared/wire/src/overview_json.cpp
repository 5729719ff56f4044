#include "qinqing/wire/overview_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

std::optional<d::Date> dateAt(const json& j, const char* key) {
  auto text = getString(j, key);
  if (!text) return std::nullopt;
  auto day = d::Date::parseIso(*text);
  if (!day) return std::nullopt;
  return day.value();
}

json rowsToJson(const std::vector<d::ScorecardRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) out.push_back(scorecardRowToJson(r));
  return out;
}

d::Result<std::vector<d::ScorecardRow>> rowsFromJson(const json& j) {
  if (!j.is_array()) return badShape("驾驶舱排名");
  std::vector<d::ScorecardRow> rows;
  for (const auto& item : j) {
    auto row = scorecardRowFromJson(item);
    if (!row) return row.error();
    rows.push_back(std::move(row).value());
  }
  return rows;
}

}  // namespace

json dashboardOverviewToJson(const DashboardOverview& o) {
  json stages = json::array();
  for (const auto& s : o.stages) {
    json counts = json::object();
    for (d::ClockStanding c : d::kAllClockStandings) counts[std::string(d::clockStandingKey(c))] = s.count(c);
    stages.push_back({{"stage", d::petitionStateKey(s.stage)}, {"counts", counts}, {"total", s.total()}});
  }
  json overdue = json::array();
  for (const auto& p : o.overdue) {
    json item = petitionSummaryToJson(p);
    item["responsible"] = d::responsiblePartyOf(p);  // for other readers of the API; the client derives it again
    overdue.push_back(std::move(item));
  }
  json weeks = json::array();
  for (const auto& w : o.weeks)
    weeks.push_back({{"week_start", w.weekStart.toIso()}, {"received", w.received}, {"finished", w.finished}});
  return {{"generated_at", o.generatedAt},
          {"today", o.today.toIso()},
          {"stages", stages},
          {"overdue_total", o.overdueTotal},
          {"overdue", overdue},
          {"rank_from", o.rankFrom.toIso()},
          {"rank_to", o.rankTo.toIso()},
          {"units", rowsToJson(o.units)},
          {"regions", rowsToJson(o.regions)},
          {"weeks", weeks},
          {"survey", surveyTalliesToJson(o.survey)}};
}

d::Result<DashboardOverview> dashboardOverviewFromJson(const json& j) {
  if (!j.is_object()) return badShape("驾驶舱");
  DashboardOverview o;
  o.generatedAt = textAt(j, "generated_at");
  const auto today = dateAt(j, "today");
  const auto rankFrom = dateAt(j, "rank_from");
  const auto rankTo = dateAt(j, "rank_to");
  if (!today || !rankFrom || !rankTo) return badShape("驾驶舱日期");
  o.today = *today;
  o.rankFrom = *rankFrom;
  o.rankTo = *rankTo;
  o.overdueTotal = getInt(j, "overdue_total").value_or(0);
  if (!j.contains("stages") || !j.at("stages").is_array()) return badShape("驾驶舱环节");
  for (const auto& item : j.at("stages")) {
    const auto stage = d::petitionStateFromKey(getString(item, "stage").value_or(""));
    if (!stage || !item.contains("counts") || !item.at("counts").is_object()) return badShape("驾驶舱环节");
    d::StageCount s{*stage, {}};
    for (d::ClockStanding c : d::kAllClockStandings)
      s.byStanding[static_cast<std::size_t>(c)] =
          static_cast<int>(getInt(item.at("counts"), d::clockStandingKey(c)).value_or(0));
    o.stages.push_back(s);
  }
  if (!j.contains("overdue") || !j.at("overdue").is_array()) return badShape("驾驶舱超期诉求");
  for (const auto& item : j.at("overdue")) {
    auto p = petitionSummaryFromJson(item);
    if (!p) return p.error();
    o.overdue.push_back(std::move(p).value());
  }
  auto units = rowsFromJson(j.value("units", json()));
  if (!units) return units.error();
  o.units = std::move(units).value();
  auto regions = rowsFromJson(j.value("regions", json()));
  if (!regions) return regions.error();
  o.regions = std::move(regions).value();
  if (!j.contains("weeks") || !j.at("weeks").is_array()) return badShape("驾驶舱周趋势");
  for (const auto& item : j.at("weeks")) {
    const auto start = dateAt(item, "week_start");
    if (!start) return badShape("驾驶舱周趋势");
    o.weeks.push_back({*start, static_cast<int>(getInt(item, "received").value_or(0)),
                       static_cast<int>(getInt(item, "finished").value_or(0))});
  }
  auto survey = surveyTalliesFromJson(j.value("survey", json()));
  if (!survey) return survey.error();
  o.survey = std::move(survey).value();
  return o;
}

}  // namespace qinqing::wire
