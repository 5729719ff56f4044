// SessionRepository: live sessions, keyed by a hash of the bearer token (never the token itself).
// A session row is joined with its account so one lookup yields everything an AuthContext needs.
// Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_context.hpp"

namespace qinqing::backend {

struct StoredSession {
  auth::AuthContext context;  // with tokenHash filled in
  long long createdAt = 0;
  long long lastSeenAt = 0;
  bool mustChangePasswordFlag = false;  // accounts.must_change_password
  long long passwordChangedAt = 0;
};

// One live session as 安全管理员 lists it.
struct OnlineSessionRow {
  std::string publicId;  // auth::sessionPublicId(token_hash)
  long long accountId = 0;
  std::string loginName;
  domain::Role role = domain::Role::Enterprise;
  long long createdAt = 0;
  long long lastSeenAt = 0;
  std::string clientAddress;
};

struct OnlineSessionRows {
  long long total = 0;
  std::vector<OnlineSessionRow> rows;
};

class SessionRepository {
public:
  explicit SessionRepository(SQLite::Database& db) : m_db(db) {}

  void insert(const std::string& tokenHash, long long accountId, long long now, const std::string& clientAddress);
  std::optional<StoredSession> find(const std::string& tokenHash);
  void touch(const std::string& tokenHash, long long now);
  // True if a session was removed.
  bool remove(const std::string& tokenHash);
  // Deletes sessions idle since before idleCutoff or created before ageCutoff; returns how many.
  int removeExpired(long long idleCutoff, long long ageCutoff);
  long long countForAccount(long long accountId);

  // Sessions still alive (last seen after idleCutoff and created after ageCutoff), most recent
  // activity first; page is 1-based.
  OnlineSessionRows online(long long idleCutoff, long long ageCutoff, int page, int pageSize);

  // The session whose token hash starts with this public id (auth::sessionPublicId).
  std::optional<StoredSession> findByPublicId(const std::string& publicId);

  // Ends every session of the account except the one with keepTokenHash; returns how many ended.
  int removeOthers(long long accountId, const std::string& keepTokenHash);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
