// PlanRepository: the SQL of the assignment-plan import — what the rules need to know about the
// database (domain::PlanLookups) and writing a checked plan. Statements are prepared once per call
// and reused for every row: a county's 10,000 rows write in about a second.
//
// Accounts are created waiting for activation (qinqing/identity/activation.hpp): an empty password
// hash, the holder's mobile on record (the cadre's, or the enterprise liaison's when known) and the
// account-opened notice queued to it. Assignments are recorded in cadre_assignments without an
// assigning account (imports, like demo data), with the note kImportNote.
// Throws SQLite::Exception on database errors; callers hold the transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>
#include <string>

#include "qinqing/org/assignment_plan.hpp"

namespace qinqing::backend::import {

inline constexpr const char* kImportNote = "包联方案导入";

class PlanRepository {
public:
  explicit PlanRepository(SQLite::Database& db) : m_db(db) {}

  // Every region, unit, industry group, cadre and enterprise, and every cadre and enterprise
  // account's login name.
  domain::PlanLookups loadLookups();

  // Writes a clean plan (plan.clean() must hold: the caller checked it in the same transaction):
  // cadres created and updated, enterprises created and updated, assignments changed, accounts
  // with their SMS notices. Must run inside the caller's transaction (the SMS outbox insists).
  // `progress` gets the number of plan rows (enterprises) written so far.
  void write(const domain::AssignmentPlan& plan, long long now, const std::function<void(std::size_t)>& progress = {});

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::import
