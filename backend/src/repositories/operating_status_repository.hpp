// OperatingStatusRepository: operating_reports (migration 11, qinqing/relation/operating_status.hpp).
// Every version is kept: saving a month supersedes the version in force (superseded_at) and adds
// the new one, so a month has at most one current row (partial unique index). Methods throw
// SQLite::Exception; supersede + insert run inside the caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/relation/operating_status.hpp"
#include "qinqing/wire/operating_status_json.hpp"

namespace qinqing::backend {

// An enterprise that owes last month's report, with whom to text (the reminder job).
struct OperatingReminderTarget {
  long long enterpriseId = 0;
  std::string enterpriseName;
  std::string enterpriseMobile;  // liaison's, else the account's bound mobile; may be empty
  std::optional<long long> cadreId;
  std::string cadreMobile;       // the cadre account's bound mobile, else the roster's; may be empty
};

class OperatingStatusRepository {
public:
  explicit OperatingStatusRepository(SQLite::Database& db) : m_db(db) {}

  // The month's version in force, if any.
  std::optional<wire::OperatingStatusView> current(long long enterpriseId, domain::YearMonth month);
  // Every version of the month, newest first (the one in force first).
  std::vector<wire::OperatingStatusView> history(long long enterpriseId, domain::YearMonth month);
  // The versions in force for months in [from, to], newest month first.
  std::vector<wire::OperatingStatusView> currentBetween(long long enterpriseId, domain::YearMonth from,
                                                        domain::YearMonth to);
  // Marks the month's version in force superseded at `now` (if any) and inserts `report`.
  void save(long long enterpriseId, const domain::OperatingStatusReport& report, std::optional<long long> accountId,
            const std::string& enteredRole, long long now);

  // Enterprises without a current report for `month`, with their and their cadre's mobile.
  std::vector<OperatingReminderTarget> enterprisesMissing(domain::YearMonth month);
  // The months in [from, to] the enterprise has reported.
  std::vector<domain::YearMonth> reportedMonths(long long enterpriseId, domain::YearMonth from, domain::YearMonth to);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
