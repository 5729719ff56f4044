// Versioned schema migrations, applied when the server or a command opens the database.
//
// Each migration has a number and runs in its own IMMEDIATE transaction together with the row that
// records it in schema_migrations, so a crash leaves the database at the previous version, never
// half-way. Migrations are append-only: once released, a migration's SQL never changes; a fix is a
// new migration. A database whose version is newer than this binary knows is refused (an older
// binary would silently misread tables it does not understand).
#pragma once

#include <SQLiteCpp/Database.h>

#include <stdexcept>
#include <string_view>
#include <vector>

namespace qinqing::backend::db {

struct Migration {
  int version = 0;
  std::string_view name;  // short English description, stored with the applied version
  std::string_view sql;   // one or more statements
};

// Every migration this binary knows, in ascending version order.
const std::vector<Migration>& allMigrations();

// The highest version in allMigrations().
int latestSchemaVersion();

// The version recorded in the database; 0 for a database no migration has touched.
int currentSchemaVersion(SQLite::Database& db);

// Thrown by applyMigrations when the database is newer than this binary.
class SchemaTooNewError : public std::runtime_error {
public:
  SchemaTooNewError(int found, int supported);
  int found() const { return m_found; }
  int supported() const { return m_supported; }

private:
  int m_found;
  int m_supported;
};

// Brings db up to latestSchemaVersion(), one transaction per migration, and returns the version.
// nowUnix is stored as each migration's applied_at. Throws SchemaTooNewError (nothing changed) or
// SQLite::Exception (the failing migration rolled back; earlier ones stay applied).
int applyMigrations(SQLite::Database& db, long long nowUnix);

}  // namespace qinqing::backend::db
