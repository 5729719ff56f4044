#include "db/report_schema.hpp"

namespace qinqing::backend::db {

// revision: the petition revision the row was computed from (startup catches up rows whose
// petition moved on without them, e.g. rows written by an import). Group ids are 0 for none.
// overdue_after: overdueAfter() as Unix seconds; OverdueNow is counted from it at query time (its
// column stays 0, kept so that every count figure has its column).
const std::string_view kReportSchema = R"SQL(
CREATE TABLE petition_report_facts (
  petition_id               INTEGER PRIMARY KEY REFERENCES petitions(id),
  revision                  INTEGER NOT NULL,
  received_day              INTEGER NOT NULL,
  unit_id                   INTEGER NOT NULL DEFAULT 0,
  region_id                 INTEGER NOT NULL DEFAULT 0,
  industry_group_id         INTEGER NOT NULL DEFAULT 0,
  cadre_id                  INTEGER NOT NULL DEFAULT 0,
  overdue_after             INTEGER,
  received                  INTEGER NOT NULL DEFAULT 0,
  signed_on_time            INTEGER NOT NULL DEFAULT 0,
  signed_late               INTEGER NOT NULL DEFAULT 0,
  returned                  INTEGER NOT NULL DEFAULT 0,
  finished_on_time          INTEGER NOT NULL DEFAULT 0,
  finished_late             INTEGER NOT NULL DEFAULT 0,
  open_now                  INTEGER NOT NULL DEFAULT 0,
  overdue_now               INTEGER NOT NULL DEFAULT 0,
  extended                  INTEGER NOT NULL DEFAULT 0,
  rated                     INTEGER NOT NULL DEFAULT 0,
  rated_very_satisfied      INTEGER NOT NULL DEFAULT 0,
  rated_satisfied           INTEGER NOT NULL DEFAULT 0,
  rated_basically_satisfied INTEGER NOT NULL DEFAULT 0,
  rated_dissatisfied        INTEGER NOT NULL DEFAULT 0,
  rated_very_dissatisfied   INTEGER NOT NULL DEFAULT 0,
  unrated                   INTEGER NOT NULL DEFAULT 0,
  rectified                 INTEGER NOT NULL DEFAULT 0,
  appeal_upheld             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX petition_report_facts_by_day ON petition_report_facts (received_day);
CREATE INDEX petition_report_facts_by_unit ON petition_report_facts (unit_id, received_day);
CREATE INDEX petition_report_facts_by_region ON petition_report_facts (region_id, received_day);
CREATE INDEX petition_report_facts_by_group ON petition_report_facts (industry_group_id, received_day);
CREATE INDEX petition_report_facts_by_overdue ON petition_report_facts (overdue_after) WHERE overdue_after IS NOT NULL;
)SQL";

}  // namespace qinqing::backend::db
