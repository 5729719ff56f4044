#include "repositories/report_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace qinqing::backend::report {
namespace d = qinqing::domain;
namespace {

const char* groupColumn(d::GroupBy by) {
  switch (by) {
    case d::GroupBy::Unit: return "f.unit_id";
    case d::GroupBy::Region: return "f.region_id";
    case d::GroupBy::IndustryGroup: return "f.industry_group_id";
    case d::GroupBy::Cadre: return "f.cadre_id";
  }
  return "f.unit_id";
}

Where whereOf(const ReportFilter& filter, const d::ReportPeriod& period, const char* dayColumn = "f.received_day") {
  Where w;
  w.sql = " WHERE (" + filter.scope.sql + ")";
  w.params = filter.scope.params;
  if (period.first) {
    w.sql += std::string(" AND ") + dayColumn + " >= ?";
    w.params.push_back(period.first->dayNumber());
  }
  if (period.last) {
    w.sql += std::string(" AND ") + dayColumn + " <= ?";
    w.params.push_back(period.last->dayNumber());
  }
  const auto narrow = [&](const char* column, const std::optional<long long>& id) {
    if (!id) return;
    w.sql += std::string(" AND ") + column + " = ?";
    w.params.push_back(*id);
  };
  narrow("f.unit_id", filter.unitId);
  narrow("f.region_id", filter.regionId);
  narrow("f.industry_group_id", filter.industryGroupId);
  narrow("f.cadre_id", filter.cadreId);
  return w;
}


void bindAll(SQLite::Statement& s, const std::vector<long long>& params, int first = 1) {
  for (long long p : params) s.bind(first++, static_cast<int64_t>(p));
}

using CountsByKey = std::map<long long, d::FigureCounts>;

// Adds TOTAL() of every count column of `table` (facts or months) per group key. OverdueNow's
// column is 0 in both; it is counted by addOverdueNow.
void addTotals(SQLite::Database& db, const char* table, const Where& where, d::GroupBy by, CountsByKey& out) {
  std::string select = std::string("SELECT ") + groupColumn(by);
  for (std::size_t i = 0; i < d::kCountFigureCount; ++i) select += ", TOTAL(f." + std::string(d::figureKey(d::kAllFigures[i])) + ")";
  SQLite::Statement s(db, select + " FROM " + table + " f" + where.sql + " GROUP BY 1");
  bindAll(s, where.params);
  while (s.executeStep()) {
    d::FigureCounts& counts = out[s.getColumn(0).getInt64()];
    for (std::size_t i = 0; i < counts.size(); ++i) counts[i] += static_cast<int>(s.getColumn(static_cast<int>(i) + 1).getDouble());
  }
}

constexpr std::size_t kOverdueNowIndex = [] {
  for (std::size_t i = 0; i < d::kCountFigureCount; ++i)
    if (d::kAllFigures[i] == d::Figure::OverdueNow) return i;
  return d::kCountFigureCount;
}();
static_assert(kOverdueNowIndex < d::kCountFigureCount);

// OverdueNow per group: the open petitions whose running clock fell due before now, from the index
// that covers them (the planner would otherwise walk a group's index and read every petition).
void addOverdueNow(SQLite::Database& db, const Where& where, d::GroupBy by, long long now, CountsByKey& out) {
  SQLite::Statement s(db, std::string("SELECT ") + groupColumn(by) + ", count(*) FROM petition_report_facts f INDEXED BY petition_report_facts_open" + where.sql +
                              " AND f.overdue_after IS NOT NULL AND f.overdue_after < ? GROUP BY 1");
  bindAll(s, where.params);
  s.bind(static_cast<int>(where.params.size()) + 1, static_cast<int64_t>(now));
  while (s.executeStep()) out[s.getColumn(0).getInt64()][kOverdueNowIndex] += s.getColumn(1).getInt();
}

// A period as the whole months petition_report_months answers and the days at its ends that
// petition_report_days must (a period inside one month is all ends).
struct PeriodSplit {
  std::optional<d::ReportPeriod> months;  // month_day range: first days of the whole months
  std::vector<d::ReportPeriod> ends;
};

PeriodSplit splitByWholeMonths(const d::ReportPeriod& period) {
  std::optional<d::YearMonth> low;
  std::optional<d::YearMonth> high;
  if (period.first) low = period.first->day() == 1 ? d::YearMonth::of(*period.first) : d::YearMonth::of(*period.first).next();
  if (period.last) {
    const d::YearMonth m = d::YearMonth::of(*period.last);
    high = *period.last == m.lastDay() ? m : m.previous();
  }
  if (low && high && low->firstDay() > high->firstDay()) return {std::nullopt, {period}};
  PeriodSplit split;
  split.months = d::ReportPeriod{low ? std::optional<d::Date>(low->firstDay()) : std::nullopt,
                                 high ? std::optional<d::Date>(high->firstDay()) : std::nullopt};
  if (low && *period.first < low->firstDay()) split.ends.push_back({period.first, low->firstDay().plusDays(-1)});
  if (high && high->lastDay() < *period.last) split.ends.push_back({high->lastDay().plusDays(1), period.last});
  return split;
}

// The SQL that is 1 when a petition counts in the figure (? = now for OverdueNow).
std::string countsSql(d::Figure figure) {
  if (figure == d::Figure::OverdueNow) return "(f.overdue_after IS NOT NULL AND f.overdue_after < ?)";
  return "f." + std::string(d::figureKey(figure));
}

std::string anyOf(const std::vector<d::Figure>& figures) {
  std::string sql = "(0";
  for (d::Figure f : figures) sql += " OR " + countsSql(f) + " = 1";
  return sql + ")";
}

Where whereOf(const ReportFilter& filter) { return whereOf(filter, filter.period); }

}  // namespace

Where reportFilterWhere(const ReportFilter& filter) { return whereOf(filter); }

std::vector<d::ScorecardRow> ReportRepository::scorecards(const ReportFilter& filter, d::GroupBy by, long long now,
                                                         SourceTables source) {
  CountsByKey counts;
  // Cadres are no key of the sums: a cadre's report, or one narrowed to a cadre, reads the facts.
  const bool months = source == SourceTables::MonthsAndFacts && by != d::GroupBy::Cadre && !filter.cadreId;
  if (months) {
    const PeriodSplit split = splitByWholeMonths(filter.period);
    if (split.months) addTotals(m_db, "petition_report_months", whereOf(filter, *split.months, "f.month_day"), by, counts);
    for (const d::ReportPeriod& end : split.ends) addTotals(m_db, "petition_report_days", whereOf(filter, end), by, counts);
  } else {
    addTotals(m_db, "petition_report_facts", whereOf(filter), by, counts);
  }
  addOverdueNow(m_db, whereOf(filter), by, now, counts);

  std::vector<d::ScorecardRow> rows;
  d::FigureCounts total{};
  for (const auto& [key, c] : counts) {
    // A month row whose petitions all moved to another group (re-routed) sums to zero: no row.
    if (std::all_of(c.begin(), c.end(), [](int n) { return n == 0; })) continue;
    for (std::size_t i = 0; i < c.size(); ++i) total[i] += c[i];
    rows.push_back({key, false, d::scorecardFromCounts(c), ""});
  }
  for (auto& row : rows) row.name = groupName(by, row.key);
  rows.push_back({0, true, d::scorecardFromCounts(total), "合计"});
  return rows;
}

std::pair<std::vector<long long>, long long> ReportRepository::cellPetitions(
    const ReportFilter& filter, d::GroupBy by, std::optional<long long> groupKey, d::Figure figure, bool denominator,
    const d::PageRequest& page, long long now) {
  const Where where = whereOf(filter);
  std::string counts;
  if (d::figureIsRate(figure)) {
    counts = anyOf(denominator ? d::rateDenominator(figure) : d::rateNumerator(figure));
  } else {
    counts = countsSql(figure) + " = 1";
  }
  // Parameters in the order of their ? in the text: the filter's, now (OverdueNow), the group key.
  std::string sql = where.sql + " AND " + counts;
  std::vector<long long> params = where.params;
  if (counts.find('?') != std::string::npos) params.push_back(now);
  if (groupKey) {
    sql += std::string(" AND ") + groupColumn(by) + " = ?";
    params.push_back(*groupKey);
  }
  SQLite::Statement count(m_db, "SELECT count(*) FROM petition_report_facts f" + sql);
  bindAll(count, params);
  count.executeStep();
  const long long total = count.getColumn(0).getInt64();
  std::vector<long long> ids;
  SQLite::Statement s(m_db, "SELECT f.petition_id FROM petition_report_facts f" + sql +
                                " ORDER BY f.petition_id DESC LIMIT ? OFFSET ?");
  bindAll(s, params);
  int index = static_cast<int>(params.size()) + 1;
  s.bind(index++, page.pageSize);
  s.bind(index, static_cast<int64_t>(d::pageOffset(page)));
  while (s.executeStep()) ids.push_back(s.getColumn(0).getInt64());
  return {ids, total};
}

std::string ReportRepository::groupName(d::GroupBy by, long long key) {
  if (key == 0) return std::string(d::groupNoneLabel(by));
  const char* sql = nullptr;
  switch (by) {
    case d::GroupBy::Unit: sql = "SELECT name FROM units WHERE id = ?"; break;
    case d::GroupBy::Region: sql = "SELECT name FROM regions WHERE id = ?"; break;
    case d::GroupBy::IndustryGroup: sql = "SELECT name FROM industry_groups WHERE id = ?"; break;
    case d::GroupBy::Cadre:
      sql = "SELECT c.name || '（' || u.name || '）' FROM cadres c JOIN units u ON u.id = c.unit_id WHERE c.id = ?";
      break;
  }
  SQLite::Statement s(m_db, sql);
  s.bind(1, static_cast<int64_t>(key));
  return s.executeStep() ? s.getColumn(0).getString() : "（已删除）" + std::to_string(key);
}

}  // namespace qinqing::backend::report
