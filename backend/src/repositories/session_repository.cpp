#include "repositories/session_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {

void SessionRepository::insert(const std::string& tokenHash, long long accountId, long long now,
                               const std::string& clientAddress) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, client_address) "
                         "VALUES (?, ?, ?, ?, ?)");
  stmt.bind(1, tokenHash);
  stmt.bind(2, static_cast<int64_t>(accountId));
  stmt.bind(3, static_cast<int64_t>(now));
  stmt.bind(4, static_cast<int64_t>(now));
  stmt.bind(5, clientAddress);
  stmt.exec();
}

std::optional<StoredSession> SessionRepository::find(const std::string& tokenHash) {
  SQLite::Statement stmt(m_db, R"SQL(
    SELECT s.created_at, s.last_seen_at, a.id, a.role, a.unit_id, a.region_id, a.cadre_id,
           a.enterprise_id, a.industry_group_id, a.login_name
    FROM sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.token_hash = ?)SQL");
  stmt.bind(1, tokenHash);
  if (!stmt.executeStep()) return std::nullopt;
  auto role = domain::roleFromKey(stmt.getColumn(3).getString());
  if (!role) return std::nullopt;
  StoredSession s;
  s.createdAt = stmt.getColumn(0).getInt64();
  s.lastSeenAt = stmt.getColumn(1).getInt64();
  s.context.accountId = stmt.getColumn(2).getInt64();
  s.context.role = *role;
  s.context.unitId = db::optionalInt(stmt.getColumn(4));
  s.context.regionId = db::optionalInt(stmt.getColumn(5));
  s.context.cadreId = db::optionalInt(stmt.getColumn(6));
  s.context.enterpriseId = db::optionalInt(stmt.getColumn(7));
  s.context.industryGroupId = db::optionalInt(stmt.getColumn(8));
  s.context.loginName = stmt.getColumn(9).getString();
  s.context.tokenHash = tokenHash;
  return s;
}

void SessionRepository::touch(const std::string& tokenHash, long long now) {
  SQLite::Statement stmt(m_db, "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, tokenHash);
  stmt.exec();
}

bool SessionRepository::remove(const std::string& tokenHash) {
  SQLite::Statement stmt(m_db, "DELETE FROM sessions WHERE token_hash = ?");
  stmt.bind(1, tokenHash);
  return stmt.exec() > 0;
}

int SessionRepository::removeExpired(long long idleCutoff, long long ageCutoff) {
  SQLite::Statement stmt(m_db, "DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?");
  stmt.bind(1, static_cast<int64_t>(idleCutoff));
  stmt.bind(2, static_cast<int64_t>(ageCutoff));
  return stmt.exec();
}

long long SessionRepository::countForAccount(long long accountId) {
  SQLite::Statement stmt(m_db, "SELECT count(*) FROM sessions WHERE account_id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

}  // namespace qinqing::backend
