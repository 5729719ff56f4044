// 单位考核 (notice §5, issue 12 "Unit assessment"): each unit whose cadres serve enterprises is
// assessed on the petitions it handled and on its cadres' liaison work, with a total score out of
// 100 whose weights the system administrator sets. One definition of every part and of the score,
// used by the server to rank and by the client to explain.
//
// Ground rules (assessmentPartFormula repeats them to users):
//  * The period is the report period of received days (ReportPeriod). Petitions count as in
//    诉求办理统计表 under the unit that holds them (承办单位); bulletins by the day they were first
//    submitted; contacts by the day they happened.
//  * The months owed (经营状况 and 联系覆盖) are the calendar months wholly inside the period that
//    have ended before today: a month still running owes nothing yet.
//  * Enterprises are those served by the unit's cadres now (the current 包联 assignment).
//  * A part with nothing to measure (no petition signed, no month owed, a unit without cadres, no
//    bulletin adopted anywhere in the city) is left out, and the total is scaled over the weights
//    of the parts that remain: a unit is never marked down for what it had no chance to do.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/report/report_query.hpp"
#include "qinqing/report/scorecard.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/period.hpp"

namespace qinqing::domain {

enum class AssessmentPart {
  SignOnTime,        // 按时签收率 (as 承办单位)
  FinishOnTime,      // 按时办结率
  Satisfaction,      // 满意率
  ContactCoverage,   // 联系覆盖率: owed enterprise-months with at least one contact logged
  OperatingReports,  // 经营状况填报率: owed enterprise-months with a report
  BulletinsAdopted,  // 简报采用: adopted per cadre, against the best unit of the city
};
inline constexpr std::array<AssessmentPart, 6> kAllAssessmentParts = {
    AssessmentPart::SignOnTime,      AssessmentPart::FinishOnTime,     AssessmentPart::Satisfaction,
    AssessmentPart::ContactCoverage, AssessmentPart::OperatingReports, AssessmentPart::BulletinsAdopted,
};
std::string_view assessmentPartKey(AssessmentPart part);    // "sign_on_time", "contact_coverage", …
std::string_view assessmentPartLabel(AssessmentPart part);  // 按时签收率, 联系覆盖率, …
std::optional<AssessmentPart> assessmentPartFromKey(std::string_view key);
// What the part measures, as shown beside it and on the weights screen.
std::string_view assessmentPartFormula(AssessmentPart part);

inline constexpr int kAssessmentFullScore = 100;
inline constexpr const char* kAssessmentWeightsSetting = "assessment.weights";

// Points per part; they add up to kAssessmentFullScore.
struct AssessmentWeights {
  std::array<int, kAllAssessmentParts.size()> points{};
  int of(AssessmentPart part) const { return points[static_cast<std::size_t>(part)]; }
  void set(AssessmentPart part, int value) { points[static_cast<std::size_t>(part)] = value; }
  bool operator==(const AssessmentWeights&) const = default;
};
// The documented defaults: 按时签收率 20, 按时办结率 25, 满意率 25, 联系覆盖率 15, 经营状况填报率 10,
// 简报采用 5 — the petition work first (70), the liaison work after (30).
AssessmentWeights defaultAssessmentWeights();
// Each weight 0..100 (field = the part's key) and all of them together exactly 100 (field "total").
Status validateAssessmentWeights(const AssessmentWeights& weights);

// The calendar months wholly inside [first, last] that ended before `today`'s month began, oldest first.
std::vector<YearMonth> assessmentMonthsOwed(Date first, Date last, Date today);

// What is counted for one unit in the period (the server fills it with SQL aggregates).
struct UnitAssessmentFacts {
  std::int64_t unitId = 0;
  std::string unitName;
  std::string regionName;
  int cadres = 0;       // cadres of the unit now
  int enterprises = 0;  // enterprises they serve now
  int received = 0;     // petitions held by the unit, received in the period
  Rate signOnTime;      // as 诉求办理统计表 counts them
  Rate finishOnTime;
  Rate satisfaction;
  int contactsLogged = 0;         // contacts logged by the unit's cadres in the period
  int contactedMonths = 0;        // owed (enterprise, month) pairs with a contact by the unit's cadres
  int operatingReported = 0;      // owed (enterprise, month) pairs with a current 经营状况 report
  int enterpriseMonthsOwed = 0;   // enterprises × months owed
  int bulletinsSubmitted = 0;     // 包联成效 bulletins (cadre stories) submitted in the period
  int bulletinsAdopted = 0;       // of those, adopted
  bool operator==(const UnitAssessmentFacts&) const = default;
};

// One part's measure and the points it earns.
struct AssessmentPartScore {
  std::optional<double> ratio;  // 0..1; none: nothing to measure (the part is left out)
  double points = 0;            // ratio × weight (0 when left out)
  bool operator==(const AssessmentPartScore&) const = default;
};

struct UnitAssessment {
  UnitAssessmentFacts facts;
  std::array<AssessmentPartScore, kAllAssessmentParts.size()> parts{};
  // Total out of 100 in hundredths (9234 = 92.34 分), scaled over the parts measured; none when no
  // part with a weight could be measured.
  std::optional<int> scoreHundredths;
  int rank = 0;  // 1 = best; units with equal scores share a rank; 0 = no score
  const AssessmentPartScore& part(AssessmentPart p) const { return parts[static_cast<std::size_t>(p)]; }
  bool operator==(const UnitAssessment&) const = default;
};

// Scores and ranks every unit. `units` must be every unit of the city (the best unit's 简报采用 per
// cadre is the city's yardstick), whoever reads: a reader's scope is applied afterwards, so a unit
// has the same score and rank in everyone's report. Order follows `units`.
std::vector<UnitAssessment> assessUnits(std::span<const UnitAssessmentFacts> units, const AssessmentWeights& weights);

// 92.34 → "92.34"; none → "—".
std::string formatAssessmentScore(std::optional<int> scoreHundredths);

// The columns of 单位考核 a reader sorts by.
enum class AssessmentSort {
  Score,               // 总分 (the rank)
  Unit,                // 单位 (name)
  Received,            // 收到诉求
  SignOnTime,          // a part's ratio
  FinishOnTime,
  Satisfaction,
  ContactCoverage,
  OperatingReports,
  BulletinsAdopted,
  ContactsLogged,      // 联系次数
  BulletinsSubmitted,  // 简报报送
};
inline constexpr std::array<AssessmentSort, 11> kAllAssessmentSorts = {
    AssessmentSort::Score,           AssessmentSort::Unit,          AssessmentSort::Received,
    AssessmentSort::SignOnTime,      AssessmentSort::FinishOnTime,  AssessmentSort::Satisfaction,
    AssessmentSort::ContactCoverage, AssessmentSort::OperatingReports, AssessmentSort::BulletinsAdopted,
    AssessmentSort::ContactsLogged,  AssessmentSort::BulletinsSubmitted,
};
std::string_view assessmentSortKey(AssessmentSort sort);    // "score", "unit", "received", part keys, …
std::string_view assessmentSortLabel(AssessmentSort sort);  // 总分, 单位, 收到诉求, …
std::optional<AssessmentSort> assessmentSortFromKey(std::string_view key);

// Orders the rows; ties by unit id. Rows with nothing to compare (no score, an unmeasured part) go
// last in either direction.
void sortAssessments(std::vector<UnitAssessment>& rows, AssessmentSort by, bool descending);

// What a reader asks of 单位考核: the period of received days, an optional 县市区 (the units of one
// region), a search in unit names, the sort and the page.
struct UnitAssessmentQuery {
  Date from;  // inclusive
  Date to;    // inclusive
  std::optional<std::int64_t> regionId;
  std::string search;
  AssessmentSort sortBy = AssessmentSort::Score;
  bool descending = true;
  int page = 1;
  int pageSize = 20;
  ReportPeriod period() const { return {from, to}; }
  bool operator==(const UnitAssessmentQuery&) const = default;
};
// The period as 诉求办理统计表 checks it (from ≤ to, at most three years; fields "from" / "to"),
// page ≥ 1 and page size 1..100.
Status validateUnitAssessmentQuery(const UnitAssessmentQuery& query);

// The title line of the report as exported: 单位考核统计表（2026-01-01 至 2026-12-31）.
std::string unitAssessmentTitle(Date from, Date to);

}  // namespace qinqing::domain
