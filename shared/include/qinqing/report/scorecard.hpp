// 诉求办理考核 (issue 12 "Definitions in shared/"): the figures units, counties, industry groups and
// cadres are ranked by, their written formulas, and the pure functions that count them.
//
// Ground rules every figure follows (formulaText repeats them to users):
//  * A petition belongs to the period that contains its received date (收到诉求的日期, China time).
//  * A petition counts once. A re-routed (改派) or returned (退回分办) petition counts once, under the
//    unit (or county) that holds it at the end; its sign facts are those of that final holder.
//  * Due instants come from the working-day calendar (dueAfterWorkingDays): callers compute them
//    and the "overdue now" flag with a HolidayCalendar and `now`; nothing here reads the clock.
//  * A rating set aside by an upheld appeal (申诉成立) is not a rating: it counts in none of the
//    rating figures, in 已评价 or in 满意率, only in 申诉成立.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/time/period.hpp"

namespace qinqing::domain {

// What a report needs to know about one petition. Ids are 0 when there is none yet (an unrouted
// petition has unitId 0 and regionId 0).
struct ScoredPetition {
  std::int64_t petitionId = 0;
  std::int64_t unitId = 0;           // 承办单位 holding it at the end (0: not routed, or routed to a county)
  std::int64_t regionId = 0;         // 县市区 holding it at the end
  std::int64_t industryGroupId = 0;  // 行业组 of the enterprise
  std::int64_t cadreId = 0;          // 包联干部 of the enterprise
  Instant receivedAt;                // submitted by the enterprise: decides the period
  std::optional<Instant> signDue;    // sign clock of the final holder (1 working day)
  std::optional<Instant> signedAt;
  std::optional<Instant> finishDue;  // result clock, approved extensions included
  std::optional<Instant> finishedAt; // result submitted (办结)
  bool returned = false;             // returned to the dispatchers (退回分办) at least once
  int reroutedCount = 0;             // times routed again after the first routing
  int extensionCount = 0;            // approved extensions (延期)
  std::optional<Rating> rating;      // the rating that stands (the second round's after rectification)
  bool rectified = false;            // went through 整改
  bool appealUpheld = false;         // the unit's appeal of the rating was upheld
  PetitionState state = PetitionState::PendingReview;
  bool overdueNow = false;           // open and past the due instant of its running clock, at `now`

  bool rated() const { return rating.has_value() && !appealUpheld; }
  bool operator==(const ScoredPetition&) const = default;
};

// Whether an open petition is past a due instant at `now`: not signed after signDue, or signed
// and not finished after finishDue. For callers filling ScoredPetition::overdueNow.
bool petitionOverdueAt(const ScoredPetition& facts, Instant now);

enum class Figure {
  // Counts.
  Received,            // 收到诉求: every petition received in the period
  SignedOnTime,        // 按时签收: signed at or before signDue (or signed with no sign clock)
  SignedLate,          // 超时签收: signed after signDue
  Returned,            // 退回: returned to the dispatchers at least once (counted once)
  FinishedOnTime,      // 按时办结: result submitted at or before finishDue (extensions included)
  FinishedLate,        // 超时办结: result submitted after finishDue
  OpenNow,             // 在办: neither closed nor withdrawn now
  OverdueNow,          // 超期: open and overdue now
  Extended,            // 延期: at least one approved extension (counted once per petition)
  Rated,               // 已评价: a standing rating (not set aside by an upheld appeal)
  RatedVerySatisfied,  // 非常满意
  RatedSatisfied,      // 满意
  RatedBasicallySatisfied,  // 基本满意
  RatedDissatisfied,   // 不满意
  RatedVeryDissatisfied,    // 非常不满意
  Unrated,             // 未评价: closed without a rating and without an upheld appeal
  Rectified,           // 整改: went through rectification
  AppealUpheld,        // 申诉成立
  // Rates.
  SignOnTimeRate,      // 按时签收率 = 按时签收 / (按时签收 + 超时签收)
  FinishOnTimeRate,    // 按时办结率 = 按时办结 / (按时办结 + 超时办结)
  SatisfactionRate,    // 满意率 = (非常满意 + 满意 + 基本满意) / 已评价
};

inline constexpr std::size_t kCountFigureCount = 18;
inline constexpr std::array<Figure, 21> kAllFigures = {
    Figure::Received,         Figure::SignedOnTime,       Figure::SignedLate,
    Figure::Returned,         Figure::FinishedOnTime,     Figure::FinishedLate,
    Figure::OpenNow,          Figure::OverdueNow,         Figure::Extended,
    Figure::Rated,            Figure::RatedVerySatisfied, Figure::RatedSatisfied,
    Figure::RatedBasicallySatisfied, Figure::RatedDissatisfied, Figure::RatedVeryDissatisfied,
    Figure::Unrated,          Figure::Rectified,          Figure::AppealUpheld,
    Figure::SignOnTimeRate,   Figure::FinishOnTimeRate,   Figure::SatisfactionRate,
};

std::string_view figureKey(Figure figure);    // "received", "sign_on_time_rate"
std::string_view figureLabel(Figure figure);  // 收到诉求, 按时签收率
std::optional<Figure> figureFromKey(std::string_view key);
bool figureIsRate(Figure figure);
// The count figures a rate divides: numerator and denominator are sums of these. Empty for a count.
std::vector<Figure> rateNumerator(Figure rate);
std::vector<Figure> rateDenominator(Figure rate);
// The rating figure of a level (非常满意 → RatedVerySatisfied).
Figure ratingFigure(Rating rating);
// The formula as shown to users beside the figure: what counts, and in which period.
std::string_view formulaText(Figure figure);

// A ratio for ranking: numerator of denominator petitions.
struct Rate {
  int numerator = 0;
  int denominator = 0;
  bool defined() const { return denominator > 0; }
  bool operator==(const Rate&) const = default;
};
// "96.4%": one decimal, rounded half up; "—" when the denominator is 0.
std::string formatRate(Rate rate);
// -1, 0, 1 comparing the values a/b and c/d exactly (no floating point). Both must be defined.
int compareRateValues(Rate a, Rate b);
// Whether a ranks strictly before b when sorting by value (descending: higher first). A rate with no
// denominator ranks after every defined one in either direction.
bool rateRanksBefore(Rate a, Rate b, bool descending);

// The days whose received petitions a report covers, both ends inclusive. None: all time.
struct ReportPeriod {
  std::optional<Date> first;
  std::optional<Date> last;
  static ReportPeriod all() { return {}; }
  static ReportPeriod month(YearMonth m) { return {m.firstDay(), m.lastDay()}; }
  static ReportPeriod quarter(Quarter q) { return {q.firstDay(), q.lastDay()}; }
  bool contains(Date day) const { return (!first || *first <= day) && (!last || day <= *last); }
  bool containsReceived(const ScoredPetition& f) const { return contains(localDate(f.receivedAt)); }
};

// Whether the figure counts the petition (for a rate: whether it is in the numerator).
bool figureCounts(Figure figure, const ScoredPetition& facts);

// The instant after which an open petition is overdue: the due instant of its running sign clock
// (not signed yet) or result clock (signed, not finished). None when closed, withdrawn, finished or
// running without a limit. petitionOverdueAt(f, now) is exactly `now > overdueAfter(f)`.
std::optional<Instant> overdueAfter(const ScoredPetition& facts);

// One petition's share of every count figure: 1 where figureCounts() holds, else 0, except
// OverdueNow, which depends on when one asks and is left 0 (the server stores overdueAfter() next to
// these and counts it at query time). Stored per petition by the server and summed by SQL, so the
// definitions stay here.
using FigureCounts = std::array<int, kCountFigureCount>;
FigureCounts petitionFigureCounts(const ScoredPetition& facts);

struct Scorecard {
  std::array<int, kCountFigureCount> counts{};  // indexed like the count figures of kAllFigures
  Rate signOnTime;
  Rate finishOnTime;
  Rate satisfaction;

  // For a count figure; 0 for a rate figure (use rate()).
  int count(Figure figure) const;
  // For a rate figure; {0, 0} for a count figure.
  Rate rate(Figure figure) const;
  bool operator==(const Scorecard&) const = default;
};

Scorecard computeScorecard(std::span<const ScoredPetition> facts, const ReportPeriod& period);
// The card of summed counts (indexed like the count figures of kAllFigures): the three rates are
// derived from them by their formulas.
Scorecard scorecardFromCounts(const FigureCounts& counts);

enum class GroupBy { Unit, Region, IndustryGroup, Cadre };
inline constexpr std::array<GroupBy, 4> kAllGroupBys = {GroupBy::Unit, GroupBy::Region, GroupBy::IndustryGroup,
                                                        GroupBy::Cadre};
std::string_view groupByKey(GroupBy by);    // "unit" | "region" | "industry_group" | "cadre"
std::string_view groupByLabel(GroupBy by);  // 承办单位 | 县市区 | 行业组 | 包联干部
std::optional<GroupBy> groupByFromKey(std::string_view key);
std::int64_t groupKeyOf(const ScoredPetition& facts, GroupBy by);
// The name of the row of petitions with no such group (key 0): 未分办 for regions, …
std::string_view groupNoneLabel(GroupBy by);

struct ScorecardRow {
  std::int64_t key = 0;  // the unit / region / group / cadre id; 0 = none (e.g. not routed yet)
  bool total = false;    // the 合计 row: every petition of the period
  Scorecard card;
  std::string name;      // the group as people read it (set by whoever knows the names; "" here)
  bool operator==(const ScorecardRow&) const = default;
};

// One row per group key that has a petition in the period, by key ascending, then the total row.
std::vector<ScorecardRow> groupScorecards(std::span<const ScoredPetition> facts, GroupBy by,
                                          const ReportPeriod& period);

// Orders the rows by the figure; ties by key ascending; the total row stays last. Rates with no
// denominator sort last in either direction.
void sortRows(std::vector<ScorecardRow>& rows, Figure figure, bool descending);

// The petition ids behind one cell, ascending: the petitions figureCounts() for the figure (for a
// rate, its numerator). groupKey none = the total row. Its size equals the cell's count.
std::vector<std::int64_t> drillDown(std::span<const ScoredPetition> facts, GroupBy by,
                                    std::optional<std::int64_t> groupKey, Figure figure,
                                    const ReportPeriod& period);

}  // namespace qinqing::domain
