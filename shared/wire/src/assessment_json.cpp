#include "qinqing/wire/assessment_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

int countAt(const json& j, const char* key) { return static_cast<int>(getInt(j, key).value_or(0)); }

std::optional<d::Date> assessmentDateAt(const json& j, const char* key) {
  auto day = d::Date::parseIso(getString(j, key).value_or(""));
  if (!day) return std::nullopt;
  return day.value();
}

}  // namespace

json assessmentWeightsToJson(const d::AssessmentWeights& weights) {
  json j = json::object();
  for (d::AssessmentPart p : d::kAllAssessmentParts) j[std::string(d::assessmentPartKey(p))] = weights.of(p);
  return j;
}

d::Result<d::AssessmentWeights> assessmentWeightsFromJson(const json& j) {
  if (!j.is_object()) return badShape("考核权重");
  d::AssessmentWeights weights;
  std::vector<d::FieldError> errors;
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    const std::string key(d::assessmentPartKey(p));
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer() || it->get<long long>() < -1000 || it->get<long long>() > 1000)
      errors.push_back({key, "请填写" + std::string(d::assessmentPartLabel(p)) + "的权重（整数）"});
    else weights.set(p, it->get<int>());
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  if (auto ok = d::validateAssessmentWeights(weights); !ok) return ok.error();
  return weights;
}

json unitAssessmentToJson(const d::UnitAssessment& row) {
  const auto& f = row.facts;
  json parts = json::object();
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    const auto& s = row.part(p);
    parts[std::string(d::assessmentPartKey(p))] = {{"ratio", s.ratio ? json(*s.ratio) : json(nullptr)},
                                                   {"points", s.points}};
  }
  return {{"unit", {{"id", f.unitId}, {"name", f.unitName}}},
          {"region", f.regionName},
          {"cadres", f.cadres},
          {"enterprises", f.enterprises},
          {"received", f.received},
          {"sign_on_time_rate", rateToJson(f.signOnTime)},
          {"finish_on_time_rate", rateToJson(f.finishOnTime)},
          {"satisfaction_rate", rateToJson(f.satisfaction)},
          {"contacts_logged", f.contactsLogged},
          {"contacted_months", f.contactedMonths},
          {"operating_reported", f.operatingReported},
          {"enterprise_months_owed", f.enterpriseMonthsOwed},
          {"bulletins_submitted", f.bulletinsSubmitted},
          {"bulletins_adopted", f.bulletinsAdopted},
          {"parts", parts},
          {"score", row.scoreHundredths ? json(*row.scoreHundredths) : json(nullptr)},
          {"score_text", d::formatAssessmentScore(row.scoreHundredths)},
          {"rank", row.rank}};
}

d::Result<d::UnitAssessment> unitAssessmentFromJson(const json& j) {
  if (!j.is_object()) return badShape("单位考核");
  d::UnitAssessment row;
  auto& f = row.facts;
  const auto unit = namedRefAt(j, "unit");
  if (!unit) return badShape("单位考核的单位");
  f.unitId = unit->id;
  f.unitName = unit->name;
  f.regionName = textAt(j, "region");
  f.cadres = countAt(j, "cadres");
  f.enterprises = countAt(j, "enterprises");
  f.received = countAt(j, "received");
  const auto rate = [&](const char* key, d::Rate& out) {
    if (!j.contains(key)) return false;
    const auto r = rateFromJson(j.at(key));
    if (!r) return false;
    out = *r;
    return true;
  };
  if (!rate("sign_on_time_rate", f.signOnTime) || !rate("finish_on_time_rate", f.finishOnTime) ||
      !rate("satisfaction_rate", f.satisfaction))
    return badShape("单位考核的比率");
  f.contactsLogged = countAt(j, "contacts_logged");
  f.contactedMonths = countAt(j, "contacted_months");
  f.operatingReported = countAt(j, "operating_reported");
  f.enterpriseMonthsOwed = countAt(j, "enterprise_months_owed");
  f.bulletinsSubmitted = countAt(j, "bulletins_submitted");
  f.bulletinsAdopted = countAt(j, "bulletins_adopted");
  if (!j.contains("parts") || !j.at("parts").is_object()) return badShape("单位考核的分项");
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    const std::string key(d::assessmentPartKey(p));
    const json& item = j.at("parts").value(key, json());
    if (!item.is_object()) return badShape("单位考核的分项");
    auto& s = row.parts[static_cast<std::size_t>(p)];
    const json& ratio = item.value("ratio", json());
    if (ratio.is_number()) s.ratio = ratio.get<double>();
    const json& points = item.value("points", json());
    s.points = points.is_number() ? points.get<double>() : 0;
  }
  if (const json& score = j.value("score", json()); score.is_number_integer()) row.scoreHundredths = score.get<int>();
  row.rank = countAt(j, "rank");
  return row;
}

json unitAssessmentReportToJson(const UnitAssessmentReport& r) {
  json items = json::array();
  for (const auto& row : r.rows.items) items.push_back(unitAssessmentToJson(row));
  return {{"from", r.from.toIso()},
          {"to", r.to.toIso()},
          {"generated_at", r.generatedAt},
          {"months_owed", r.monthsOwed},
          {"weights", assessmentWeightsToJson(r.weights)},
          {"items", items},
          {"total", r.rows.total},
          {"page", r.rows.page},
          {"page_size", r.rows.pageSize}};
}

d::Result<UnitAssessmentReport> unitAssessmentReportFromJson(const json& j) {
  if (!j.is_object()) return badShape("单位考核统计表");
  UnitAssessmentReport r;
  const auto from = assessmentDateAt(j, "from");
  const auto to = assessmentDateAt(j, "to");
  if (!from || !to) return badShape("单位考核统计表的日期");
  r.from = *from;
  r.to = *to;
  r.generatedAt = textAt(j, "generated_at");
  r.monthsOwed = countAt(j, "months_owed");
  auto weights = assessmentWeightsFromJson(j.value("weights", json()));
  if (!weights) return weights.error();
  r.weights = weights.value();
  if (!j.contains("items") || !j.at("items").is_array()) return badShape("单位考核统计表");
  for (const auto& item : j.at("items")) {
    auto row = unitAssessmentFromJson(item);
    if (!row) return row.error();
    r.rows.items.push_back(std::move(row).value());
  }
  r.rows.total = getInt(j, "total").value_or(0);
  r.rows.page = countAt(j, "page");
  r.rows.pageSize = countAt(j, "page_size");
  return r;
}

std::string unitAssessmentQueryString(const d::UnitAssessmentQuery& q) {
  std::string out = "from=" + q.from.toIso() + "&to=" + q.to.toIso() +
                    "&sort=" + std::string(d::assessmentSortKey(q.sortBy)) + "&desc=" + (q.descending ? "1" : "0") +
                    "&page=" + std::to_string(q.page) + "&page_size=" + std::to_string(q.pageSize);
  if (q.regionId) out += "&region_id=" + std::to_string(*q.regionId);
  if (!q.search.empty()) out += "&q=" + percentEncode(q.search);
  return out;
}

d::Result<d::UnitAssessmentQuery> unitAssessmentQueryFromParams(const std::map<std::string, std::string>& params,
                                                                d::Date today) {
  // The period and the region are read exactly as 诉求办理统计表 reads them.
  std::map<std::string, std::string> periodParams;
  for (const char* key : {"from", "to", "region_id"})
    if (auto it = params.find(key); it != params.end()) periodParams.emplace(key, it->second);
  auto period = petitionStatsQueryFromParams(periodParams, today);
  if (!period) return period.error();
  d::UnitAssessmentQuery q;
  q.from = period.value().from;
  q.to = period.value().to;
  q.regionId = period.value().regionId;
  const auto param = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  std::vector<d::FieldError> errors;
  if (auto s = param("sort"); !s.empty()) {
    if (auto by = d::assessmentSortFromKey(s)) q.sortBy = *by;
    else errors.push_back({"sort", "未知的排序列"});
  }
  if (auto desc = param("desc"); !desc.empty()) {
    if (desc != "0" && desc != "1") errors.push_back({"desc", "desc 应为 0 或 1"});
    q.descending = desc == "1";
  }
  const auto number = [&](const char* key, int& out) {
    const auto text = param(key);
    if (text.empty()) return;
    bool digits = text.size() <= 6;
    for (char c : text) digits = digits && c >= '0' && c <= '9';
    if (!digits) errors.push_back({key, "应为正整数"});
    else out = std::stoi(text);
  };
  number("page", q.page);
  number("page_size", q.pageSize);
  q.search = param("q");
  if (q.search.size() > 200) errors.push_back({"q", "搜索内容不超过 200 字节"});
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  if (auto ok = d::validateUnitAssessmentQuery(q); !ok) return ok.error();
  return q;
}

}  // namespace qinqing::wire
