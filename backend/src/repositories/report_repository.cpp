#include "repositories/report_repository.hpp"

#include <SQLiteCpp/Statement.h>

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

// The WHERE clause of a filter (leading " WHERE …"), and its parameters in order.
struct Where {
  std::string sql;
  std::vector<long long> params;
};

Where whereOf(const ReportFilter& filter) {
  Where w;
  w.sql = " WHERE (" + filter.scope.sql + ")";
  w.params = filter.scope.params;
  if (filter.period.first) {
    w.sql += " AND f.received_day >= ?";
    w.params.push_back(filter.period.first->dayNumber());
  }
  if (filter.period.last) {
    w.sql += " AND f.received_day <= ?";
    w.params.push_back(filter.period.last->dayNumber());
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

}  // namespace

std::vector<d::ScorecardRow> ReportRepository::scorecards(const ReportFilter& filter, d::GroupBy by, long long now) {
  const Where where = whereOf(filter);
  std::string select = std::string("SELECT ") + groupColumn(by);
  for (std::size_t i = 0; i < d::kCountFigureCount; ++i) select += ", TOTAL(" + countsSql(d::kAllFigures[i]) + ")";
  SQLite::Statement s(m_db, select + " FROM petition_report_facts f" + where.sql + " GROUP BY 1 ORDER BY 1");
  int index = 1;
  s.bind(index++, static_cast<int64_t>(now));  // the one ? of OverdueNow, before the WHERE's
  for (long long p : where.params) s.bind(index++, static_cast<int64_t>(p));
  std::vector<d::ScorecardRow> rows;
  d::FigureCounts total{};
  while (s.executeStep()) {
    d::FigureCounts counts{};
    for (std::size_t i = 0; i < counts.size(); ++i) {
      counts[i] = static_cast<int>(s.getColumn(static_cast<int>(i) + 1).getDouble());
      total[i] += counts[i];
    }
    const long long key = s.getColumn(0).getInt64();
    rows.push_back({key, false, d::scorecardFromCounts(counts), ""});
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
  const auto bindAll = [&](SQLite::Statement& s) {
    int index = 1;
    for (long long p : params) s.bind(index++, static_cast<int64_t>(p));
    return index;
  };
  SQLite::Statement count(m_db, "SELECT count(*) FROM petition_report_facts f" + sql);
  bindAll(count);
  count.executeStep();
  const long long total = count.getColumn(0).getInt64();
  std::vector<long long> ids;
  SQLite::Statement s(m_db, "SELECT f.petition_id FROM petition_report_facts f" + sql +
                                " ORDER BY f.petition_id DESC LIMIT ? OFFSET ?");
  int index = bindAll(s);
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
