#include "qinqing/report/unit_assessment.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "qinqing/core/vocabulary.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<AssessmentPart, 6> kParts = {{
    {AssessmentPart::SignOnTime, "sign_on_time", "按时签收率"},
    {AssessmentPart::FinishOnTime, "finish_on_time", "按时办结率"},
    {AssessmentPart::Satisfaction, "satisfaction", "满意率"},
    {AssessmentPart::ContactCoverage, "contact_coverage", "联系覆盖率"},
    {AssessmentPart::OperatingReports, "operating_reports", "经营状况填报率"},
    {AssessmentPart::BulletinsAdopted, "bulletins_adopted", "简报采用"},
}};

constexpr Vocabulary<AssessmentSort, 11> kSorts = {{
    {AssessmentSort::Score, "score", "总分"},
    {AssessmentSort::Unit, "unit", "单位"},
    {AssessmentSort::Received, "received", "收到诉求"},
    {AssessmentSort::SignOnTime, "sign_on_time", "按时签收率"},
    {AssessmentSort::FinishOnTime, "finish_on_time", "按时办结率"},
    {AssessmentSort::Satisfaction, "satisfaction", "满意率"},
    {AssessmentSort::ContactCoverage, "contact_coverage", "联系覆盖率"},
    {AssessmentSort::OperatingReports, "operating_reports", "经营状况填报率"},
    {AssessmentSort::BulletinsAdopted, "bulletins_adopted", "简报采用"},
    {AssessmentSort::ContactsLogged, "contacts_logged", "联系次数"},
    {AssessmentSort::BulletinsSubmitted, "bulletins_submitted", "简报报送"},
}};

std::optional<double> ratioOf(Rate r) {
  if (!r.defined()) return std::nullopt;
  return static_cast<double>(r.numerator) / r.denominator;
}

std::optional<double> ratioOf(int numerator, int denominator) { return ratioOf(Rate{numerator, denominator}); }

// The city's best 简报采用 per cadre, as a fraction adopted / cadres; none when nobody had one adopted.
std::optional<Rate> bestBulletinsPerCadre(std::span<const UnitAssessmentFacts> units) {
  std::optional<Rate> best;
  for (const auto& u : units) {
    if (u.cadres <= 0 || u.bulletinsAdopted <= 0) continue;
    const Rate mine{u.bulletinsAdopted, u.cadres};
    if (!best || compareRateValues(mine, *best) > 0) best = mine;
  }
  return best;
}

std::optional<double> partRatio(AssessmentPart part, const UnitAssessmentFacts& u, std::optional<Rate> bestBulletins) {
  switch (part) {
    case AssessmentPart::SignOnTime: return ratioOf(u.signOnTime);
    case AssessmentPart::FinishOnTime: return ratioOf(u.finishOnTime);
    case AssessmentPart::Satisfaction: return ratioOf(u.satisfaction);
    case AssessmentPart::ContactCoverage: return ratioOf(u.contactedMonths, u.enterpriseMonthsOwed);
    case AssessmentPart::OperatingReports: return ratioOf(u.operatingReported, u.enterpriseMonthsOwed);
    case AssessmentPart::BulletinsAdopted:
      if (!bestBulletins || u.cadres <= 0) return std::nullopt;
      // (adopted / cadres) / (best adopted / best cadres), exact in the integers before dividing.
      return static_cast<double>(u.bulletinsAdopted) * bestBulletins->denominator /
             (static_cast<double>(u.cadres) * bestBulletins->numerator);
  }
  return std::nullopt;
}

// The value a row is sorted by; none sorts last.
std::optional<double> sortValue(const UnitAssessment& row, AssessmentSort by) {
  switch (by) {
    case AssessmentSort::Score:
      if (!row.scoreHundredths) return std::nullopt;
      return *row.scoreHundredths;
    case AssessmentSort::Unit: return std::nullopt;  // by name, handled apart
    case AssessmentSort::Received: return row.facts.received;
    case AssessmentSort::SignOnTime: return row.part(AssessmentPart::SignOnTime).ratio;
    case AssessmentSort::FinishOnTime: return row.part(AssessmentPart::FinishOnTime).ratio;
    case AssessmentSort::Satisfaction: return row.part(AssessmentPart::Satisfaction).ratio;
    case AssessmentSort::ContactCoverage: return row.part(AssessmentPart::ContactCoverage).ratio;
    case AssessmentSort::OperatingReports: return row.part(AssessmentPart::OperatingReports).ratio;
    case AssessmentSort::BulletinsAdopted: return row.part(AssessmentPart::BulletinsAdopted).ratio;
    case AssessmentSort::ContactsLogged: return row.facts.contactsLogged;
    case AssessmentSort::BulletinsSubmitted: return row.facts.bulletinsSubmitted;
  }
  return std::nullopt;
}

}  // namespace

std::string_view assessmentPartKey(AssessmentPart part) { return vocabularyKey(kParts, part); }
std::string_view assessmentPartLabel(AssessmentPart part) { return vocabularyLabel(kParts, part); }
std::optional<AssessmentPart> assessmentPartFromKey(std::string_view key) { return vocabularyFromKey(kParts, key); }

std::string_view assessmentPartFormula(AssessmentPart part) {
  switch (part) {
    case AssessmentPart::SignOnTime: return "作为承办单位按时签收的诉求 ÷ 已签收的诉求（同诉求办理统计表）";
    case AssessmentPart::FinishOnTime: return "作为承办单位按时办结的诉求 ÷ 已办结的诉求（含批准的延期）";
    case AssessmentPart::Satisfaction: return "评价为非常满意、满意、基本满意的诉求 ÷ 已评价的诉求（申诉成立的评价不计）";
    case AssessmentPart::ContactCoverage:
      return "本单位干部包联的企业在应计月份中有联系记录的“企业·月”÷ 包联企业数 × 应计月份数；"
             "应计月份为统计期内已结束的整月";
    case AssessmentPart::OperatingReports:
      return "包联企业在应计月份中已填报经营状况的“企业·月”÷ 包联企业数 × 应计月份数";
    case AssessmentPart::BulletinsAdopted:
      return "统计期内报送并被采用的包联成效简报，按每名干部平均；全市最高的单位计满分，其余按比例计分";
  }
  return {};
}

AssessmentWeights defaultAssessmentWeights() {
  AssessmentWeights w;
  w.set(AssessmentPart::SignOnTime, 20);
  w.set(AssessmentPart::FinishOnTime, 25);
  w.set(AssessmentPart::Satisfaction, 25);
  w.set(AssessmentPart::ContactCoverage, 15);
  w.set(AssessmentPart::OperatingReports, 10);
  w.set(AssessmentPart::BulletinsAdopted, 5);
  return w;
}

Status validateAssessmentWeights(const AssessmentWeights& weights) {
  std::vector<FieldError> errors;
  int total = 0;
  for (AssessmentPart p : kAllAssessmentParts) {
    const int v = weights.of(p);
    if (v < 0 || v > kAssessmentFullScore)
      errors.push_back({std::string(assessmentPartKey(p)), "权重应为 0 到 100 之间的整数"});
    else total += v;
  }
  if (errors.empty() && total != kAssessmentFullScore)
    errors.push_back({"total", "各项权重之和应为 100，现为 " + std::to_string(total)});
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

std::vector<YearMonth> assessmentMonthsOwed(Date first, Date last, Date today) {
  std::vector<YearMonth> out;
  const YearMonth current = YearMonth::of(today);
  for (YearMonth m = YearMonth::of(first); m <= YearMonth::of(last) && m < current; m = m.next()) {
    if (m.firstDay() < first || last < m.lastDay()) continue;  // not wholly inside the period
    out.push_back(m);
  }
  return out;
}

std::vector<UnitAssessment> assessUnits(std::span<const UnitAssessmentFacts> units, const AssessmentWeights& weights) {
  const auto bestBulletins = bestBulletinsPerCadre(units);
  std::vector<UnitAssessment> out;
  out.reserve(units.size());
  for (const auto& u : units) {
    UnitAssessment row;
    row.facts = u;
    double points = 0;
    int measuredWeight = 0;
    for (AssessmentPart p : kAllAssessmentParts) {
      AssessmentPartScore& s = row.parts[static_cast<std::size_t>(p)];
      s.ratio = partRatio(p, u, bestBulletins);
      if (!s.ratio) continue;
      s.points = *s.ratio * weights.of(p);
      points += s.points;
      measuredWeight += weights.of(p);
    }
    if (measuredWeight > 0)
      row.scoreHundredths = static_cast<int>(std::lround(points * kAssessmentFullScore * 100 / measuredWeight));
    out.push_back(std::move(row));
  }
  // Competition ranking (1, 2, 2, 4) over the scores.
  for (auto& row : out) {
    if (!row.scoreHundredths) continue;
    row.rank = 1;
    for (const auto& other : out)
      if (other.scoreHundredths && *other.scoreHundredths > *row.scoreHundredths) ++row.rank;
  }
  return out;
}

std::string formatAssessmentScore(std::optional<int> scoreHundredths) {
  if (!scoreHundredths) return "—";
  char buf[24];
  std::snprintf(buf, sizeof buf, "%d.%02d", *scoreHundredths / 100, *scoreHundredths % 100);
  return buf;
}

std::string_view assessmentSortKey(AssessmentSort sort) { return vocabularyKey(kSorts, sort); }
std::string_view assessmentSortLabel(AssessmentSort sort) { return vocabularyLabel(kSorts, sort); }
std::optional<AssessmentSort> assessmentSortFromKey(std::string_view key) { return vocabularyFromKey(kSorts, key); }

void sortAssessments(std::vector<UnitAssessment>& rows, AssessmentSort by, bool descending) {
  std::stable_sort(rows.begin(), rows.end(), [&](const UnitAssessment& a, const UnitAssessment& b) {
    if (by == AssessmentSort::Unit) {
      if (a.facts.unitName != b.facts.unitName)
        return descending ? a.facts.unitName > b.facts.unitName : a.facts.unitName < b.facts.unitName;
      return a.facts.unitId < b.facts.unitId;
    }
    const auto va = sortValue(a, by);
    const auto vb = sortValue(b, by);
    if (va.has_value() != vb.has_value()) return va.has_value();
    if (va && *va != *vb) return descending ? *va > *vb : *va < *vb;
    return a.facts.unitId < b.facts.unitId;
  });
}

Status validateUnitAssessmentQuery(const UnitAssessmentQuery& query) {
  PetitionStatsQuery period;
  period.from = query.from;
  period.to = query.to;
  if (auto ok = validatePetitionStatsQuery(period); !ok) return ok;
  std::vector<FieldError> errors;
  if (query.page < 1) errors.push_back({"page", "页码应从 1 开始"});
  if (query.pageSize < 1 || query.pageSize > kMaxPageSize) errors.push_back({"page_size", "每页条数应为 1 到 100"});
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

std::string unitAssessmentTitle(Date from, Date to) {
  return "单位考核统计表（" + from.toIso() + " 至 " + to.toIso() + "）";
}

}  // namespace qinqing::domain
