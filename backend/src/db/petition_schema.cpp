#include "db/petition_schema.hpp"

namespace qinqing::backend::db {

// Times are Unix seconds; dates are 'YYYY-MM-DD' (CST). Nothing here is ever deleted: withdrawn and
// closed petitions keep their whole history (issue 5 "Nothing is ever deleted").
const std::string_view kPetitionSchema = R"SQL(
-- Operator settings (e.g. the optional dispatch limit). Values are text; each reader parses its own.
CREATE TABLE platform_settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES accounts(id)
) WITHOUT ROWID;

-- One row per petition with its current content and state. The routing columns (cadre, region,
-- industry group) are copied from the enterprise when it is submitted, so a later reassignment
-- does not move a petition already under review; the handler is set by dispatch.
-- revision grows with every change: an action names the revision it saw, and a stale one is refused.
-- due_at / running_clock mirror the open clock so lists sort and filter without a join.
CREATE TABLE petitions (
  id                  INTEGER PRIMARY KEY,
  number              TEXT NOT NULL UNIQUE,
  enterprise_id       INTEGER NOT NULL REFERENCES enterprises(id),
  cadre_id            INTEGER REFERENCES cadres(id),
  region_id           INTEGER NOT NULL REFERENCES regions(id),
  industry_group_id   INTEGER REFERENCES industry_groups(id),
  state               TEXT NOT NULL,
  outcome             TEXT NOT NULL DEFAULT 'none',
  rating_round        INTEGER NOT NULL DEFAULT 0,
  last_rating_bad     INTEGER NOT NULL DEFAULT 0,
  appealed_last_rating INTEGER NOT NULL DEFAULT 0,
  handler_unit_id     INTEGER REFERENCES units(id),
  handler_region_id   INTEGER REFERENCES regions(id),
  title               TEXT NOT NULL DEFAULT '',
  category            TEXT NOT NULL DEFAULT '',
  description         TEXT NOT NULL DEFAULT '',
  contact_name        TEXT NOT NULL DEFAULT '',
  contact_mobile      TEXT NOT NULL DEFAULT '',
  created_at          INTEGER NOT NULL,
  submitted_at        INTEGER,
  updated_at          INTEGER NOT NULL,
  closed_at           INTEGER,
  revision            INTEGER NOT NULL DEFAULT 1,
  running_clock       TEXT,
  due_at              INTEGER,
  client_request_id   TEXT,
  UNIQUE (enterprise_id, client_request_id)
);
CREATE INDEX petitions_by_enterprise ON petitions (enterprise_id, updated_at);
CREATE INDEX petitions_by_cadre ON petitions (cadre_id, state, updated_at);
CREATE INDEX petitions_by_unit ON petitions (handler_unit_id, state, updated_at);
CREATE INDEX petitions_by_handler_region ON petitions (handler_region_id, state, updated_at);
CREATE INDEX petitions_by_group ON petitions (industry_group_id, state, updated_at);
CREATE INDEX petitions_by_state ON petitions (state, updated_at);
CREATE INDEX petitions_by_due ON petitions (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX petitions_by_updated ON petitions (updated_at);

-- Every version of the text: the enterprise's original (and each resubmission) and the cadre's
-- edit (§4), all kept and shown in the timeline.
CREATE TABLE petition_versions (
  id             INTEGER PRIMARY KEY,
  petition_id    INTEGER NOT NULL REFERENCES petitions(id),
  kind           TEXT NOT NULL CHECK (kind IN ('submitted', 'cadre_edit')),
  title          TEXT NOT NULL,
  category       TEXT NOT NULL,
  description    TEXT NOT NULL,
  contact_name   TEXT NOT NULL,
  contact_mobile TEXT NOT NULL,
  author_id      INTEGER REFERENCES accounts(id),
  author_label   TEXT NOT NULL,
  created_at     INTEGER NOT NULL
);
CREATE INDEX petition_versions_by_petition ON petition_versions (petition_id, id);

-- The timeline: who did what, when, from which state to which, with the reason or comment.
CREATE TABLE petition_events (
  id           INTEGER PRIMARY KEY,
  petition_id  INTEGER NOT NULL REFERENCES petitions(id),
  at           INTEGER NOT NULL,
  action       TEXT NOT NULL,
  actor_id     INTEGER REFERENCES accounts(id),
  actor_label  TEXT NOT NULL,
  actor_role   TEXT NOT NULL,
  from_state   TEXT NOT NULL,
  to_state     TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  detail       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX petition_events_by_petition ON petition_events (petition_id, id);
CREATE INDEX petition_events_by_action ON petition_events (petition_id, action, at);

-- The clocks (平台自动计时考核). due_at is NULL for a clock with no limit (dispatch by default,
-- appeal decisions). extended_due_at is set by an approved extension and wins over due_at.
-- on_time is set when the clock stops: 1 on time, 0 late.
CREATE TABLE petition_clocks (
  id              INTEGER PRIMARY KEY,
  petition_id     INTEGER NOT NULL REFERENCES petitions(id),
  kind            TEXT NOT NULL,
  started_at      INTEGER NOT NULL,
  working_days    INTEGER NOT NULL,
  due_date        TEXT,
  due_at          INTEGER,
  extended_due_date TEXT,
  extended_due_at INTEGER,
  finished_at     INTEGER,
  on_time         INTEGER,
  responsible     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX petition_clocks_by_petition ON petition_clocks (petition_id, id);
CREATE INDEX petition_clocks_open ON petition_clocks (finished_at) WHERE finished_at IS NULL;

-- Files live outside the database under their SHA-256 (DATA/attachments/ab/abcdef...).
CREATE TABLE petition_attachments (
  id           INTEGER PRIMARY KEY,
  petition_id  INTEGER NOT NULL REFERENCES petitions(id),
  purpose      TEXT NOT NULL CHECK (purpose IN ('petition', 'result')),
  file_name    TEXT NOT NULL,
  mime         TEXT NOT NULL,
  size         INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  uploaded_by  INTEGER REFERENCES accounts(id),
  uploaded_at  INTEGER NOT NULL,
  removed_at   INTEGER  -- taken off a draft by the enterprise; the row and the file stay
);
CREATE INDEX petition_attachments_by_petition ON petition_attachments (petition_id, id);

CREATE TABLE petition_results (
  id           INTEGER PRIMARY KEY,
  petition_id  INTEGER NOT NULL REFERENCES petitions(id),
  round        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  submitted_by INTEGER REFERENCES accounts(id),
  submitted_at INTEGER NOT NULL
);
CREATE INDEX petition_results_by_petition ON petition_results (petition_id, id);

-- set_aside: the rating was appealed successfully and does not count.
CREATE TABLE petition_ratings (
  id          INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL REFERENCES petitions(id),
  round       INTEGER NOT NULL,
  rating      TEXT NOT NULL,
  comment     TEXT NOT NULL DEFAULT '',
  rated_by    INTEGER REFERENCES accounts(id),
  rated_at    INTEGER NOT NULL,
  set_aside   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX petition_ratings_by_petition ON petition_ratings (petition_id, id);

CREATE TABLE petition_extensions (
  id                 INTEGER PRIMARY KEY,
  petition_id        INTEGER NOT NULL REFERENCES petitions(id),
  clock_id           INTEGER NOT NULL REFERENCES petition_clocks(id),
  reason             TEXT NOT NULL,
  requested_due_date TEXT NOT NULL,
  requested_by       INTEGER REFERENCES accounts(id),
  requested_at       INTEGER NOT NULL,
  status             TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  decided_by         INTEGER REFERENCES accounts(id),
  decided_at         INTEGER,
  decided_due_date   TEXT,
  decision_note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX petition_extensions_by_petition ON petition_extensions (petition_id, id);
CREATE INDEX petition_extensions_pending ON petition_extensions (status) WHERE status = 'pending';

CREATE TABLE petition_appeals (
  id            INTEGER PRIMARY KEY,
  petition_id   INTEGER NOT NULL REFERENCES petitions(id),
  rating_id     INTEGER NOT NULL REFERENCES petition_ratings(id),
  reason        TEXT NOT NULL,
  filed_by      INTEGER REFERENCES accounts(id),
  filed_at      INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'upheld', 'rejected')),
  decided_by    INTEGER REFERENCES accounts(id),
  decided_at    INTEGER,
  decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX petition_appeals_by_petition ON petition_appeals (petition_id, id);
CREATE INDEX petition_appeals_pending ON petition_appeals (status) WHERE status = 'pending';

-- 回访 by the cadre during rectification.
CREATE TABLE petition_visits (
  id          INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL REFERENCES petitions(id),
  visited_on  TEXT NOT NULL,
  method      TEXT NOT NULL,
  note        TEXT NOT NULL,
  recorded_by INTEGER REFERENCES accounts(id),
  recorded_at INTEGER NOT NULL
);
CREATE INDEX petition_visits_by_petition ON petition_visits (petition_id, id);

-- Reminders the scheduled job sent, one per clock, kind and CST day: a second pass the same day
-- sends nothing twice.
CREATE TABLE petition_reminders (
  clock_id   INTEGER NOT NULL REFERENCES petition_clocks(id),
  kind       TEXT NOT NULL,
  sent_on    TEXT NOT NULL,
  sent_at    INTEGER NOT NULL,
  PRIMARY KEY (clock_id, kind, sent_on)
) WITHOUT ROWID;

-- Nothing is deleted: the program never does, and SQLite refuses it too.
CREATE TRIGGER petitions_no_delete BEFORE DELETE ON petitions BEGIN SELECT RAISE(ABORT, 'petitions are never deleted'); END;
CREATE TRIGGER petition_events_no_delete BEFORE DELETE ON petition_events BEGIN SELECT RAISE(ABORT, 'petition events are never deleted'); END;
CREATE TRIGGER petition_events_no_update BEFORE UPDATE ON petition_events BEGIN SELECT RAISE(ABORT, 'petition events are never changed'); END;
CREATE TRIGGER petition_versions_no_change BEFORE UPDATE ON petition_versions BEGIN SELECT RAISE(ABORT, 'petition versions are never changed'); END;
)SQL";

const std::string_view kClientRequestDigest = R"SQL(
ALTER TABLE petitions ADD COLUMN client_request_digest TEXT;
)SQL";

}  // namespace qinqing::backend::db
