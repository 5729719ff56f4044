#include "repositories/platform_settings_repository.hpp"

#include <SQLiteCpp/Statement.h>

namespace qinqing::backend {

std::optional<std::string> PlatformSettingsRepository::value(const std::string& key) {
  SQLite::Statement s(m_db, "SELECT value FROM platform_settings WHERE key = ?");
  s.bind(1, key);
  if (!s.executeStep()) return std::nullopt;
  return s.getColumn(0).getString();
}

void PlatformSettingsRepository::set(const std::string& key, const std::string& value, long long now,
                                     long long accountId) {
  SQLite::Statement s(m_db,
                      "INSERT INTO platform_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON "
                      "CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                      "updated_by = excluded.updated_by");
  s.bind(1, key);
  s.bind(2, value);
  s.bind(3, static_cast<int64_t>(now));
  s.bind(4, static_cast<int64_t>(accountId));
  s.exec();
}

}  // namespace qinqing::backend
