// 单位考核 on the wire (issue 12 "Unit assessment"): the weights the system administrator sets, the
// query, and the report (GET /api/reports/unit-assessment).
//
//   weights: {"sign_on_time": 20, "finish_on_time": 25, …} (every part key, integers)
//   a row:   {"unit": {"id","name"}, "region", "cadres", "enterprises", "received",
//             "sign_on_time_rate": {rate}, "finish_on_time_rate", "satisfaction_rate",
//             "contacts_logged", "contacted_months", "operating_reported", "enterprise_months_owed",
//             "bulletins_submitted", "bulletins_adopted",
//             "parts": {"<part key>": {"ratio": 0.93 | null, "points": 18.6}},
//             "score": 9234 | null (hundredths), "score_text": "92.34", "rank": 1}
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/report/unit_assessment.hpp"

namespace qinqing::wire {

nlohmann::json assessmentWeightsToJson(const domain::AssessmentWeights& weights);
// Every part key must be there as an integer (field errors name the missing ones); the domain
// rules (validateAssessmentWeights) are applied too.
domain::Result<domain::AssessmentWeights> assessmentWeightsFromJson(const nlohmann::json& j);

nlohmann::json unitAssessmentToJson(const domain::UnitAssessment& row);
domain::Result<domain::UnitAssessment> unitAssessmentFromJson(const nlohmann::json& j);

struct UnitAssessmentReport {
  domain::Date from;
  domain::Date to;
  std::string generatedAt;  // China time
  int monthsOwed = 0;       // the whole ended months the liaison parts count
  domain::AssessmentWeights weights;
  domain::Page<domain::UnitAssessment> rows;
  bool operator==(const UnitAssessmentReport& o) const {
    return from == o.from && to == o.to && generatedAt == o.generatedAt && monthsOwed == o.monthsOwed &&
           weights == o.weights && rows.items == o.rows.items && rows.total == o.rows.total &&
           rows.page == o.rows.page && rows.pageSize == o.rows.pageSize;
  }
};
// {"from", "to", "generated_at", "months_owed", "weights", "items", "total", "page", "page_size"}
nlohmann::json unitAssessmentReportToJson(const UnitAssessmentReport& report);
domain::Result<UnitAssessmentReport> unitAssessmentReportFromJson(const nlohmann::json& j);

// from=2026-01-01&to=2026-12-31&sort=score&desc=1&page=1&page_size=20[&region_id=][&q=]
std::string unitAssessmentQueryString(const domain::UnitAssessmentQuery& query);
// Absent from/to: the year of `today` up to it. Checked by validateUnitAssessmentQuery.
domain::Result<domain::UnitAssessmentQuery> unitAssessmentQueryFromParams(
    const std::map<std::string, std::string>& params, domain::Date today);

}  // namespace qinqing::wire
