// NoticeRecipientRepository: the mobiles a petition notice goes to, read from accounts, cadres and
// enterprises (issue 5 "SMS"). Read-only; the tables belong to their own repositories, this is the
// one query side the notifier needs. Numbers come back in account order, empty ones skipped and
// duplicates removed. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

namespace qinqing::backend {

class NoticeRecipientRepository {
public:
  explicit NoticeRecipientRepository(SQLite::Database& db) : m_db(db) {}

  // The cadre's bound mobile, else the cadre record's.
  std::vector<std::string> cadre(long long cadreId);
  // The administrators of the unit; of the county (or zone).
  std::vector<std::string> unitAdmins(long long unitId);
  std::vector<std::string> countyAdmins(long long regionId);
  // The enterprise's liaison mobile (§3), else its account's.
  std::vector<std::string> enterprise(long long enterpriseId);
  // 双千分办员 and the 城区行业分办员 of the industry group (none: only the former).
  std::vector<std::string> dispatchers(std::optional<long long> industryGroupId);
  // Only 双千分办员.
  std::vector<std::string> cityDispatchers();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
