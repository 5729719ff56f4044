// PlatformSettingsRepository: the platform_settings table — named values a system administrator
// sets at run time (the dispatch clock's limit, petition.dispatch_limit_days). All SQL for the
// table lives here. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

namespace qinqing::backend {

class PlatformSettingsRepository {
public:
  explicit PlatformSettingsRepository(SQLite::Database& db) : m_db(db) {}

  // The stored text of the setting; none when it was never set.
  std::optional<std::string> value(const std::string& key);
  // Inserts or replaces the setting, recording when and by whom.
  void set(const std::string& key, const std::string& value, long long now, long long accountId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
