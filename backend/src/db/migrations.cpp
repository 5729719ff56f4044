#include "db/migrations.hpp"

#include "db/content_attachment_schema.hpp"
#include "db/content_schema.hpp"
#include "db/petition_schema.hpp"
#include "db/report_schema.hpp"

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

// Issue 4 "Audit": the append-only, hash-chained audit log (audit/audit_chain.hpp). The program
// never updates or deletes a row, and the triggers make SQLite refuse it too, so entries are kept
// for the life of the database: at least the 180 days 网络安全法 第二十一条 asks (≥ 6 months).
// account_id has no foreign key: the log must outlive the accounts it names.
constexpr std::string_view kAuditLog = R"SQL(
CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY,
  at             INTEGER NOT NULL,
  account_id     INTEGER,
  account_label  TEXT NOT NULL,
  role           TEXT NOT NULL,
  source_address TEXT NOT NULL,
  action         TEXT NOT NULL,
  object_type    TEXT NOT NULL,
  object_id      TEXT NOT NULL,
  result         TEXT NOT NULL CHECK (result IN ('ok', 'refused', 'failed')),
  before_json    TEXT,
  after_json     TEXT,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_account ON audit_log (account_id, id);
CREATE INDEX audit_log_by_label ON audit_log (account_label, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
)SQL";

// Issue 3: the working-day calendar. A year with a calendar_years row is arranged (the State
// Council's notice is loaded); its calendar_days rows are its holiday days (with their names) and
// its exchanged workdays (调休上班, always a Saturday or Sunday). Every other day of an arranged
// year is a plain weekday or weekend day. source: 'shipped' (assets/calendar/cn_calendar.json, on
// first start) or 'import' (loaded by an administrator); changed_at also moves on single-day edits.
constexpr std::string_view kCalendar = R"SQL(
CREATE TABLE calendar_years (
  year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
  source     TEXT NOT NULL CHECK (source IN ('shipped', 'import')),
  loaded_at  INTEGER NOT NULL,
  changed_at INTEGER NOT NULL
);
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  year INTEGER NOT NULL REFERENCES calendar_years(year),
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name TEXT NOT NULL DEFAULT '',
  CHECK (year = CAST(substr(date, 1, 4) AS INTEGER)),
  CHECK ((kind = 'holiday') = (name <> ''))
) WITHOUT ROWID;
CREATE INDEX calendar_days_by_year ON calendar_days (year);
)SQL";

// Issue 4 "Logging in … made safe" and the SMS outbox of issue 5.
//  - sms_outbox: every SMS, written in the transaction of the event that causes it and delivered by
//    the sender thread (sms/sms_sender.hpp). kind 'code' (verification codes, sent at any hour) or
//    'notice' (held between 22:00 and 07:00 CST); next_attempt_at is when it may go (next);
//    a delivered code's digits are blanked out (the number and the code never sit together at rest
//    longer than needed).
//  - password_history: the argon2id hashes a password change replaced (newest kept only as deep
//    as the "not one of the last 5" rule reaches).
//  - verification_codes: SMS codes, stored as salted hashes; closed_at/outcome once used, burnt
//    (5 wrong tries) or replaced by a newer code.
constexpr std::string_view kAccountSecurity = R"SQL(
CREATE TABLE sms_outbox (
  id              INTEGER PRIMARY KEY,
  created_at      INTEGER NOT NULL,
  mobile          TEXT NOT NULL,
  text            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('code', 'notice')),
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  sent_at         INTEGER,
  last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sms_outbox_pending ON sms_outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE password_history (
  id            INTEGER PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  replaced_at   INTEGER NOT NULL
);
CREATE INDEX password_history_by_account ON password_history (account_id, id);

CREATE TABLE verification_codes (
  id              INTEGER PRIMARY KEY,
  account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  purpose         TEXT NOT NULL CHECK (purpose IN ('bind_mobile', 'unlock')),
  mobile          TEXT NOT NULL,
  code_hash       TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  closed_at       INTEGER,
  outcome         TEXT CHECK (outcome IN ('used', 'burnt', 'replaced')),
  CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX verification_codes_by_account ON verification_codes (account_id, id);

-- 安全管理员's list of locked accounts reads only the few rows with a lock.
CREATE INDEX accounts_locked ON accounts (locked_until) WHERE locked_until IS NOT NULL;
)SQL";

// Issue 4 §13: enterprises without an account apply online; 系统管理员 or the county administrator
// reviews. number is the 申请编号 the applicant keeps (with the USCC it opens the status page).
// At most one pending application per USCC and per name (the partial unique indexes); a rejected
// applicant applies again as a new row. enterprise_id/cadre_id are set on approval.
// verification_codes is rebuilt to admit the 'activate' purpose (accounts created without a
// password, qinqing/identity/activation.hpp): SQLite cannot alter a CHECK in place.
constexpr std::string_view kEnterpriseApplications = R"SQL(
CREATE TABLE enterprise_applications (
  id                INTEGER PRIMARY KEY,
  number            TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  uscc              TEXT NOT NULL,
  region_id         INTEGER NOT NULL REFERENCES regions(id),
  industry_group_id INTEGER REFERENCES industry_groups(id),
  legal_rep         TEXT NOT NULL,
  liaison           TEXT NOT NULL,
  liaison_mobile    TEXT NOT NULL,
  address           TEXT NOT NULL DEFAULT '',
  intro             TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  submitted_at      INTEGER NOT NULL,
  source_address    TEXT NOT NULL DEFAULT '',
  reviewed_at       INTEGER,
  reviewed_by       INTEGER REFERENCES accounts(id),
  reject_reason     TEXT NOT NULL DEFAULT '',
  enterprise_id     INTEGER REFERENCES enterprises(id),
  cadre_id          INTEGER REFERENCES cadres(id),
  CHECK ((status = 'pending') = (reviewed_at IS NULL)),
  CHECK (status <> 'rejected' OR reject_reason <> ''),
  CHECK (status <> 'approved' OR enterprise_id IS NOT NULL)
);
CREATE UNIQUE INDEX enterprise_applications_pending_uscc ON enterprise_applications (uscc) WHERE status = 'pending';
CREATE UNIQUE INDEX enterprise_applications_pending_name ON enterprise_applications (name) WHERE status = 'pending';
CREATE INDEX enterprise_applications_by_status ON enterprise_applications (status, submitted_at);
CREATE INDEX enterprise_applications_by_region ON enterprise_applications (region_id, submitted_at);
CREATE INDEX enterprise_applications_by_uscc ON enterprise_applications (uscc);
CREATE INDEX enterprise_applications_by_address ON enterprise_applications (source_address, submitted_at);

CREATE TABLE verification_codes_v5 (
  id              INTEGER PRIMARY KEY,
  account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  purpose         TEXT NOT NULL CHECK (purpose IN ('bind_mobile', 'unlock', 'activate')),
  mobile          TEXT NOT NULL,
  code_hash       TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  closed_at       INTEGER,
  outcome         TEXT CHECK (outcome IN ('used', 'burnt', 'replaced')),
  CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
INSERT INTO verification_codes_v5 SELECT id, account_id, purpose, mobile, code_hash, created_at, expires_at,
  failed_attempts, closed_at, outcome FROM verification_codes;
DROP TABLE verification_codes;
ALTER TABLE verification_codes_v5 RENAME TO verification_codes;
CREATE INDEX verification_codes_by_account ON verification_codes (account_id, id);
)SQL";

// Issue 5 "SMS" and "Clocks, reminders and escalation":
//  - sms_outbox gains the delivery status per message: the gateway of the last attempt ('log',
//    'http'), the gateway's reference for the message and its status text; the 短信日志 lists by
//    created_at.
//  - job_runs: one row per run of a scheduled job (jobs/job_scheduler.hpp), written when it starts
//    ('running') and settled when it ends; triggered_by is the administrator of a manual run.
constexpr std::string_view kSmsDeliveryAndJobs = R"SQL(
ALTER TABLE sms_outbox ADD COLUMN gateway TEXT NOT NULL DEFAULT '';
ALTER TABLE sms_outbox ADD COLUMN gateway_message_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sms_outbox ADD COLUMN gateway_status TEXT NOT NULL DEFAULT '';
CREATE INDEX sms_outbox_by_created ON sms_outbox (created_at, id);

CREATE TABLE job_runs (
  id           INTEGER PRIMARY KEY,
  job          TEXT NOT NULL,
  trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('schedule', 'manual')),
  triggered_by INTEGER REFERENCES accounts(id),
  started_at   INTEGER NOT NULL,
  finished_at  INTEGER,
  outcome      TEXT NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'ok', 'failed')),
  summary      TEXT NOT NULL DEFAULT '',
  error        TEXT NOT NULL DEFAULT '',
  CHECK ((outcome = 'running') = (finished_at IS NULL)),
  CHECK ((trigger_kind = 'manual') = (triggered_by IS NOT NULL))
);
CREATE INDEX job_runs_by_job ON job_runs (job, id);
)SQL";

// Issue 4 §7: a fixed staff account (茅箭区管理员, 双千分办员, …) is bound to one named holder at a
// time, and handing it over is recorded. One row per holder: started_at NULL is the holder the
// account had before any handover was recorded (since the account was opened); ended_at NULL is
// the current holder. mobile is kept in full (the activation code goes there), shown masked.
constexpr std::string_view kAccountHolders = R"SQL(
CREATE TABLE account_holders (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  holder_name    TEXT NOT NULL,
  mobile         TEXT NOT NULL DEFAULT '',
  title          TEXT NOT NULL DEFAULT '',
  started_at     INTEGER,
  ended_at       INTEGER,
  reason         TEXT NOT NULL DEFAULT '',
  handed_over_by INTEGER REFERENCES accounts(id)
);
CREATE INDEX account_holders_by_account ON account_holders (account_id, id);
)SQL";

// Issue 17 "Going live":
//  - accounts are disabled, never deleted (停用 by 系统管理员): disabled_at/by and the reason; an
//    inspector account records the department that asked for it (§23);
//  - cadre_transfers: a cadre's change of 工作单位 (§2) waiting for the new unit's confirmation, and
//    every decision; at most one pending per cadre (partial unique index);
//  - verification_codes is rebuilt to admit the 'reset_password' purpose (忘记密码): SQLite cannot
//    alter a CHECK in place.
constexpr std::string_view kGoingLive = R"SQL(
ALTER TABLE accounts ADD COLUMN disabled_at INTEGER;
ALTER TABLE accounts ADD COLUMN disabled_by INTEGER REFERENCES accounts(id);
ALTER TABLE accounts ADD COLUMN disabled_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN requesting_department TEXT NOT NULL DEFAULT ''
  CHECK (requesting_department IN ('', 'inspection_office', 'organisation_department', 'discipline_inspection'));

CREATE TABLE cadre_transfers (
  id           INTEGER PRIMARY KEY,
  cadre_id     INTEGER NOT NULL REFERENCES cadres(id),
  from_unit_id INTEGER NOT NULL REFERENCES units(id),
  to_unit_id   INTEGER NOT NULL REFERENCES units(id),
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  requested_at INTEGER NOT NULL,
  decided_at   INTEGER,
  decided_by   INTEGER REFERENCES accounts(id),
  note         TEXT NOT NULL DEFAULT '',
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK (from_unit_id <> to_unit_id)
);
CREATE UNIQUE INDEX cadre_transfers_pending ON cadre_transfers (cadre_id) WHERE status = 'pending';
CREATE INDEX cadre_transfers_by_unit ON cadre_transfers (to_unit_id, status);

CREATE TABLE verification_codes_v10 (
  id              INTEGER PRIMARY KEY,
  account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  purpose         TEXT NOT NULL CHECK (purpose IN ('bind_mobile', 'unlock', 'activate', 'reset_password')),
  mobile          TEXT NOT NULL,
  code_hash       TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  closed_at       INTEGER,
  outcome         TEXT CHECK (outcome IN ('used', 'burnt', 'replaced')),
  CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
INSERT INTO verification_codes_v10 SELECT id, account_id, purpose, mobile, code_hash, created_at, expires_at,
  failed_attempts, closed_at, outcome FROM verification_codes;
DROP TABLE verification_codes;
ALTER TABLE verification_codes_v10 RENAME TO verification_codes;
CREATE INDEX verification_codes_by_account ON verification_codes (account_id, id);
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
      {2, "audit log", kAuditLog},
      {3, "working-day calendar", kCalendar},
      {4, "account security and sms outbox", kAccountSecurity},
      {5, "enterprise applications and account activation", kEnterpriseApplications},
      {7, "account holders", kAccountHolders},
      {8, "sms delivery status and scheduled job runs", kSmsDeliveryAndJobs},
      {9, "petitions", kPetitionSchema},
      {10, "going live: disabled accounts, cadre transfers, password reset codes", kGoingLive},
      {11, "relationship and content: operating status, contacts, surveys, announcements, policies, bulletins, "
           "reminder digests", kContentSchema},
      {12, "attachments on announcements and policy guides", kContentAttachmentSchema},
      {13, "report facts per petition", kReportSchema},
      {14, "report facts per month, unit, county and industry group", kReportMonthsSchema},
      {15, "overview indexes: open petitions by stage and due instant, results by time", kOverviewIndexes},
      {16, "hardening: the fingerprint of the body each client request id first came with", kClientRequestDigest},
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
