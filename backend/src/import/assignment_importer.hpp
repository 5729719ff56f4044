// AssignmentImporter: one plan file read, checked and — when asked and clean — applied. The steps
// the server's import jobs (import_jobs.hpp) and `qinqing import` share, so the web screen and the
// command line refuse and write exactly alike.
//
// check() writes nothing. apply() reads the file, then in ONE IMMEDIATE transaction loads what the
// database holds, checks every row again (the database may have changed since the dry run) and,
// only when not a single problem is found, writes the plan (repositories/plan_repository.hpp) with its
// audit entry (import.assignment_plan: file, SHA-256, the counts) and the accounts' SMS notices.
// A file with any problem is refused whole: the transaction rolls back and nothing is written.
// Database failures throw SQLite::Exception (the transaction rolls back too).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "audit/audit_entry.hpp"
#include "db/database.hpp"
#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/org/assignment_plan_job.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::import {

// Where the work is: phase, rows done and rows in all (0 while reading).
using ImportProgress = std::function<void(domain::ImportPhase phase, long long done, long long total)>;

struct ImportOutcome {
  std::string sha256;           // of the bytes read
  domain::AssignmentPlan plan;  // problems (a file that is no table: one problem of row 0) and summary
  bool applied = false;         // apply() wrote the plan
};

class AssignmentImporter {
public:
  // onSmsEnqueued runs after a commit that queued notices (the server wakes its SMS sender).
  AssignmentImporter(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued = {});

  ImportOutcome check(std::string_view bytes, const ImportProgress& progress = {});
  ImportOutcome apply(std::string_view bytes, const std::string& fileName, const audit::AuditActor& actor,
                      const ImportProgress& progress = {});

private:
  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::import
