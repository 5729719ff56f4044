#include "repositories/session_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/statement_cache.hpp"
#include "auth/session_token.hpp"
#include "db/sql_helpers.hpp"

namespace qinqing::backend {

namespace {

constexpr const char* kSessionSelect = R"SQL(
    SELECT s.created_at, s.last_seen_at, a.id, a.role, a.unit_id, a.region_id, a.cadre_id,
           a.enterprise_id, a.industry_group_id, a.login_name, s.token_hash,
           a.must_change_password, COALESCE(a.password_changed_at, 0)
    FROM sessions s JOIN accounts a ON a.id = s.account_id)SQL";

std::optional<StoredSession> readSession(SQLite::Statement& stmt) {
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
  s.context.tokenHash = stmt.getColumn(10).getString();
  s.mustChangePasswordFlag = stmt.getColumn(11).getInt() != 0;
  s.passwordChangedAt = stmt.getColumn(12).getInt64();
  return s;
}

}  // namespace

void SessionRepository::insert(const std::string& tokenHash, long long accountId, long long now,
                               const std::string& clientAddress) {
  CachedStatement stmtCached(m_db,
                         "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, client_address) "
                         "VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, tokenHash);
  stmt.bind(2, static_cast<int64_t>(accountId));
  stmt.bind(3, static_cast<int64_t>(now));
  stmt.bind(4, static_cast<int64_t>(now));
  stmt.bind(5, clientAddress);
  stmt.exec();
}

std::optional<StoredSession> SessionRepository::find(const std::string& tokenHash) {
  CachedStatement stmtCached(m_db, std::string(kSessionSelect) + " WHERE s.token_hash = ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, tokenHash);
  return readSession(stmt);
}

void SessionRepository::touch(const std::string& tokenHash, long long now) {
  CachedStatement stmtCached(m_db, "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, tokenHash);
  stmt.exec();
}

bool SessionRepository::remove(const std::string& tokenHash) {
  CachedStatement stmtCached(m_db, "DELETE FROM sessions WHERE token_hash = ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, tokenHash);
  return stmt.exec() > 0;
}

int SessionRepository::removeExpired(long long idleCutoff, long long ageCutoff) {
  CachedStatement stmtCached(m_db, "DELETE FROM sessions WHERE last_seen_at <= ? OR created_at <= ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, static_cast<int64_t>(idleCutoff));
  stmt.bind(2, static_cast<int64_t>(ageCutoff));
  return stmt.exec();
}

long long SessionRepository::countForAccount(long long accountId) {
  CachedStatement stmtCached(m_db, "SELECT count(*) FROM sessions WHERE account_id = ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

OnlineSessionRows SessionRepository::online(long long idleCutoff, long long ageCutoff, int page, int pageSize) {
  OnlineSessionRows out;
  CachedStatement countCached(m_db, "SELECT count(*) FROM sessions WHERE last_seen_at > ? AND created_at > ?");
  SQLite::Statement& count = *countCached;
  count.bind(1, static_cast<int64_t>(idleCutoff));
  count.bind(2, static_cast<int64_t>(ageCutoff));
  count.executeStep();
  out.total = count.getColumn(0).getInt64();

  CachedStatement stmtCached(m_db, R"SQL(
    SELECT substr(s.token_hash, 1, ?), s.account_id, a.login_name, a.role, s.created_at, s.last_seen_at,
           s.client_address
    FROM sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.last_seen_at > ? AND s.created_at > ?
    ORDER BY s.last_seen_at DESC, s.created_at DESC, s.token_hash
    LIMIT ? OFFSET ?)SQL");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, static_cast<int>(auth::kSessionPublicIdLength));
  stmt.bind(2, static_cast<int64_t>(idleCutoff));
  stmt.bind(3, static_cast<int64_t>(ageCutoff));
  stmt.bind(4, pageSize);
  stmt.bind(5, static_cast<int64_t>(page - 1) * pageSize);
  while (stmt.executeStep()) {
    auto role = domain::roleFromKey(stmt.getColumn(3).getString());
    if (!role) continue;
    out.rows.push_back({stmt.getColumn(0).getString(), stmt.getColumn(1).getInt64(), stmt.getColumn(2).getString(),
                        *role, stmt.getColumn(4).getInt64(), stmt.getColumn(5).getInt64(),
                        stmt.getColumn(6).getString()});
  }
  return out;
}

std::optional<StoredSession> SessionRepository::findByPublicId(const std::string& publicId) {
  if (!auth::isSessionPublicId(publicId)) return std::nullopt;
  // A range on the primary key: every hex hash with this prefix sorts between prefix and prefix+"g".
  CachedStatement stmtCached(m_db, std::string(kSessionSelect) +
                                   " WHERE s.token_hash >= ? AND s.token_hash < ? ORDER BY s.token_hash LIMIT 1");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, publicId);
  stmt.bind(2, publicId + "g");
  return readSession(stmt);
}

int SessionRepository::removeOthers(long long accountId, const std::string& keepTokenHash) {
  CachedStatement stmtCached(m_db, "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?");
  SQLite::Statement& stmt = *stmtCached;
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.bind(2, keepTokenHash);
  return stmt.exec();
}

}  // namespace qinqing::backend
