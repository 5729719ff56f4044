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

// Migration 14: the report facts summed per (unit, county, industry group) and per month of
// received day (month_day: the day number of the month's 1st) or per received day, kept equal to
// petition_report_facts by its triggers. A report reads the period's whole months from the month
// sums and the days at its ends from the day sums (ReportRepository::scorecards): the city's year
// is a few thousand rows instead of every petition. Cadres are no key (a cadre's petitions spread
// over every unit): a cadre's report reads the facts. overdue_now stays 0 as in the facts; it is
// counted at query time from petition_report_facts_open, which covers the open petitions.
const std::string_view kReportMonthsSchema = R"SQL(
CREATE TABLE petition_report_months (
  month_day                 INTEGER NOT NULL,
  unit_id                   INTEGER NOT NULL,
  region_id                 INTEGER NOT NULL,
  industry_group_id         INTEGER NOT NULL,
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
  appeal_upheld             INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (month_day, unit_id, region_id, industry_group_id)
) WITHOUT ROWID;
INSERT INTO petition_report_months (month_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  SELECT CAST(julianday(date(received_day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER), unit_id, region_id, industry_group_id, SUM(received), SUM(signed_on_time), SUM(signed_late), SUM(returned), SUM(finished_on_time), SUM(finished_late), SUM(open_now), SUM(overdue_now), SUM(extended), SUM(rated), SUM(rated_very_satisfied), SUM(rated_satisfied), SUM(rated_basically_satisfied), SUM(rated_dissatisfied), SUM(rated_very_dissatisfied), SUM(unrated), SUM(rectified), SUM(appeal_upheld)
  FROM petition_report_facts GROUP BY 1, 2, 3, 4;
CREATE TABLE petition_report_days (
  received_day              INTEGER NOT NULL,
  unit_id                   INTEGER NOT NULL,
  region_id                 INTEGER NOT NULL,
  industry_group_id         INTEGER NOT NULL,
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
  appeal_upheld             INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (received_day, unit_id, region_id, industry_group_id)
) WITHOUT ROWID;
INSERT INTO petition_report_days (received_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  SELECT received_day, unit_id, region_id, industry_group_id, SUM(received), SUM(signed_on_time), SUM(signed_late), SUM(returned), SUM(finished_on_time), SUM(finished_late), SUM(open_now), SUM(overdue_now), SUM(extended), SUM(rated), SUM(rated_very_satisfied), SUM(rated_satisfied), SUM(rated_basically_satisfied), SUM(rated_dissatisfied), SUM(rated_very_dissatisfied), SUM(unrated), SUM(rectified), SUM(appeal_upheld)
  FROM petition_report_facts GROUP BY 1, 2, 3, 4;
CREATE TRIGGER petition_report_facts_counted AFTER INSERT ON petition_report_facts BEGIN
  INSERT INTO petition_report_months (month_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  VALUES (CAST(julianday(date(NEW.received_day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER), NEW.unit_id, NEW.region_id, NEW.industry_group_id, NEW.received, NEW.signed_on_time, NEW.signed_late, NEW.returned, NEW.finished_on_time, NEW.finished_late, NEW.open_now, NEW.overdue_now, NEW.extended, NEW.rated, NEW.rated_very_satisfied, NEW.rated_satisfied, NEW.rated_basically_satisfied, NEW.rated_dissatisfied, NEW.rated_very_dissatisfied, NEW.unrated, NEW.rectified, NEW.appeal_upheld)
  ON CONFLICT (month_day, unit_id, region_id, industry_group_id) DO UPDATE SET
    received = received + excluded.received,
    signed_on_time = signed_on_time + excluded.signed_on_time,
    signed_late = signed_late + excluded.signed_late,
    returned = returned + excluded.returned,
    finished_on_time = finished_on_time + excluded.finished_on_time,
    finished_late = finished_late + excluded.finished_late,
    open_now = open_now + excluded.open_now,
    overdue_now = overdue_now + excluded.overdue_now,
    extended = extended + excluded.extended,
    rated = rated + excluded.rated,
    rated_very_satisfied = rated_very_satisfied + excluded.rated_very_satisfied,
    rated_satisfied = rated_satisfied + excluded.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied + excluded.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied + excluded.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied + excluded.rated_very_dissatisfied,
    unrated = unrated + excluded.unrated,
    rectified = rectified + excluded.rectified,
    appeal_upheld = appeal_upheld + excluded.appeal_upheld;
  INSERT INTO petition_report_days (received_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  VALUES (NEW.received_day, NEW.unit_id, NEW.region_id, NEW.industry_group_id, NEW.received, NEW.signed_on_time, NEW.signed_late, NEW.returned, NEW.finished_on_time, NEW.finished_late, NEW.open_now, NEW.overdue_now, NEW.extended, NEW.rated, NEW.rated_very_satisfied, NEW.rated_satisfied, NEW.rated_basically_satisfied, NEW.rated_dissatisfied, NEW.rated_very_dissatisfied, NEW.unrated, NEW.rectified, NEW.appeal_upheld)
  ON CONFLICT (received_day, unit_id, region_id, industry_group_id) DO UPDATE SET
    received = received + excluded.received,
    signed_on_time = signed_on_time + excluded.signed_on_time,
    signed_late = signed_late + excluded.signed_late,
    returned = returned + excluded.returned,
    finished_on_time = finished_on_time + excluded.finished_on_time,
    finished_late = finished_late + excluded.finished_late,
    open_now = open_now + excluded.open_now,
    overdue_now = overdue_now + excluded.overdue_now,
    extended = extended + excluded.extended,
    rated = rated + excluded.rated,
    rated_very_satisfied = rated_very_satisfied + excluded.rated_very_satisfied,
    rated_satisfied = rated_satisfied + excluded.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied + excluded.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied + excluded.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied + excluded.rated_very_dissatisfied,
    unrated = unrated + excluded.unrated,
    rectified = rectified + excluded.rectified,
    appeal_upheld = appeal_upheld + excluded.appeal_upheld;
END;
CREATE TRIGGER petition_report_facts_uncounted AFTER DELETE ON petition_report_facts BEGIN
  UPDATE petition_report_months SET
    received = received - OLD.received,
    signed_on_time = signed_on_time - OLD.signed_on_time,
    signed_late = signed_late - OLD.signed_late,
    returned = returned - OLD.returned,
    finished_on_time = finished_on_time - OLD.finished_on_time,
    finished_late = finished_late - OLD.finished_late,
    open_now = open_now - OLD.open_now,
    overdue_now = overdue_now - OLD.overdue_now,
    extended = extended - OLD.extended,
    rated = rated - OLD.rated,
    rated_very_satisfied = rated_very_satisfied - OLD.rated_very_satisfied,
    rated_satisfied = rated_satisfied - OLD.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied - OLD.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied - OLD.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied - OLD.rated_very_dissatisfied,
    unrated = unrated - OLD.unrated,
    rectified = rectified - OLD.rectified,
    appeal_upheld = appeal_upheld - OLD.appeal_upheld
  WHERE month_day = CAST(julianday(date(OLD.received_day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER) AND unit_id = OLD.unit_id AND region_id = OLD.region_id
    AND industry_group_id = OLD.industry_group_id;
  UPDATE petition_report_days SET
    received = received - OLD.received,
    signed_on_time = signed_on_time - OLD.signed_on_time,
    signed_late = signed_late - OLD.signed_late,
    returned = returned - OLD.returned,
    finished_on_time = finished_on_time - OLD.finished_on_time,
    finished_late = finished_late - OLD.finished_late,
    open_now = open_now - OLD.open_now,
    overdue_now = overdue_now - OLD.overdue_now,
    extended = extended - OLD.extended,
    rated = rated - OLD.rated,
    rated_very_satisfied = rated_very_satisfied - OLD.rated_very_satisfied,
    rated_satisfied = rated_satisfied - OLD.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied - OLD.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied - OLD.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied - OLD.rated_very_dissatisfied,
    unrated = unrated - OLD.unrated,
    rectified = rectified - OLD.rectified,
    appeal_upheld = appeal_upheld - OLD.appeal_upheld
  WHERE received_day = OLD.received_day AND unit_id = OLD.unit_id AND region_id = OLD.region_id
    AND industry_group_id = OLD.industry_group_id;
END;
CREATE TRIGGER petition_report_facts_recounted AFTER UPDATE ON petition_report_facts BEGIN
  UPDATE petition_report_months SET
    received = received - OLD.received,
    signed_on_time = signed_on_time - OLD.signed_on_time,
    signed_late = signed_late - OLD.signed_late,
    returned = returned - OLD.returned,
    finished_on_time = finished_on_time - OLD.finished_on_time,
    finished_late = finished_late - OLD.finished_late,
    open_now = open_now - OLD.open_now,
    overdue_now = overdue_now - OLD.overdue_now,
    extended = extended - OLD.extended,
    rated = rated - OLD.rated,
    rated_very_satisfied = rated_very_satisfied - OLD.rated_very_satisfied,
    rated_satisfied = rated_satisfied - OLD.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied - OLD.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied - OLD.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied - OLD.rated_very_dissatisfied,
    unrated = unrated - OLD.unrated,
    rectified = rectified - OLD.rectified,
    appeal_upheld = appeal_upheld - OLD.appeal_upheld
  WHERE month_day = CAST(julianday(date(OLD.received_day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER) AND unit_id = OLD.unit_id AND region_id = OLD.region_id
    AND industry_group_id = OLD.industry_group_id;
  UPDATE petition_report_days SET
    received = received - OLD.received,
    signed_on_time = signed_on_time - OLD.signed_on_time,
    signed_late = signed_late - OLD.signed_late,
    returned = returned - OLD.returned,
    finished_on_time = finished_on_time - OLD.finished_on_time,
    finished_late = finished_late - OLD.finished_late,
    open_now = open_now - OLD.open_now,
    overdue_now = overdue_now - OLD.overdue_now,
    extended = extended - OLD.extended,
    rated = rated - OLD.rated,
    rated_very_satisfied = rated_very_satisfied - OLD.rated_very_satisfied,
    rated_satisfied = rated_satisfied - OLD.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied - OLD.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied - OLD.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied - OLD.rated_very_dissatisfied,
    unrated = unrated - OLD.unrated,
    rectified = rectified - OLD.rectified,
    appeal_upheld = appeal_upheld - OLD.appeal_upheld
  WHERE received_day = OLD.received_day AND unit_id = OLD.unit_id AND region_id = OLD.region_id
    AND industry_group_id = OLD.industry_group_id;
  INSERT INTO petition_report_months (month_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  VALUES (CAST(julianday(date(NEW.received_day * 86400, 'unixepoch', 'start of month')) - 2440587.5 AS INTEGER), NEW.unit_id, NEW.region_id, NEW.industry_group_id, NEW.received, NEW.signed_on_time, NEW.signed_late, NEW.returned, NEW.finished_on_time, NEW.finished_late, NEW.open_now, NEW.overdue_now, NEW.extended, NEW.rated, NEW.rated_very_satisfied, NEW.rated_satisfied, NEW.rated_basically_satisfied, NEW.rated_dissatisfied, NEW.rated_very_dissatisfied, NEW.unrated, NEW.rectified, NEW.appeal_upheld)
  ON CONFLICT (month_day, unit_id, region_id, industry_group_id) DO UPDATE SET
    received = received + excluded.received,
    signed_on_time = signed_on_time + excluded.signed_on_time,
    signed_late = signed_late + excluded.signed_late,
    returned = returned + excluded.returned,
    finished_on_time = finished_on_time + excluded.finished_on_time,
    finished_late = finished_late + excluded.finished_late,
    open_now = open_now + excluded.open_now,
    overdue_now = overdue_now + excluded.overdue_now,
    extended = extended + excluded.extended,
    rated = rated + excluded.rated,
    rated_very_satisfied = rated_very_satisfied + excluded.rated_very_satisfied,
    rated_satisfied = rated_satisfied + excluded.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied + excluded.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied + excluded.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied + excluded.rated_very_dissatisfied,
    unrated = unrated + excluded.unrated,
    rectified = rectified + excluded.rectified,
    appeal_upheld = appeal_upheld + excluded.appeal_upheld;
  INSERT INTO petition_report_days (received_day, unit_id, region_id, industry_group_id, received, signed_on_time, signed_late, returned, finished_on_time, finished_late, open_now, overdue_now, extended, rated, rated_very_satisfied, rated_satisfied, rated_basically_satisfied, rated_dissatisfied, rated_very_dissatisfied, unrated, rectified, appeal_upheld)
  VALUES (NEW.received_day, NEW.unit_id, NEW.region_id, NEW.industry_group_id, NEW.received, NEW.signed_on_time, NEW.signed_late, NEW.returned, NEW.finished_on_time, NEW.finished_late, NEW.open_now, NEW.overdue_now, NEW.extended, NEW.rated, NEW.rated_very_satisfied, NEW.rated_satisfied, NEW.rated_basically_satisfied, NEW.rated_dissatisfied, NEW.rated_very_dissatisfied, NEW.unrated, NEW.rectified, NEW.appeal_upheld)
  ON CONFLICT (received_day, unit_id, region_id, industry_group_id) DO UPDATE SET
    received = received + excluded.received,
    signed_on_time = signed_on_time + excluded.signed_on_time,
    signed_late = signed_late + excluded.signed_late,
    returned = returned + excluded.returned,
    finished_on_time = finished_on_time + excluded.finished_on_time,
    finished_late = finished_late + excluded.finished_late,
    open_now = open_now + excluded.open_now,
    overdue_now = overdue_now + excluded.overdue_now,
    extended = extended + excluded.extended,
    rated = rated + excluded.rated,
    rated_very_satisfied = rated_very_satisfied + excluded.rated_very_satisfied,
    rated_satisfied = rated_satisfied + excluded.rated_satisfied,
    rated_basically_satisfied = rated_basically_satisfied + excluded.rated_basically_satisfied,
    rated_dissatisfied = rated_dissatisfied + excluded.rated_dissatisfied,
    rated_very_dissatisfied = rated_very_dissatisfied + excluded.rated_very_dissatisfied,
    unrated = unrated + excluded.unrated,
    rectified = rectified + excluded.rectified,
    appeal_upheld = appeal_upheld + excluded.appeal_upheld;
END;
DROP INDEX petition_report_facts_by_overdue;
CREATE INDEX petition_report_facts_open ON petition_report_facts
  (received_day, overdue_after, unit_id, region_id, industry_group_id, cadre_id) WHERE overdue_after IS NOT NULL;
)SQL";

}  // namespace qinqing::backend::db

namespace qinqing::backend::db {

// Migration 15: the 驾驶舱 (issue 12) counts open petitions by stage and due instant, and results
// submitted per week, from index ranges alone.
const std::string_view kOverviewIndexes = R"SQL(
CREATE INDEX petitions_by_state_due ON petitions (state, due_at);
CREATE INDEX petition_clocks_results_finished ON petition_clocks (finished_at, petition_id)
  WHERE kind = 'result' AND finished_at IS NOT NULL;
)SQL";

}  // namespace qinqing::backend::db
