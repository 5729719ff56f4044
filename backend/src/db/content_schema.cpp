#include "db/content_schema.hpp"

namespace qinqing::backend::db {

// CHECK constraints spell the keys of the shared vocabularies (qinqing/content/publication.hpp,
// qinqing/relation/*.hpp, roleKey). Times are Unix seconds; dates and months are ISO text
// ("2026-11-03", "2026-11", "2026-Q4"), which sort as they read.
const std::string_view kContentSchema = R"SQL(
-- 公告栏 (§10, §18). The row is the version in force; announcement_versions keeps every saved
-- version after the first publication (an edit after publishing is a new version, audited).
CREATE TABLE announcements (
  id            INTEGER PRIMARY KEY,
  state         TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'withdrawn')),
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  pinned        INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  created_by    INTEGER REFERENCES accounts(id),
  updated_at    INTEGER NOT NULL,
  published_at  INTEGER,
  withdrawn_at  INTEGER,
  sms_queued    INTEGER NOT NULL DEFAULT 0,
  sms_queued_at INTEGER
);
CREATE INDEX announcements_by_state ON announcements (state, published_at);
CREATE TABLE announcement_roles (
  announcement_id INTEGER NOT NULL REFERENCES announcements(id),
  role            TEXT NOT NULL CHECK (role IN ('enterprise', 'cadre', 'unit_admin', 'county_admin',
                                                'city_dispatcher', 'industry_dispatcher', 'inspector',
                                                'system_admin')),
  PRIMARY KEY (announcement_id, role)
);
CREATE TABLE announcement_regions (
  announcement_id INTEGER NOT NULL REFERENCES announcements(id),
  region_id       INTEGER NOT NULL REFERENCES regions(id),
  PRIMARY KEY (announcement_id, region_id)
);
CREATE TABLE announcement_versions (
  announcement_id INTEGER NOT NULL REFERENCES announcements(id),
  version         INTEGER NOT NULL,
  content_json    TEXT NOT NULL,
  saved_at        INTEGER NOT NULL,
  saved_by        INTEGER REFERENCES accounts(id),
  PRIMARY KEY (announcement_id, version)
);
CREATE TABLE announcement_reads (
  announcement_id INTEGER NOT NULL REFERENCES announcements(id),
  account_id      INTEGER NOT NULL REFERENCES accounts(id),
  read_at         INTEGER NOT NULL,
  PRIMARY KEY (announcement_id, account_id)
) WITHOUT ROWID;

-- 政策指南 (§17): the same life as an announcement, plus industries and regions it applies to.
CREATE TABLE policy_guides (
  id              INTEGER PRIMARY KEY,
  state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'withdrawn')),
  title           TEXT NOT NULL,
  issuer          TEXT NOT NULL,
  document_number TEXT NOT NULL DEFAULT '',
  issued_on       TEXT NOT NULL,
  valid_until     TEXT,
  summary         TEXT NOT NULL DEFAULT '',
  body            TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      INTEGER NOT NULL,
  created_by      INTEGER REFERENCES accounts(id),
  updated_at      INTEGER NOT NULL,
  published_at    INTEGER,
  withdrawn_at    INTEGER
);
CREATE TABLE policy_guide_industries (
  policy_id         INTEGER NOT NULL REFERENCES policy_guides(id),
  industry_group_id INTEGER NOT NULL REFERENCES industry_groups(id),
  PRIMARY KEY (policy_id, industry_group_id)
);
CREATE TABLE policy_guide_regions (
  policy_id INTEGER NOT NULL REFERENCES policy_guides(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  PRIMARY KEY (policy_id, region_id)
);
CREATE TABLE policy_guide_versions (
  policy_id    INTEGER NOT NULL REFERENCES policy_guides(id),
  version      INTEGER NOT NULL,
  content_json TEXT NOT NULL,
  saved_at     INTEGER NOT NULL,
  saved_by     INTEGER REFERENCES accounts(id),
  PRIMARY KEY (policy_id, version)
);
CREATE TABLE policy_guide_reads (
  policy_id  INTEGER NOT NULL REFERENCES policy_guides(id),
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  read_at    INTEGER NOT NULL,
  PRIMARY KEY (policy_id, account_id)
) WITHOUT ROWID;

-- 简报投稿 (§19). unit_id is the submitting cadre's unit at submission (the unit assessment
-- counts per unit, §5); enterprise news has none.
CREATE TABLE bulletins (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('cadre_story', 'enterprise_news')),
  status         TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'adopted', 'returned', 'declined')),
  title          TEXT NOT NULL,
  body           TEXT NOT NULL,
  author_account INTEGER NOT NULL REFERENCES accounts(id),
  cadre_id       INTEGER REFERENCES cadres(id),
  enterprise_id  INTEGER REFERENCES enterprises(id),
  unit_id        INTEGER REFERENCES units(id),
  submitted_at   INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  reviewed_at    INTEGER,
  reviewed_by    INTEGER REFERENCES accounts(id),
  review_comment TEXT NOT NULL DEFAULT '',
  CHECK ((kind = 'cadre_story') = (cadre_id IS NOT NULL))
);
CREATE INDEX bulletins_by_status ON bulletins (status, submitted_at);
CREATE INDEX bulletins_by_unit ON bulletins (unit_id, status);
CREATE TABLE bulletin_reviews (
  id          INTEGER PRIMARY KEY,
  bulletin_id INTEGER NOT NULL REFERENCES bulletins(id),
  review      TEXT NOT NULL CHECK (review IN ('adopt', 'return', 'decline')),
  comment     TEXT NOT NULL DEFAULT '',
  reviewed_at INTEGER NOT NULL,
  reviewed_by INTEGER REFERENCES accounts(id)
);

-- 企业经营状况 (§3): every version is kept; the current one of a month has superseded_at NULL.
CREATE TABLE operating_reports (
  id            INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  month         TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('normal', 'partly_stopped', 'stopped', 'other')),
  output_value  INTEGER NOT NULL CHECK (output_value >= 0),
  revenue       INTEGER NOT NULL CHECK (revenue >= 0),
  employees     INTEGER NOT NULL CHECK (employees >= 0),
  difficulties  TEXT NOT NULL DEFAULT '',
  entered_at    INTEGER NOT NULL,
  entered_by    INTEGER REFERENCES accounts(id),
  entered_role  TEXT NOT NULL CHECK (entered_role IN ('enterprise', 'cadre', 'system')),
  superseded_at INTEGER
);
CREATE UNIQUE INDEX operating_reports_current ON operating_reports (enterprise_id, month) WHERE superseded_at IS NULL;
CREATE INDEX operating_reports_by_month ON operating_reports (month, enterprise_id);

-- 联系记录 (§6).
CREATE TABLE contact_logs (
  id            INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  cadre_id      INTEGER NOT NULL REFERENCES cadres(id),
  date          TEXT NOT NULL,
  way           TEXT NOT NULL CHECK (way IN ('visit', 'phone', 'wechat', 'symposium', 'other')),
  summary       TEXT NOT NULL,
  follow_up     TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  created_by    INTEGER REFERENCES accounts(id)
);
CREATE INDEX contact_logs_by_enterprise ON contact_logs (enterprise_id, date);
CREATE INDEX contact_logs_by_cadre ON contact_logs (cadre_id, date);

-- 干部测评 (§6, §16): the questionnaire of a quarter, the answers (one current per enterprise,
-- cadre and quarter; a later one supersedes, both kept) and 发起满意度测评 (once per enterprise
-- and quarter).
CREATE TABLE survey_questionnaires (
  quarter        TEXT PRIMARY KEY,
  title          TEXT NOT NULL,
  questions_json TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  updated_by     INTEGER REFERENCES accounts(id)
);
CREATE TABLE survey_answers (
  id            INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  cadre_id      INTEGER NOT NULL REFERENCES cadres(id),
  quarter       TEXT NOT NULL,
  answers_json  TEXT NOT NULL,
  answered_at   INTEGER NOT NULL,
  answered_by   INTEGER REFERENCES accounts(id),
  superseded_at INTEGER
);
CREATE UNIQUE INDEX survey_answers_current ON survey_answers (enterprise_id, cadre_id, quarter) WHERE superseded_at IS NULL;
CREATE INDEX survey_answers_by_cadre ON survey_answers (cadre_id, quarter);
CREATE TABLE survey_duty_scores (
  answer_id INTEGER NOT NULL REFERENCES survey_answers(id),
  duty      TEXT NOT NULL CHECK (duty IN ('epidemic_guide', 'development_advisor', 'petition_mediator', 'policy_promoter')),
  rating    TEXT NOT NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
  comment   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (answer_id, duty)
);
CREATE TABLE survey_requests (
  enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  quarter       TEXT NOT NULL,
  cadre_id      INTEGER NOT NULL REFERENCES cadres(id),
  requested_at  INTEGER NOT NULL,
  PRIMARY KEY (enterprise_id, quarter)
);

-- Reminder digests (issue 11 "SMS that people can bear"): each reminder job records what a
-- recipient is owed today (one row per day, mobile and kind, the count replaced by a later pass
-- the same day); the digest job sends one SMS per recipient per day (reminder_digests) with the
-- counts (shared reminderDigestText).
CREATE TABLE reminder_items (
  day    TEXT NOT NULL,
  mobile TEXT NOT NULL,
  kind   TEXT NOT NULL CHECK (kind IN ('overdue_petitions', 'due_today_petitions', 'missing_operating_reports',
                                       'uncontacted_enterprises')),
  count  INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (day, mobile, kind)
) WITHOUT ROWID;
CREATE TABLE reminder_digests (
  day     TEXT NOT NULL,
  mobile  TEXT NOT NULL,
  sms_id  INTEGER NOT NULL REFERENCES sms_outbox(id),
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (day, mobile)
) WITHOUT ROWID;
)SQL";

}  // namespace qinqing::backend::db
