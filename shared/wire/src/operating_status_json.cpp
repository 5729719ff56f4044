#include "qinqing/wire/operating_status_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

// A string as it is, an integer as its decimal text, a JSON number with a fraction as printed.
std::string numberText(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (it->is_number()) return it->dump();
  return "?";  // a wrong type fails the shared parse with the field's message
}

json monthsToJson(const std::vector<d::YearMonth>& months) {
  json out = json::array();
  for (const auto& m : months) out.push_back(m.key());
  return out;
}

std::optional<std::vector<d::YearMonth>> monthsFromJson(const json& j, const char* key) {
  std::vector<d::YearMonth> out;
  auto it = j.find(key);
  if (it == j.end()) return out;
  if (!it->is_array()) return std::nullopt;
  for (const auto& m : *it) {
    if (!m.is_string()) return std::nullopt;
    auto parsed = d::YearMonth::parse(m.get<std::string>());
    if (!parsed) return std::nullopt;
    out.push_back(parsed.value());
  }
  return out;
}

}  // namespace

d::Result<d::OperatingStatusForm> operatingStatusFormFromJson(const json& j, std::string month) {
  if (!j.is_object()) return badShape("经营状况");
  d::OperatingStatusForm form;
  form.month = std::move(month);
  if (auto key = getString(j, "state")) {
    form.state = d::operatingStateFromKey(*key);
    if (!form.state && !key->empty()) return d::DomainError::invalid({{"state", "未知的经营状态"}});
  }
  form.outputValue = numberText(j, "output_value");
  form.revenue = numberText(j, "revenue");
  form.employees = numberText(j, "employees");
  form.difficulties = textAt(j, "difficulties");
  return form;
}

json operatingStatusFormToJson(const d::OperatingStatusForm& form) {
  return {{"state", form.state ? json(d::operatingStateKey(*form.state)) : json(nullptr)},
          {"output_value", form.outputValue},
          {"revenue", form.revenue},
          {"employees", form.employees},
          {"difficulties", form.difficulties}};
}

json operatingStatusToJson(const OperatingStatusView& v) {
  const auto& r = v.report;
  return {{"month", r.month.key()},
          {"month_label", r.month.label()},
          {"state", d::operatingStateKey(r.state)},
          {"state_name", d::operatingStateLabel(r.state)},
          {"output_value", d::formatAmountWanYuan(r.outputValue)},
          {"revenue", d::formatAmountWanYuan(r.revenue)},
          {"employees", r.employees},
          {"difficulties", r.difficulties},
          {"entered_at", v.enteredAt},
          {"entered_by", v.enteredBy},
          {"entered_role", v.enteredRole},
          {"superseded_at", v.supersededAt}};
}

d::Result<OperatingStatusView> operatingStatusFromJson(const json& j) {
  if (!j.is_object()) return badShape("经营状况");
  auto month = d::YearMonth::parse(textAt(j, "month"));
  auto state = d::operatingStateFromKey(textAt(j, "state"));
  auto output = d::parseAmountWanYuan(textAt(j, "output_value"), "output_value", "产值");
  auto revenue = d::parseAmountWanYuan(textAt(j, "revenue"), "revenue", "营收");
  auto employees = getInt(j, "employees");
  if (!month || !state || !output || !revenue || !employees) return badShape("经营状况");
  OperatingStatusView v;
  v.report = {month.value(), *state, output.value(), revenue.value(), static_cast<int>(*employees),
              textAt(j, "difficulties")};
  v.enteredAt = textAt(j, "entered_at");
  v.enteredBy = textAt(j, "entered_by");
  v.enteredRole = textAt(j, "entered_role");
  v.supersededAt = textAt(j, "superseded_at");
  return v;
}

json operatingOverviewToJson(const OperatingStatusOverview& o) {
  json reports = json::array();
  for (const auto& r : o.reports) reports.push_back(operatingStatusToJson(r));
  return {{"enterprise", namedRefToJson(o.enterprise)},
          {"reports", reports},
          {"missing_months", monthsToJson(o.missingMonths)},
          {"owed_months", monthsToJson(o.owedMonths)}};
}

d::Result<OperatingStatusOverview> operatingOverviewFromJson(const json& j) {
  if (!j.is_object()) return badShape("经营状况");
  auto enterprise = namedRefAt(j, "enterprise");
  auto missing = monthsFromJson(j, "missing_months");
  auto owed = monthsFromJson(j, "owed_months");
  if (!enterprise || !missing || !owed || !j.contains("reports") || !j["reports"].is_array()) return badShape("经营状况");
  OperatingStatusOverview o;
  o.enterprise = *enterprise;
  for (const auto& r : j["reports"]) {
    auto v = operatingStatusFromJson(r);
    if (!v) return v.error();
    o.reports.push_back(std::move(v).value());
  }
  o.missingMonths = std::move(*missing);
  o.owedMonths = std::move(*owed);
  return o;
}

json operatingMonthToJson(const OperatingMonthHistory& m) {
  json history = json::array();
  for (const auto& v : m.history) history.push_back(operatingStatusToJson(v));
  return {{"current", m.current ? operatingStatusToJson(*m.current) : json(nullptr)}, {"history", std::move(history)}};
}

d::Result<OperatingMonthHistory> operatingMonthFromJson(const json& j) {
  if (!j.is_object() || !j.contains("history") || !j["history"].is_array()) return badShape("经营状况填报记录");
  OperatingMonthHistory m;
  if (j.contains("current") && !j["current"].is_null()) {
    auto current = operatingStatusFromJson(j["current"]);
    if (!current) return current.error();
    m.current = std::move(current).value();
  }
  for (const auto& r : j["history"]) {
    auto v = operatingStatusFromJson(r);
    if (!v) return v.error();
    m.history.push_back(std::move(v).value());
  }
  return m;
}

}  // namespace qinqing::wire
