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
  return {{"key", row.key}, {"total", row.total}, {"card", scorecardToJson(row.card)}};
}

d::Result<d::ScorecardRow> scorecardRowFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "key") || !j.contains("card")) return badShape("考核统计行");
  auto card = scorecardFromJson(j.at("card"));
  if (!card) return card.error();
  return d::ScorecardRow{*getInt(j, "key"), getBool(j, "total").value_or(false), std::move(card).value()};
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
