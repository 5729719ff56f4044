// SessionRepository: live sessions, keyed by a hash of the bearer token (never the token itself).
// A session row is joined with its account so one lookup yields everything an AuthContext needs.
// Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

#include "auth/auth_context.hpp"

namespace qinqing::backend {

struct StoredSession {
  auth::AuthContext context;  // with tokenHash filled in
  long long createdAt = 0;
  long long lastSeenAt = 0;
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

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
