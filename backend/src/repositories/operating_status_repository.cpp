#include "repositories/operating_status_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr const char* kOperatingMonthSelect = R"SQL(
SELECT r.month, r.state, r.output_value, r.revenue, r.employees, r.difficulties, r.entered_at,
       coalesce(a.login_name, ''), r.entered_role, r.superseded_at
FROM operating_reports r LEFT JOIN accounts a ON a.id = r.entered_by
)SQL";

wire::OperatingStatusView readOperatingStatusRow(SQLite::Statement& s) {
  wire::OperatingStatusView v;
  auto month = d::YearMonth::parse(s.getColumn(0).getString());
  if (month) v.report.month = month.value();
  v.report.state = d::operatingStateFromKey(s.getColumn(1).getString()).value_or(d::OperatingState::Other);
  v.report.outputValue = s.getColumn(2).getInt64();
  v.report.revenue = s.getColumn(3).getInt64();
  v.report.employees = s.getColumn(4).getInt();
  v.report.difficulties = s.getColumn(5).getString();
  v.enteredAt = formatChinaTime(s.getColumn(6).getInt64());
  v.enteredBy = s.getColumn(7).getString();
  v.enteredRole = s.getColumn(8).getString();
  if (auto t = db::optionalInt(s.getColumn(9))) v.supersededAt = formatChinaTime(*t);
  return v;
}

}  // namespace

std::optional<wire::OperatingStatusView> OperatingStatusRepository::current(long long enterpriseId, d::YearMonth month) {
  SQLite::Statement s(m_db, std::string(kOperatingMonthSelect) +
                                "WHERE r.enterprise_id = ? AND r.month = ? AND r.superseded_at IS NULL");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, month.key());
  if (!s.executeStep()) return std::nullopt;
  return readOperatingStatusRow(s);
}

std::vector<wire::OperatingStatusView> OperatingStatusRepository::history(long long enterpriseId, d::YearMonth month) {
  SQLite::Statement s(m_db, std::string(kOperatingMonthSelect) +
                                "WHERE r.enterprise_id = ? AND r.month = ? ORDER BY r.superseded_at IS NOT NULL, r.id DESC");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, month.key());
  std::vector<wire::OperatingStatusView> out;
  while (s.executeStep()) out.push_back(readOperatingStatusRow(s));
  return out;
}

std::vector<wire::OperatingStatusView> OperatingStatusRepository::currentBetween(long long enterpriseId,
                                                                                 d::YearMonth from, d::YearMonth to) {
  SQLite::Statement s(m_db, std::string(kOperatingMonthSelect) +
                                "WHERE r.enterprise_id = ? AND r.month BETWEEN ? AND ? AND r.superseded_at IS NULL "
                                "ORDER BY r.month DESC");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, from.key());
  s.bind(3, to.key());
  std::vector<wire::OperatingStatusView> out;
  while (s.executeStep()) out.push_back(readOperatingStatusRow(s));
  return out;
}

void OperatingStatusRepository::save(long long enterpriseId, const d::OperatingStatusReport& report,
                                     std::optional<long long> accountId, const std::string& enteredRole, long long now) {
  SQLite::Statement old(m_db,
                        "UPDATE operating_reports SET superseded_at = ? "
                        "WHERE enterprise_id = ? AND month = ? AND superseded_at IS NULL");
  old.bind(1, static_cast<int64_t>(now));
  old.bind(2, static_cast<int64_t>(enterpriseId));
  old.bind(3, report.month.key());
  old.exec();
  SQLite::Statement ins(m_db, R"SQL(
INSERT INTO operating_reports (enterprise_id, month, state, output_value, revenue, employees, difficulties,
                               entered_at, entered_by, entered_role)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))SQL");
  ins.bind(1, static_cast<int64_t>(enterpriseId));
  ins.bind(2, report.month.key());
  ins.bind(3, std::string(d::operatingStateKey(report.state)));
  ins.bind(4, static_cast<int64_t>(report.outputValue));
  ins.bind(5, static_cast<int64_t>(report.revenue));
  ins.bind(6, report.employees);
  ins.bind(7, report.difficulties);
  ins.bind(8, static_cast<int64_t>(now));
  db::bindOptional(ins, 9, accountId);
  ins.bind(10, enteredRole);
  ins.exec();
}

std::vector<OperatingReminderTarget> OperatingStatusRepository::enterprisesMissing(d::YearMonth month) {
  SQLite::Statement s(m_db, R"SQL(
SELECT e.id, e.name, coalesce(nullif(e.liaison_mobile, ''), ea.mobile, ''), e.cadre_id,
       coalesce(nullif(ca.mobile, ''), c.mobile, '')
FROM enterprises e
LEFT JOIN accounts ea ON ea.role = 'enterprise' AND ea.enterprise_id = e.id
LEFT JOIN cadres c ON c.id = e.cadre_id
LEFT JOIN accounts ca ON ca.role = 'cadre' AND ca.cadre_id = e.cadre_id
WHERE NOT EXISTS (SELECT 1 FROM operating_reports r
                  WHERE r.enterprise_id = e.id AND r.month = ? AND r.superseded_at IS NULL)
ORDER BY e.id)SQL");
  s.bind(1, month.key());
  std::vector<OperatingReminderTarget> out;
  while (s.executeStep()) {
    OperatingReminderTarget t;
    t.enterpriseId = s.getColumn(0).getInt64();
    t.enterpriseName = s.getColumn(1).getString();
    t.enterpriseMobile = s.getColumn(2).getString();
    t.cadreId = db::optionalInt(s.getColumn(3));
    t.cadreMobile = s.getColumn(4).getString();
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<d::YearMonth> OperatingStatusRepository::reportedMonths(long long enterpriseId, d::YearMonth from,
                                                                    d::YearMonth to) {
  SQLite::Statement s(m_db,
                      "SELECT month FROM operating_reports WHERE enterprise_id = ? AND month BETWEEN ? AND ? "
                      "AND superseded_at IS NULL ORDER BY month");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, from.key());
  s.bind(3, to.key());
  std::vector<d::YearMonth> out;
  while (s.executeStep()) {
    if (auto m = d::YearMonth::parse(s.getColumn(0).getString())) out.push_back(m.value());
  }
  return out;
}

}  // namespace qinqing::backend
