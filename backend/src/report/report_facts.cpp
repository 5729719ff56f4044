#include "report/report_facts.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <vector>

#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_state.hpp"

namespace qinqing::backend::report {
namespace d = qinqing::domain;
namespace {

std::optional<d::Instant> instantOf(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return d::Instant::fromUnixSeconds(c.getInt64());
}

std::int64_t idOr0(const SQLite::Column& c) { return c.isNull() ? 0 : c.getInt64(); }

// The final holder's sign and result clocks: the last of each kind (a re-routed petition starts a
// new sign clock with its new holder).
void readClocks(SQLite::Database& db, long long id, d::ScoredPetition& f) {
  SQLite::Statement s(db,
                      "SELECT kind, COALESCE(extended_due_at, due_at), finished_at FROM petition_clocks "
                      "WHERE petition_id = ? AND kind IN (?, ?) ORDER BY id");
  s.bind(1, static_cast<int64_t>(id));
  s.bind(2, std::string(d::clockKindKey(d::ClockKind::Sign)));
  s.bind(3, std::string(d::clockKindKey(d::ClockKind::Result)));
  while (s.executeStep()) {
    const bool sign = s.getColumn(0).getString() == d::clockKindKey(d::ClockKind::Sign);
    (sign ? f.signDue : f.finishDue) = instantOf(s.getColumn(1));
    (sign ? f.signedAt : f.finishedAt) = instantOf(s.getColumn(2));
  }
}

std::string insertSql() {
  std::string columns = "petition_id, revision, received_day, unit_id, region_id, industry_group_id, cadre_id, overdue_after";
  std::string values = "?, ?, ?, ?, ?, ?, ?, ?";
  for (std::size_t i = 0; i < d::kCountFigureCount; ++i) {
    columns += ", " + std::string(d::figureKey(d::kAllFigures[i]));
    values += ", ?";
  }
  return "INSERT INTO petition_report_facts (" + columns + ") VALUES (" + values + ")";
}

}  // namespace

std::optional<d::ScoredPetition> readScoredPetition(SQLite::Database& db, long long id) {
  SQLite::Statement s(
      db,
      "SELECT p.state, p.outcome, p.handler_unit_id, COALESCE(p.handler_region_id, u.region_id), p.industry_group_id, "
      "p.cadre_id, p.submitted_at, "
      "(SELECT count(*) FROM petition_events e WHERE e.petition_id = p.id AND e.action = ?), "
      "(SELECT count(*) FROM petition_events e WHERE e.petition_id = p.id AND e.action = ?), "
      "(SELECT count(*) FROM petition_extensions x WHERE x.petition_id = p.id AND x.status = 'approved'), "
      "(SELECT r.rating FROM petition_ratings r WHERE r.petition_id = p.id ORDER BY r.round DESC, r.id DESC LIMIT 1), "
      "(SELECT count(*) FROM petition_clocks k WHERE k.petition_id = p.id AND k.kind = ?) "
      "FROM petitions p LEFT JOIN units u ON u.id = p.handler_unit_id WHERE p.id = ?");
  s.bind(1, std::string(d::petitionActionKey(d::PetitionAction::ReturnToDispatcher)));
  s.bind(2, std::string(d::petitionActionKey(d::PetitionAction::Dispatch)));
  s.bind(3, std::string(d::clockKindKey(d::ClockKind::Rectification)));
  s.bind(4, static_cast<int64_t>(id));
  if (!s.executeStep() || s.getColumn(6).isNull()) return std::nullopt;
  d::ScoredPetition f;
  f.petitionId = id;
  f.state = d::petitionStateFromKey(s.getColumn(0).getString()).value_or(d::PetitionState::PendingReview);
  const auto outcome = d::petitionOutcomeFromKey(s.getColumn(1).getString()).value_or(d::PetitionOutcome::None);
  f.unitId = idOr0(s.getColumn(2));
  f.regionId = idOr0(s.getColumn(3));
  f.industryGroupId = idOr0(s.getColumn(4));
  f.cadreId = idOr0(s.getColumn(5));
  f.receivedAt = d::Instant::fromUnixSeconds(s.getColumn(6).getInt64());
  f.returned = s.getColumn(7).getInt() > 0;
  f.reroutedCount = std::max(0, s.getColumn(8).getInt() - 1);
  f.extensionCount = s.getColumn(9).getInt();
  if (!s.getColumn(10).isNull()) f.rating = d::ratingFromKey(s.getColumn(10).getString());
  f.rectified = s.getColumn(11).getInt() > 0;
  f.appealUpheld = outcome == d::PetitionOutcome::AppealUpheld;
  readClocks(db, id, f);
  return f;
}

void refreshReportFacts(SQLite::Database& db, long long id) {
  const auto facts = readScoredPetition(db, id);
  // Delete, then insert: the triggers of petition_report_months subtract the old row and add the
  // new one (INSERT OR REPLACE would not fire the delete trigger).
  SQLite::Statement remove(db, "DELETE FROM petition_report_facts WHERE petition_id = ?");
  remove.bind(1, static_cast<int64_t>(id));
  remove.exec();
  if (!facts) return;
  static const std::string kInsert = insertSql();
  SQLite::Statement s(db, kInsert);
  s.bind(1, static_cast<int64_t>(id));
  SQLite::Statement revision(db, "SELECT revision FROM petitions WHERE id = ?");
  revision.bind(1, static_cast<int64_t>(id));
  revision.executeStep();
  s.bind(2, revision.getColumn(0).getInt64());
  s.bind(3, d::localDate(facts->receivedAt).dayNumber());
  s.bind(4, static_cast<int64_t>(facts->unitId));
  s.bind(5, static_cast<int64_t>(facts->regionId));
  s.bind(6, static_cast<int64_t>(facts->industryGroupId));
  s.bind(7, static_cast<int64_t>(facts->cadreId));
  if (const auto after = d::overdueAfter(*facts)) {
    s.bind(8, static_cast<int64_t>(after->unixSeconds()));
  } else {
    s.bind(8);
  }
  const d::FigureCounts counts = d::petitionFigureCounts(*facts);
  for (std::size_t i = 0; i < counts.size(); ++i) s.bind(9 + static_cast<int>(i), counts[i]);
  s.exec();
}

long long catchUpReportFacts(SQLite::Database& db) {
  std::vector<long long> stale;
  {
    SQLite::Statement s(db,
                        "SELECT p.id FROM petitions p LEFT JOIN petition_report_facts f ON f.petition_id = p.id "
                        "WHERE (p.submitted_at IS NOT NULL AND (f.petition_id IS NULL OR f.revision <> p.revision)) "
                        "OR (p.submitted_at IS NULL AND f.petition_id IS NOT NULL) ORDER BY p.id");
    while (s.executeStep()) stale.push_back(s.getColumn(0).getInt64());
  }
  constexpr std::size_t kBatch = 1000;
  for (std::size_t start = 0; start < stale.size(); start += kBatch) {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (std::size_t i = start; i < std::min(stale.size(), start + kBatch); ++i) refreshReportFacts(db, stale[i]);
    tx.commit();
  }
  return static_cast<long long>(stale.size());
}

}  // namespace qinqing::backend::report
