#include "qinqing/wire/report_json.hpp"

#include <string>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

json rateToJson(d::Rate r) {
  return {{"numerator", r.numerator}, {"denominator", r.denominator}, {"text", d::formatRate(r)}};
}

std::optional<d::Rate> rateFromJson(const json& j) {
  if (!j.is_object()) return std::nullopt;
  const auto n = getInt(j, "numerator");
  const auto den = getInt(j, "denominator");
  if (!n || !den || *n < 0 || *den < 0 || *n > *den) return std::nullopt;
  return d::Rate{static_cast<int>(*n), static_cast<int>(*den)};
}

}  // namespace

json scorecardToJson(const d::Scorecard& card) {
  json j = json::object();
  for (d::Figure f : d::kAllFigures) {
    const std::string key(d::figureKey(f));
    if (d::figureIsRate(f))
      j[key] = rateToJson(card.rate(f));
    else
      j[key] = card.count(f);
  }
  return j;
}

d::Result<d::Scorecard> scorecardFromJson(const json& j) {
  if (!j.is_object()) return badShape("考核统计");
  d::Scorecard card;
  for (std::size_t i = 0; i < d::kCountFigureCount; ++i) {
    const std::string key(d::figureKey(d::kAllFigures[i]));
    if (!j.contains(key)) continue;
    const auto v = getInt(j, key);
    if (!v || *v < 0) return badShape("考核统计");
    card.counts[i] = static_cast<int>(*v);
  }
  const auto readRate = [&](d::Figure f, d::Rate& out) {
    const std::string key(d::figureKey(f));
    if (!j.contains(key)) return true;
    const auto r = rateFromJson(j.at(key));
    if (!r) return false;
    out = *r;
    return true;
  };
  if (!readRate(d::Figure::SignOnTimeRate, card.signOnTime) ||
      !readRate(d::Figure::FinishOnTimeRate, card.finishOnTime) ||
      !readRate(d::Figure::SatisfactionRate, card.satisfaction))
    return badShape("考核统计");
  return card;
}

json scorecardRowToJson(const d::ScorecardRow& row) {
  return {{"key", row.key}, {"total", row.total}, {"name", row.name}, {"card", scorecardToJson(row.card)}};
}

d::Result<d::ScorecardRow> scorecardRowFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "key") || !j.contains("card")) return badShape("考核统计行");
  auto card = scorecardFromJson(j.at("card"));
  if (!card) return card.error();
  return d::ScorecardRow{*getInt(j, "key"), getBool(j, "total").value_or(false), std::move(card).value(),
                         textAt(j, "name")};
}

json scorecardRowsToJson(const std::vector<d::ScorecardRow>& rows) {
  json items = json::array();
  for (const auto& r : rows) items.push_back(scorecardRowToJson(r));
  return {{"rows", items}};
}

d::Result<std::vector<d::ScorecardRow>> scorecardRowsFromJson(const json& j) {
  if (!j.is_object() || !j.contains("rows") || !j.at("rows").is_array()) return badShape("考核统计表");
  std::vector<d::ScorecardRow> rows;
  for (const auto& item : j.at("rows")) {
    auto row = scorecardRowFromJson(item);
    if (!row) return row.error();
    rows.push_back(std::move(row).value());
  }
  return rows;
}

}  // namespace qinqing::wire

namespace qinqing::wire {

std::string petitionStatsQueryString(const d::PetitionStatsQuery& q) {
  std::string out = "group_by=" + std::string(d::groupByKey(q.groupBy)) + "&from=" + q.from.toIso() +
                    "&to=" + q.to.toIso() + "&sort=" + std::string(d::figureKey(q.sortBy)) +
                    "&desc=" + (q.descending ? "1" : "0");
  const auto add = [&](const char* key, const std::optional<std::int64_t>& id) {
    if (id) out += std::string("&") + key + "=" + std::to_string(*id);
  };
  add("unit_id", q.unitId);
  add("region_id", q.regionId);
  add("industry_group_id", q.industryGroupId);
  add("cadre_id", q.cadreId);
  return out;
}

d::Result<d::PetitionStatsQuery> petitionStatsQueryFromParams(const std::map<std::string, std::string>& params,
                                                             d::Date today) {
  const auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  d::PetitionStatsQuery q;
  q.from = d::Date::fromCivil(today.year(), 1, 1).value();
  q.to = today;
  std::vector<d::FieldError> errors;
  if (auto g = param("group_by"); !g.empty()) {
    if (auto by = d::groupByFromKey(g)) q.groupBy = *by;
    else errors.push_back({"group_by", "分组应为 unit、region、industry_group 或 cadre"});
  }
  for (const char* key : {"from", "to"}) {
    const auto text = param(key);
    if (text.empty()) continue;
    auto date = d::Date::parseIso(text);
    if (!date) errors.push_back({key, date.error().message});
    else (std::string_view(key) == "from" ? q.from : q.to) = date.value();
  }
  if (auto s = param("sort"); !s.empty()) {
    if (auto f = d::figureFromKey(s)) q.sortBy = *f;
    else errors.push_back({"sort", "未知的统计列"});
  }
  if (auto desc = param("desc"); !desc.empty()) {
    if (desc != "0" && desc != "1") errors.push_back({"desc", "desc 应为 0 或 1"});
    q.descending = desc == "1";
  }
  const auto id = [&](const char* key, std::optional<std::int64_t>& out) {
    const auto text = param(key);
    if (text.empty()) return;
    long long v = 0;
    bool digits = text.size() <= 18;
    for (char c : text) digits = digits && c >= '0' && c <= '9';
    if (digits) v = std::stoll(text);
    if (!digits || v <= 0) errors.push_back({key, "应为正整数编号"});
    else out = v;
  };
  id("unit_id", q.unitId);
  id("region_id", q.regionId);
  id("industry_group_id", q.industryGroupId);
  id("cadre_id", q.cadreId);
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  if (auto ok = d::validatePetitionStatsQuery(q); !ok) return ok.error();
  return q;
}

}  // namespace qinqing::wire
