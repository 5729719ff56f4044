#include "qinqing/wire/report_json.hpp"

#include <string>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

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

namespace {

nlohmann::json timeToJson(const std::optional<d::Instant>& t) {
  return t ? nlohmann::json(d::formatChinaTime(*t)) : nlohmann::json(nullptr);
}

// none when absent or null; an error for text that is no time.
d::Result<std::optional<d::Instant>> timeAt(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::optional<d::Instant>{};
  if (!it->is_string()) return badShape(key);
  auto t = d::parseInstant(it->get<std::string>());
  if (!t) return badShape(key);
  return std::optional<d::Instant>{t.value()};
}

}  // namespace

nlohmann::json petitionDetailRowToJson(const d::PetitionDetailRow& row) {
  return {{"id", row.id},
          {"number", row.number},
          {"title", row.title},
          {"enterprise", row.enterprise},
          {"region", row.region},
          {"industry_group", row.industryGroup},
          {"cadre", row.cadre},
          {"handler", row.handler},
          {"state", d::petitionStateKey(row.state)},
          {"submitted_at", timeToJson(row.submittedAt)},
          {"dispatched_at", timeToJson(row.dispatchedAt)},
          {"sign_due", timeToJson(row.signDue)},
          {"signed_at", timeToJson(row.signedAt)},
          {"sign_result", d::stepResultKey(row.signResult)},
          {"finish_due", timeToJson(row.finishDue)},
          {"finished_at", timeToJson(row.finishedAt)},
          {"finish_result", d::stepResultKey(row.finishResult)},
          {"extensions", row.extensions},
          {"rating", row.rating ? nlohmann::json(d::ratingKey(*row.rating)) : nlohmann::json(nullptr)},
          {"rated_at", timeToJson(row.ratedAt)},
          {"rectified", row.rectified},
          {"appeal_upheld", row.appealUpheld}};
}

d::Result<d::PetitionDetailRow> petitionDetailRowFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return badShape("诉求办理明细");
  const auto id = getInt(j, "id");
  const auto state = d::petitionStateFromKey(getString(j, "state").value_or(""));
  const auto sign = d::stepResultFromKey(getString(j, "sign_result").value_or(""));
  const auto finish = d::stepResultFromKey(getString(j, "finish_result").value_or(""));
  if (!id || !state || !sign || !finish) return badShape("诉求办理明细");
  d::PetitionDetailRow row;
  row.id = *id;
  row.number = textAt(j, "number");
  row.title = textAt(j, "title");
  row.enterprise = textAt(j, "enterprise");
  row.region = textAt(j, "region");
  row.industryGroup = textAt(j, "industry_group");
  row.cadre = textAt(j, "cadre");
  row.handler = textAt(j, "handler");
  row.state = *state;
  row.signResult = *sign;
  row.finishResult = *finish;
  const std::pair<const char*, std::optional<d::Instant>*> times[] = {
      {"submitted_at", &row.submittedAt}, {"dispatched_at", &row.dispatchedAt}, {"sign_due", &row.signDue},
      {"signed_at", &row.signedAt},       {"finish_due", &row.finishDue},       {"finished_at", &row.finishedAt},
      {"rated_at", &row.ratedAt}};
  for (const auto& [key, target] : times) {
    auto t = timeAt(j, key);
    if (!t) return t.error();
    *target = t.value();
  }
  row.extensions = static_cast<int>(getInt(j, "extensions").value_or(0));
  if (const auto rating = getString(j, "rating")) {
    row.rating = d::ratingFromKey(*rating);
    if (!row.rating) return badShape("rating");
  }
  row.rectified = getBool(j, "rectified").value_or(false);
  row.appealUpheld = getBool(j, "appeal_upheld").value_or(false);
  return row;
}

nlohmann::json petitionDetailPageToJson(const d::Page<d::PetitionDetailRow>& page) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : page.items) items.push_back(petitionDetailRowToJson(row));
  return {{"items", std::move(items)}, {"total", page.total}, {"page", page.page}, {"page_size", page.pageSize}};
}

d::Result<d::Page<d::PetitionDetailRow>> petitionDetailPageFromJson(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("items") || !j["items"].is_array()) return badShape("诉求办理明细");
  d::Page<d::PetitionDetailRow> page;
  for (const auto& item : j["items"]) {
    auto row = petitionDetailRowFromJson(item);
    if (!row) return row.error();
    page.items.push_back(std::move(row.value()));
  }
  page.total = getInt(j, "total").value_or(0);
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(d::kDefaultPageSize));
  return page;
}

nlohmann::json exportJobToJson(const d::ExportJobStatus& job) {
  return {{"id", job.id},
          {"file_name", job.fileName},
          {"phase", d::exportPhaseKey(job.phase)},
          {"rows_done", job.rowsDone},
          {"rows_total", job.rowsTotal},
          {"version", job.version},
          {"message", job.message}};
}

d::Result<d::ExportJobStatus> exportJobFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return badShape("导出任务");
  const auto id = getInt(j, "id");
  const auto phase = d::exportPhaseFromKey(getString(j, "phase").value_or(""));
  if (!id || !phase) return badShape("导出任务");
  d::ExportJobStatus job;
  job.id = *id;
  job.phase = *phase;
  job.fileName = textAt(j, "file_name");
  job.rowsDone = getInt(j, "rows_done").value_or(0);
  job.rowsTotal = getInt(j, "rows_total").value_or(0);
  job.version = getInt(j, "version").value_or(0);
  job.message = textAt(j, "message");
  return job;
}

}  // namespace qinqing::wire
