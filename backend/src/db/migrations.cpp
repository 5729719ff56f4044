#include "db/migrations.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>

namespace qinqing::backend::db {
namespace {

// Organisation (issue 4) and the first identity slice (issue 2).
// Times are Unix seconds (INTEGER). Role keys are qinqing::domain::roleKey spellings.
constexpr std::string_view kOrganisationAndIdentity = R"SQL(
CREATE TABLE regions (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('city', 'county', 'zone')),
  parent_id  INTEGER REFERENCES regions(id),
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE units (
  id         INTEGER PRIMARY KEY,
  region_id  INTEGER NOT NULL REFERENCES regions(id),
  name       TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  UNIQUE (region_id, name)
);

-- §22: urban enterprises are grouped into six industry groups, each run by one department.
CREATE TABLE industry_groups (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL UNIQUE,
  unit_id    INTEGER REFERENCES units(id),
  sort_order INTEGER NOT NULL DEFAULT 0
);

-- §1: the pair (unit, name) identifies a cadre at login. mobile may be a working contact's number
-- for city-level leaders (contact_is_proxy = 1).
CREATE TABLE cadres (
  id               INTEGER PRIMARY KEY,
  unit_id          INTEGER NOT NULL REFERENCES units(id),
  name             TEXT NOT NULL,
  title            TEXT NOT NULL DEFAULT '',
  mobile           TEXT NOT NULL DEFAULT '',
  contact_is_proxy INTEGER NOT NULL DEFAULT 0,
  email            TEXT NOT NULL DEFAULT '',
  UNIQUE (unit_id, name)
);

-- §3, §13: an enterprise is known by its full registered name and its 统一社会信用代码.
-- cadre_id is the current 一对一 assignment; cadre_assignments keeps every change.
CREATE TABLE enterprises (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE,
  uscc              TEXT NOT NULL UNIQUE,
  region_id         INTEGER NOT NULL REFERENCES regions(id),
  industry_group_id INTEGER REFERENCES industry_groups(id),
  cadre_id          INTEGER REFERENCES cadres(id),
  legal_rep         TEXT NOT NULL DEFAULT '',
  legal_rep_mobile  TEXT NOT NULL DEFAULT '',
  liaison           TEXT NOT NULL DEFAULT '',
  liaison_mobile    TEXT NOT NULL DEFAULT '',
  address           TEXT NOT NULL DEFAULT '',
  intro             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX enterprises_by_cadre ON enterprises (cadre_id);
CREATE INDEX enterprises_by_region ON enterprises (region_id);
CREATE INDEX enterprises_by_industry_group ON enterprises (industry_group_id);

CREATE TABLE accounts (
  id                   INTEGER PRIMARY KEY,
  role                 TEXT NOT NULL CHECK (role IN ('enterprise', 'cadre', 'unit_admin', 'county_admin',
                         'city_dispatcher', 'industry_dispatcher', 'inspector', 'system_admin',
                         'security_admin', 'audit_admin')),
  login_name           TEXT NOT NULL,
  unit_id              INTEGER REFERENCES units(id),
  region_id            INTEGER REFERENCES regions(id),
  cadre_id             INTEGER UNIQUE REFERENCES cadres(id),
  enterprise_id        INTEGER UNIQUE REFERENCES enterprises(id),
  industry_group_id    INTEGER REFERENCES industry_groups(id),
  holder_name          TEXT NOT NULL DEFAULT '',
  title                TEXT NOT NULL DEFAULT '',
  email                TEXT NOT NULL DEFAULT '',
  mobile               TEXT NOT NULL DEFAULT '',
  password_hash        TEXT NOT NULL,
  password_changed_at  INTEGER NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 1,
  created_at           INTEGER NOT NULL,
  last_login_at        INTEGER,
  previous_login_at    INTEGER,
  failed_count         INTEGER NOT NULL DEFAULT 0,
  failed_window_start  INTEGER,
  locked_until         INTEGER
);
-- Login looks an account up by (role, login_name), cadres additionally by unit. Uniqueness follows
-- the same rule: cadres are unique per unit (two 张明 in different units are fine), every other
-- role's login name is unique within the role (茅箭区管理员 must name exactly one account).
CREATE INDEX accounts_by_login ON accounts (role, login_name);
CREATE UNIQUE INDEX accounts_unique_cadre_login ON accounts (unit_id, login_name) WHERE role = 'cadre';
CREATE UNIQUE INDEX accounts_unique_login ON accounts (role, login_name) WHERE role <> 'cadre';

-- Only a hash of each token is stored: a copy of the database does not hand out live sessions.
CREATE TABLE sessions (
  token_hash     TEXT PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at     INTEGER NOT NULL,
  last_seen_at   INTEGER NOT NULL,
  client_address TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Issue 4: every (re)assignment of an enterprise to a cadre is recorded. assigned_by is NULL for
-- imports and demo data.
CREATE TABLE cadre_assignments (
  id            INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  cadre_id      INTEGER REFERENCES cadres(id),
  assigned_at   INTEGER NOT NULL,
  assigned_by   INTEGER REFERENCES accounts(id),
  note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cadre_assignments_by_enterprise ON cadre_assignments (enterprise_id, assigned_at);
)SQL";

constexpr std::string_view kCreateMigrationsTable = R"SQL(
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);
)SQL";

}  // namespace

const std::vector<Migration>& allMigrations() {
  static const std::vector<Migration> migrations = {
      {1, "organisation and identity", kOrganisationAndIdentity},
  };
  return migrations;
}

int latestSchemaVersion() { return allMigrations().back().version; }

int currentSchemaVersion(SQLite::Database& db) {
  if (!db.tableExists("schema_migrations")) return 0;
  return db.execAndGet("SELECT coalesce(max(version), 0) FROM schema_migrations").getInt();
}

SchemaTooNewError::SchemaTooNewError(int found, int supported)
    : std::runtime_error("database schema version " + std::to_string(found) + " is newer than supported " +
                         std::to_string(supported)),
      m_found(found),
      m_supported(supported) {}

int applyMigrations(SQLite::Database& db, long long nowUnix) {
  int version = 0;
  for (const auto& migration : allMigrations()) {
    // IMMEDIATE takes the write lock before reading the version: two processes starting at once
    // cannot both apply the same migration.
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec(std::string(kCreateMigrationsTable));
    version = currentSchemaVersion(db);
    if (version > latestSchemaVersion()) throw SchemaTooNewError(version, latestSchemaVersion());
    if (migration.version <= version) continue;  // tx rolls back the no-op CREATE IF NOT EXISTS
    db.exec(std::string(migration.sql));
    SQLite::Statement record(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    record.bind(1, migration.version);
    record.bind(2, std::string(migration.name));
    record.bind(3, static_cast<int64_t>(nowUnix));
    record.exec();
    tx.commit();
    version = migration.version;
  }
  return version;
}

}  // namespace qinqing::backend::db
