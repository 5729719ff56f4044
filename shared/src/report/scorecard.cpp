#include "qinqing/report/scorecard.hpp"

#include <algorithm>
#include <map>

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<Figure, 21> kFigures = {{
    {Figure::Received, "received", "收到诉求"},
    {Figure::SignedOnTime, "signed_on_time", "按时签收"},
    {Figure::SignedLate, "signed_late", "超时签收"},
    {Figure::Returned, "returned", "退回"},
    {Figure::FinishedOnTime, "finished_on_time", "按时办结"},
    {Figure::FinishedLate, "finished_late", "超时办结"},
    {Figure::OpenNow, "open_now", "在办"},
    {Figure::OverdueNow, "overdue_now", "超期"},
    {Figure::Extended, "extended", "延期"},
    {Figure::Rated, "rated", "已评价"},
    {Figure::RatedVerySatisfied, "rated_very_satisfied", "非常满意"},
    {Figure::RatedSatisfied, "rated_satisfied", "满意"},
    {Figure::RatedBasicallySatisfied, "rated_basically_satisfied", "基本满意"},
    {Figure::RatedDissatisfied, "rated_dissatisfied", "不满意"},
    {Figure::RatedVeryDissatisfied, "rated_very_dissatisfied", "非常不满意"},
    {Figure::Unrated, "unrated", "未评价"},
    {Figure::Rectified, "rectified", "整改"},
    {Figure::AppealUpheld, "appeal_upheld", "申诉成立"},
    {Figure::SignOnTimeRate, "sign_on_time_rate", "按时签收率"},
    {Figure::FinishOnTimeRate, "finish_on_time_rate", "按时办结率"},
    {Figure::SatisfactionRate, "satisfaction_rate", "满意率"},
}};

constexpr Vocabulary<GroupBy, 4> kGroupBys = {{
    {GroupBy::Unit, "unit", "承办单位"},
    {GroupBy::Region, "region", "县市区"},
    {GroupBy::IndustryGroup, "industry_group", "行业组"},
    {GroupBy::Cadre, "cadre", "包联干部"},
}};

bool signedOnTime(const ScoredPetition& f) { return f.signedAt && (!f.signDue || *f.signedAt <= *f.signDue); }
bool signedLate(const ScoredPetition& f) { return f.signedAt && f.signDue && *f.signedAt > *f.signDue; }
bool finishedOnTime(const ScoredPetition& f) {
  return f.finishedAt && (!f.finishDue || *f.finishedAt <= *f.finishDue);
}
bool finishedLate(const ScoredPetition& f) { return f.finishedAt && f.finishDue && *f.finishedAt > *f.finishDue; }
bool ratedAs(const ScoredPetition& f, Rating r) { return f.rated() && *f.rating == r; }

std::size_t countIndex(Figure figure) { return static_cast<std::size_t>(figure); }

}  // namespace

std::optional<Instant> overdueAfter(const ScoredPetition& f) {
  if (!petitionIsOpen(f.state)) return std::nullopt;
  if (!f.signedAt) return f.signDue;
  if (!f.finishedAt) return f.finishDue;
  return std::nullopt;
}

bool petitionOverdueAt(const ScoredPetition& f, Instant now) {
  const auto after = overdueAfter(f);
  return after && now > *after;
}

std::string_view figureKey(Figure figure) { return vocabularyKey(kFigures, figure); }
std::string_view figureLabel(Figure figure) { return vocabularyLabel(kFigures, figure); }
std::optional<Figure> figureFromKey(std::string_view key) { return vocabularyFromKey(kFigures, key); }

bool figureIsRate(Figure figure) { return countIndex(figure) >= kCountFigureCount; }

namespace {

// What each rate divides, in one switch: numerator and denominator are sums of these counts.
struct RateParts {
  std::vector<Figure> numerator;
  std::vector<Figure> denominator;
};

RateParts rateParts(Figure rate) {
  switch (rate) {
    case Figure::SignOnTimeRate: return {{Figure::SignedOnTime}, {Figure::SignedOnTime, Figure::SignedLate}};
    case Figure::FinishOnTimeRate: return {{Figure::FinishedOnTime}, {Figure::FinishedOnTime, Figure::FinishedLate}};
    case Figure::SatisfactionRate:
      return {{Figure::RatedVerySatisfied, Figure::RatedSatisfied, Figure::RatedBasicallySatisfied}, {Figure::Rated}};
    case Figure::Received:
    case Figure::SignedOnTime:
    case Figure::SignedLate:
    case Figure::Returned:
    case Figure::FinishedOnTime:
    case Figure::FinishedLate:
    case Figure::OpenNow:
    case Figure::OverdueNow:
    case Figure::Extended:
    case Figure::Rated:
    case Figure::RatedVerySatisfied:
    case Figure::RatedSatisfied:
    case Figure::RatedBasicallySatisfied:
    case Figure::RatedDissatisfied:
    case Figure::RatedVeryDissatisfied:
    case Figure::Unrated:
    case Figure::Rectified:
    case Figure::AppealUpheld: return {};
  }
  return {};
}

}  // namespace

std::vector<Figure> rateNumerator(Figure rate) { return rateParts(rate).numerator; }
std::vector<Figure> rateDenominator(Figure rate) { return rateParts(rate).denominator; }

Figure ratingFigure(Rating rating) {
  switch (rating) {
    case Rating::VerySatisfied: return Figure::RatedVerySatisfied;
    case Rating::Satisfied: return Figure::RatedSatisfied;
    case Rating::BasicallySatisfied: return Figure::RatedBasicallySatisfied;
    case Rating::Dissatisfied: return Figure::RatedDissatisfied;
    case Rating::VeryDissatisfied: return Figure::RatedVeryDissatisfied;
  }
  return Figure::Rated;
}

std::string_view formulaText(Figure figure) {
  switch (figure) {
    case Figure::Received:
      return "统计期内收到的诉求件数。诉求按企业提交的日期（北京时间）归入统计期；改派或退回分办的诉求只计一次，"
             "计入最终承办的单位（县市区）。";
    case Figure::SignedOnTime:
      return "在签收时限（分办后1个工作日，节假日不计、调休上班日计入）内签收的诉求件数；改派的诉求按最终承办单位的签收计。";
    case Figure::SignedLate:
      return "超过签收时限才签收的诉求件数；尚未签收且已超时的诉求计入“超期”，不计入本项。";
    case Figure::Returned:
      return "被承办单位退回分办（非本单位职责）的诉求件数，每件只计一次，计入最终承办的单位。";
    case Figure::FinishedOnTime:
      return "在办结时限（签收后15个工作日，含已批准的延期）内提交办理结果的诉求件数。";
    case Figure::FinishedLate:
      return "超过办结时限（含已批准的延期）才提交办理结果的诉求件数。";
    case Figure::OpenNow:
      return "统计期内收到、目前尚未销号也未撤回的诉求件数。";
    case Figure::OverdueNow:
      return "目前在办且已超过当前环节时限（未签收的按签收时限，已签收未办结的按办结时限）的诉求件数。";
    case Figure::Extended:
      return "获批延期的诉求件数，多次延期的只计一次。";
    case Figure::Rated:
      return "企业已评价的诉求件数，经整改再次评价的以最后一次评价为准；申诉成立的评价不计入。";
    case Figure::RatedVerySatisfied:
      return "最后一次评价为“非常满意”的诉求件数（申诉成立的不计）。";
    case Figure::RatedSatisfied:
      return "最后一次评价为“满意”的诉求件数（申诉成立的不计）。";
    case Figure::RatedBasicallySatisfied:
      return "最后一次评价为“基本满意”的诉求件数（申诉成立的不计）。";
    case Figure::RatedDissatisfied:
      return "最后一次评价为“不满意”的诉求件数（申诉成立的不计）。";
    case Figure::RatedVeryDissatisfied:
      return "最后一次评价为“非常不满意”的诉求件数（申诉成立的不计）。";
    case Figure::Unrated:
      return "已销号但企业在评价时限内未评价的诉求件数；尚在评价期内的不计入。未评价不视为满意。";
    case Figure::Rectified:
      return "因评价不满意而进入整改的诉求件数。";
    case Figure::AppealUpheld:
      return "承办单位对评价提出申诉且申诉成立的诉求件数；其评价作废，不计入已评价和满意率。";
    case Figure::SignOnTimeRate:
      return "按时签收率 = 按时签收件数 ÷（按时签收件数 + 超时签收件数）。尚未签收的不计入分母；分母为0时显示“—”。";
    case Figure::FinishOnTimeRate:
      return "按时办结率 = 按时办结件数 ÷（按时办结件数 + 超时办结件数）。尚未办结的不计入分母；分母为0时显示“—”。";
    case Figure::SatisfactionRate:
      return "满意率 =（非常满意 + 满意 + 基本满意）件数 ÷ 已评价件数。未评价和申诉成立的不计入分母；分母为0时显示“—”。";
  }
  return {};
}

std::string formatRate(Rate rate) {
  if (!rate.defined()) return "—";
  // Tenths of a percent, rounded half up: numerator * 1000 / denominator.
  const std::int64_t num = std::int64_t{rate.numerator} * 2000 + rate.denominator;
  const std::int64_t tenths = num / (std::int64_t{2} * rate.denominator);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

int compareRateValues(Rate a, Rate b) {
  const std::int64_t l = std::int64_t{a.numerator} * b.denominator;
  const std::int64_t r = std::int64_t{b.numerator} * a.denominator;
  return l < r ? -1 : (l > r ? 1 : 0);
}

bool rateRanksBefore(Rate a, Rate b, bool descending) {
  if (!a.defined() || !b.defined()) return a.defined() && !b.defined();
  const int c = compareRateValues(a, b);
  return descending ? c > 0 : c < 0;
}

bool figureCounts(Figure figure, const ScoredPetition& f) {
  switch (figure) {
    case Figure::Received: return true;
    case Figure::SignedOnTime: return signedOnTime(f);
    case Figure::SignedLate: return signedLate(f);
    case Figure::Returned: return f.returned;
    case Figure::FinishedOnTime: return finishedOnTime(f);
    case Figure::FinishedLate: return finishedLate(f);
    case Figure::OpenNow: return petitionIsOpen(f.state);
    case Figure::OverdueNow: return petitionIsOpen(f.state) && f.overdueNow;
    case Figure::Extended: return f.extensionCount > 0;
    case Figure::Rated: return f.rated();
    case Figure::RatedVerySatisfied: return ratedAs(f, Rating::VerySatisfied);
    case Figure::RatedSatisfied: return ratedAs(f, Rating::Satisfied);
    case Figure::RatedBasicallySatisfied: return ratedAs(f, Rating::BasicallySatisfied);
    case Figure::RatedDissatisfied: return ratedAs(f, Rating::Dissatisfied);
    case Figure::RatedVeryDissatisfied: return ratedAs(f, Rating::VeryDissatisfied);
    case Figure::Unrated: return f.state == PetitionState::Closed && !f.rating && !f.appealUpheld;
    case Figure::Rectified: return f.rectified;
    case Figure::AppealUpheld: return f.appealUpheld;
    case Figure::SignOnTimeRate: return signedOnTime(f);
    case Figure::FinishOnTimeRate: return finishedOnTime(f);
    case Figure::SatisfactionRate: return f.rated() && !ratingIsBad(*f.rating);
  }
  return false;
}

int Scorecard::count(Figure figure) const {
  return figureIsRate(figure) ? 0 : counts[countIndex(figure)];
}

Rate Scorecard::rate(Figure figure) const {
  // rateParts() is the switch that names every figure; a new rate is added there and here.
  if (figure == Figure::SignOnTimeRate) return signOnTime;
  if (figure == Figure::FinishOnTimeRate) return finishOnTime;
  if (figure == Figure::SatisfactionRate) return satisfaction;
  return {};
}

namespace {

void addToCard(Scorecard& card, const ScoredPetition& f) {
  for (std::size_t i = 0; i < kCountFigureCount; ++i)
    if (figureCounts(kAllFigures[i], f)) ++card.counts[i];
}

void finishCard(Scorecard& card) {
  const auto sum = [&](const std::vector<Figure>& figures) {
    int n = 0;
    for (Figure fig : figures) n += card.counts[countIndex(fig)];
    return n;
  };
  const auto rateOf = [&](Figure rate) { return Rate{sum(rateNumerator(rate)), sum(rateDenominator(rate))}; };
  card.signOnTime = rateOf(Figure::SignOnTimeRate);
  card.finishOnTime = rateOf(Figure::FinishOnTimeRate);
  card.satisfaction = rateOf(Figure::SatisfactionRate);
}

}  // namespace

FigureCounts petitionFigureCounts(const ScoredPetition& f) {
  FigureCounts counts{};
  for (std::size_t i = 0; i < kCountFigureCount; ++i)
    counts[i] = kAllFigures[i] != Figure::OverdueNow && figureCounts(kAllFigures[i], f) ? 1 : 0;
  return counts;
}

Scorecard scorecardFromCounts(const FigureCounts& counts) {
  Scorecard card;
  card.counts = counts;
  finishCard(card);
  return card;
}

Scorecard computeScorecard(std::span<const ScoredPetition> facts, const ReportPeriod& period) {
  Scorecard card;
  for (const auto& f : facts)
    if (period.containsReceived(f)) addToCard(card, f);
  finishCard(card);
  return card;
}

std::string_view groupByKey(GroupBy by) { return vocabularyKey(kGroupBys, by); }
std::string_view groupByLabel(GroupBy by) { return vocabularyLabel(kGroupBys, by); }
std::optional<GroupBy> groupByFromKey(std::string_view key) { return vocabularyFromKey(kGroupBys, key); }

std::int64_t groupKeyOf(const ScoredPetition& f, GroupBy by) {
  switch (by) {
    case GroupBy::Unit: return f.unitId;
    case GroupBy::Region: return f.regionId;
    case GroupBy::IndustryGroup: return f.industryGroupId;
    case GroupBy::Cadre: return f.cadreId;
  }
  return 0;
}

std::string_view groupNoneLabel(GroupBy by) {
  switch (by) {
    case GroupBy::Unit: return "县市区承办及未分办";
    case GroupBy::Region: return "未分办";
    case GroupBy::IndustryGroup: return "不属行业组";
    case GroupBy::Cadre: return "无包联干部";
  }
  return "";
}

std::vector<ScorecardRow> groupScorecards(std::span<const ScoredPetition> facts, GroupBy by,
                                          const ReportPeriod& period) {
  std::map<std::int64_t, Scorecard> cards;
  Scorecard total;
  for (const auto& f : facts) {
    if (!period.containsReceived(f)) continue;
    addToCard(cards[groupKeyOf(f, by)], f);
    addToCard(total, f);
  }
  std::vector<ScorecardRow> rows;
  rows.reserve(cards.size() + 1);
  for (auto& [key, card] : cards) {
    finishCard(card);
    rows.push_back({key, false, card, ""});
  }
  finishCard(total);
  rows.push_back({0, true, total, ""});
  return rows;
}

void sortRows(std::vector<ScorecardRow>& rows, Figure figure, bool descending) {
  const bool rate = figureIsRate(figure);
  std::stable_sort(rows.begin(), rows.end(), [&](const ScorecardRow& a, const ScorecardRow& b) {
    if (a.total != b.total) return b.total;  // the total row last
    if (rate) {
      const Rate ra = a.card.rate(figure), rb = b.card.rate(figure);
      if (rateRanksBefore(ra, rb, descending)) return true;
      if (rateRanksBefore(rb, ra, descending)) return false;
      // Equal values (or both undefined): more petitions behind the rate first, then key.
      if (ra.denominator != rb.denominator) return ra.denominator > rb.denominator;
    } else {
      const int ca = a.card.count(figure), cb = b.card.count(figure);
      if (ca != cb) return descending ? ca > cb : ca < cb;
    }
    return a.key < b.key;
  });
}

std::vector<std::int64_t> drillDown(std::span<const ScoredPetition> facts, GroupBy by,
                                    std::optional<std::int64_t> groupKey, Figure figure,
                                    const ReportPeriod& period) {
  std::vector<std::int64_t> ids;
  for (const auto& f : facts) {
    if (!period.containsReceived(f)) continue;
    if (groupKey && groupKeyOf(f, by) != *groupKey) continue;
    if (figureCounts(figure, f)) ids.push_back(f.petitionId);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace qinqing::domain
