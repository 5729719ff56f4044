// The report facts of a petition (db/report_schema.cpp): what shared/report needs to know about it
// (ScoredPetition), read from its rows, and the stored row of per-figure counts kept in step with
// every petition change. PetitionService and the deadline recomputer refresh a petition inside the
// transaction that changes it; startup catches up rows that fell behind (catchUpReportFacts).
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>

#include "qinqing/report/scorecard.hpp"

namespace qinqing::backend::report {

// The facts of a submitted petition; none for a draft never submitted or an unknown id.
std::optional<domain::ScoredPetition> readScoredPetition(SQLite::Database& db, long long petitionId);

// Rewrites the petition's facts row (removes it for a petition not submitted). Runs inside the
// caller's transaction.
void refreshReportFacts(SQLite::Database& db, long long petitionId);

// Refreshes every submitted petition whose row is missing or older than the petition, in
// transactions of a thousand; returns how many were refreshed.
long long catchUpReportFacts(SQLite::Database& db);

}  // namespace qinqing::backend::report
