#include "repositories/petition_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdio>

#include "db/statement_cache.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace {

std::optional<long long> optInt(const SQLite::Column& c) {
  return c.isNull() ? std::nullopt : std::optional<long long>(c.getInt64());
}
std::optional<std::string> optText(const SQLite::Column& c) {
  return c.isNull() ? std::nullopt : std::optional<std::string>(c.getString());
}
void bindOpt(SQLite::Statement& s, int i, const std::optional<long long>& v) {
  if (v) s.bind(i, static_cast<int64_t>(*v));
  else s.bind(i);
}
void bindOpt(SQLite::Statement& s, int i, const std::optional<std::string>& v) {
  if (v) s.bind(i, *v);
  else s.bind(i);
}

constexpr const char* kRowColumns =
    "p.id, p.number, p.enterprise_id, e.name, p.cadre_id, p.region_id, p.industry_group_id, p.state, p.outcome, "
    "p.rating_round, p.last_rating_bad, p.appealed_last_rating, p.handler_unit_id, p.handler_region_id, p.title, "
    "p.category, p.description, p.contact_name, p.contact_mobile, p.created_at, p.submitted_at, p.updated_at, "
    "p.closed_at, p.revision";

PetitionRow readPetitionRow(SQLite::Statement& s) {
  PetitionRow r;
  r.id = s.getColumn(0).getInt64();
  r.number = s.getColumn(1).getString();
  r.enterpriseId = s.getColumn(2).getInt64();
  r.enterpriseName = s.getColumn(3).getString();
  r.cadreId = optInt(s.getColumn(4));
  r.regionId = s.getColumn(5).getInt64();
  r.industryGroupId = optInt(s.getColumn(6));
  r.state = domain::petitionStateFromKey(s.getColumn(7).getString()).value_or(domain::PetitionState::Draft);
  r.outcome = domain::petitionOutcomeFromKey(s.getColumn(8).getString()).value_or(domain::PetitionOutcome::None);
  r.ratingRound = s.getColumn(9).getInt();
  r.lastRatingBad = s.getColumn(10).getInt() != 0;
  r.appealedLastRating = s.getColumn(11).getInt() != 0;
  r.handlerUnitId = optInt(s.getColumn(12));
  r.handlerRegionId = optInt(s.getColumn(13));
  r.content = {s.getColumn(14).getString(), s.getColumn(15).getString(), s.getColumn(16).getString(),
               s.getColumn(17).getString(), s.getColumn(18).getString()};
  r.createdAt = s.getColumn(19).getInt64();
  r.submittedAt = optInt(s.getColumn(20));
  r.updatedAt = s.getColumn(21).getInt64();
  r.closedAt = optInt(s.getColumn(22));
  r.revision = s.getColumn(23).getInt64();
  return r;
}

}  // namespace

std::optional<PetitionRow> PetitionRepository::find(long long id, const db::SqlCondition& scope) {
  CachedStatement sCached(m_db, std::string("SELECT ") + kRowColumns +
                                " FROM petitions p JOIN enterprises e ON e.id = p.enterprise_id WHERE p.id = ? AND (" +
                                scope.sql + ")");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(id));
  db::bindCondition(s, 2, scope);
  if (!s.executeStep()) return std::nullopt;
  return readPetitionRow(s);
}

std::optional<PetitionRepository::ClientRequestMatch> PetitionRepository::findByClientRequest(
    long long enterpriseId, const std::string& clientRequestId) {
  CachedStatement sCached(m_db,
                          "SELECT id, COALESCE(client_request_digest, '') FROM petitions "
                          "WHERE enterprise_id = ? AND client_request_id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, clientRequestId);
  if (!s.executeStep()) return std::nullopt;
  return ClientRequestMatch{s.getColumn(0).getInt64(), s.getColumn(1).getString()};
}

long long PetitionRepository::insertDraft(long long enterpriseId, long long regionId,
                                          std::optional<long long> industryGroupId, std::optional<long long> cadreId,
                                          const domain::PetitionContent& c, long long now,
                                          const std::string& clientRequestId, const std::string& clientRequestDigest) {
  // The number needs the id: insert with a unique placeholder, then set it.
  CachedStatement sCached(m_db,
                      "INSERT INTO petitions (number, enterprise_id, cadre_id, region_id, industry_group_id, state, "
                      "title, category, description, contact_name, contact_mobile, created_at, updated_at, "
                      "client_request_id, client_request_digest) VALUES ('#' || ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, clientRequestId + "-" + std::to_string(enterpriseId));
  s.bind(2, static_cast<int64_t>(enterpriseId));
  bindOpt(s, 3, cadreId);
  s.bind(4, static_cast<int64_t>(regionId));
  bindOpt(s, 5, industryGroupId);
  s.bind(6, c.title);
  s.bind(7, c.category);
  s.bind(8, c.description);
  s.bind(9, c.contactName);
  s.bind(10, c.contactMobile);
  s.bind(11, static_cast<int64_t>(now));
  s.bind(12, static_cast<int64_t>(now));
  s.bind(13, clientRequestId);
  s.bind(14, clientRequestDigest);
  s.exec();
  const long long id = m_db.getLastInsertRowid();
  const domain::Date day = domain::localDate(domain::Instant::fromUnixSeconds(now));
  std::string ymd = day.toIso();
  ymd.erase(std::remove(ymd.begin(), ymd.end(), '-'), ymd.end());
  char number[40];
  std::snprintf(number, sizeof number, "SQ%s%06lld", ymd.c_str(), id);
  CachedStatement nCached(m_db, "UPDATE petitions SET number = ? WHERE id = ?");
  SQLite::Statement& n = *nCached;
  n.bind(1, number);
  n.bind(2, static_cast<int64_t>(id));
  n.exec();
  return id;
}

void PetitionRepository::update(const PetitionRow& r, long long now) {
  CachedStatement sCached(m_db,
                      "UPDATE petitions SET cadre_id = ?, region_id = ?, industry_group_id = ?, state = ?, outcome = ?, "
                      "rating_round = ?, last_rating_bad = ?, appealed_last_rating = ?, handler_unit_id = ?, "
                      "handler_region_id = ?, title = ?, category = ?, description = ?, contact_name = ?, "
                      "contact_mobile = ?, submitted_at = ?, closed_at = ?, updated_at = ?, revision = revision + 1 "
                      "WHERE id = ?");
  SQLite::Statement& s = *sCached;
  bindOpt(s, 1, r.cadreId);
  s.bind(2, static_cast<int64_t>(r.regionId));
  bindOpt(s, 3, r.industryGroupId);
  s.bind(4, std::string(domain::petitionStateKey(r.state)));
  s.bind(5, std::string(domain::petitionOutcomeKey(r.outcome)));
  s.bind(6, r.ratingRound);
  s.bind(7, r.lastRatingBad ? 1 : 0);
  s.bind(8, r.appealedLastRating ? 1 : 0);
  bindOpt(s, 9, r.handlerUnitId);
  bindOpt(s, 10, r.handlerRegionId);
  s.bind(11, r.content.title);
  s.bind(12, r.content.category);
  s.bind(13, r.content.description);
  s.bind(14, r.content.contactName);
  s.bind(15, r.content.contactMobile);
  bindOpt(s, 16, r.submittedAt);
  bindOpt(s, 17, r.closedAt);
  s.bind(18, static_cast<int64_t>(now));
  s.bind(19, static_cast<int64_t>(r.id));
  s.exec();
}

std::optional<OpenClock> PetitionRepository::openClock(long long petitionId) {
  CachedStatement sCached(m_db,
                      "SELECT id, kind, started_at, working_days, coalesce(extended_due_date, due_date), "
                      "coalesce(extended_due_at, due_at) FROM petition_clocks WHERE petition_id = ? AND finished_at "
                      "IS NULL ORDER BY id DESC LIMIT 1");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  if (!s.executeStep()) return std::nullopt;
  OpenClock c;
  c.id = s.getColumn(0).getInt64();
  c.kind = domain::clockKindFromKey(s.getColumn(1).getString()).value_or(domain::ClockKind::Review);
  c.startedAt = s.getColumn(2).getInt64();
  c.workingDays = s.getColumn(3).getInt();
  c.dueDate = optText(s.getColumn(4));
  c.dueAt = optInt(s.getColumn(5));
  return c;
}

long long PetitionRepository::startClock(long long petitionId, domain::ClockKind kind, long long startedAt,
                                         int workingDays, std::optional<std::string> dueDate,
                                         std::optional<long long> dueAt, const std::string& responsible) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_clocks (petition_id, kind, started_at, working_days, due_date, due_at, "
                      "responsible) VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, std::string(domain::clockKindKey(kind)));
  s.bind(3, static_cast<int64_t>(startedAt));
  s.bind(4, workingDays);
  bindOpt(s, 5, dueDate);
  bindOpt(s, 6, dueAt);
  s.bind(7, responsible);
  s.exec();
  const long long id = m_db.getLastInsertRowid();
  CachedStatement pCached(m_db, "UPDATE petitions SET running_clock = ?, due_at = ? WHERE id = ?");
  SQLite::Statement& p = *pCached;
  p.bind(1, std::string(domain::clockKindKey(kind)));
  bindOpt(p, 2, dueAt);
  p.bind(3, static_cast<int64_t>(petitionId));
  p.exec();
  return id;
}

void PetitionRepository::stopClock(long long clockId, long long petitionId, long long at) {
  CachedStatement sCached(m_db,
                      "UPDATE petition_clocks SET finished_at = ?, on_time = CASE WHEN coalesce(extended_due_at, due_at) "
                      "IS NULL THEN NULL WHEN ? <= coalesce(extended_due_at, due_at) THEN 1 ELSE 0 END WHERE id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(at));
  s.bind(2, static_cast<int64_t>(at));
  s.bind(3, static_cast<int64_t>(clockId));
  s.exec();
  CachedStatement pCached(m_db, "UPDATE petitions SET running_clock = NULL, due_at = NULL WHERE id = ?");
  SQLite::Statement& p = *pCached;
  p.bind(1, static_cast<int64_t>(petitionId));
  p.exec();
}

void PetitionRepository::extendClock(long long clockId, long long petitionId, const std::string& dueDate,
                                     long long dueAt) {
  CachedStatement sCached(m_db, "UPDATE petition_clocks SET extended_due_date = ?, extended_due_at = ? WHERE id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, dueDate);
  s.bind(2, static_cast<int64_t>(dueAt));
  s.bind(3, static_cast<int64_t>(clockId));
  s.exec();
  CachedStatement pCached(m_db, "UPDATE petitions SET due_at = ? WHERE id = ?");
  SQLite::Statement& p = *pCached;
  p.bind(1, static_cast<int64_t>(dueAt));
  p.bind(2, static_cast<int64_t>(petitionId));
  p.exec();
}

void PetitionRepository::insertVersion(long long petitionId, domain::VersionKind kind, const domain::PetitionContent& c,
                                       std::optional<long long> authorId, const std::string& authorLabel, long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_versions (petition_id, kind, title, category, description, contact_name, "
                      "contact_mobile, author_id, author_label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, std::string(domain::versionKindKey(kind)));
  s.bind(3, c.title);
  s.bind(4, c.category);
  s.bind(5, c.description);
  s.bind(6, c.contactName);
  s.bind(7, c.contactMobile);
  bindOpt(s, 8, authorId);
  s.bind(9, authorLabel);
  s.bind(10, static_cast<int64_t>(at));
  s.exec();
}

long long PetitionRepository::insertEvent(const NewEvent& e) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_events (petition_id, at, action, actor_id, actor_label, actor_role, "
                      "from_state, to_state, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(e.petitionId));
  s.bind(2, static_cast<int64_t>(e.at));
  s.bind(3, e.action);
  bindOpt(s, 4, e.actorId);
  s.bind(5, e.actorLabel);
  s.bind(6, e.actorRole);
  s.bind(7, std::string(domain::petitionStateKey(e.from)));
  s.bind(8, std::string(domain::petitionStateKey(e.to)));
  s.bind(9, e.note);
  s.bind(10, e.detailJson);
  s.exec();
  return m_db.getLastInsertRowid();
}

bool PetitionRepository::hasEventSince(long long petitionId, const std::string& action, long long since) {
  CachedStatement sCached(m_db, "SELECT 1 FROM petition_events WHERE petition_id = ? AND action = ? AND at >= ? LIMIT 1");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, action);
  s.bind(3, static_cast<int64_t>(since));
  return s.executeStep();
}

void PetitionRepository::insertResult(long long petitionId, int round, const std::string& text, long long accountId,
                                      long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_results (petition_id, round, text, submitted_by, submitted_at) VALUES (?, ?, "
                      "?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, round);
  s.bind(3, text);
  s.bind(4, static_cast<int64_t>(accountId));
  s.bind(5, static_cast<int64_t>(at));
  s.exec();
}

long long PetitionRepository::insertRating(long long petitionId, int round, domain::Rating rating,
                                           const std::string& comment, long long accountId, long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_ratings (petition_id, round, rating, comment, rated_by, rated_at) VALUES (?, "
                      "?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, round);
  s.bind(3, std::string(domain::ratingKey(rating)));
  s.bind(4, comment);
  s.bind(5, static_cast<int64_t>(accountId));
  s.bind(6, static_cast<int64_t>(at));
  s.exec();
  return m_db.getLastInsertRowid();
}

std::optional<long long> PetitionRepository::latestRatingId(long long petitionId) {
  CachedStatement sCached(m_db, "SELECT max(id) FROM petition_ratings WHERE petition_id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.executeStep();
  return optInt(s.getColumn(0));
}

void PetitionRepository::setAsideRating(long long ratingId) {
  CachedStatement sCached(m_db, "UPDATE petition_ratings SET set_aside = 1 WHERE id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(ratingId));
  s.exec();
}

std::optional<long long> PetitionRepository::pendingExtensionId(long long petitionId) {
  // The key spelled into the SQL, not bound: the partial index petition_extensions_pending matches literals only.
  CachedStatement sCached(m_db, "SELECT id FROM petition_extensions WHERE petition_id = ? AND status = '" +
                                std::string(domain::extensionStatusKey(domain::ExtensionStatus::Pending)) + "'");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  if (!s.executeStep()) return std::nullopt;
  return s.getColumn(0).getInt64();
}

void PetitionRepository::insertExtension(long long petitionId, long long clockId, const std::string& reason,
                                         const std::string& requestedDueDate, long long accountId, long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_extensions (petition_id, clock_id, reason, requested_due_date, "
                      "requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, static_cast<int64_t>(clockId));
  s.bind(3, reason);
  s.bind(4, requestedDueDate);
  s.bind(5, static_cast<int64_t>(accountId));
  s.bind(6, static_cast<int64_t>(at));
  s.exec();
}

void PetitionRepository::decideExtension(long long extensionId, bool approved, std::optional<std::string> dueDate,
                                         const std::string& note, long long accountId, long long at) {
  CachedStatement sCached(m_db,
                      "UPDATE petition_extensions SET status = ?, decided_due_date = ?, decision_note = ?, "
                      "decided_by = ?, decided_at = ? WHERE id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, std::string(domain::extensionStatusKey(approved ? domain::ExtensionStatus::Approved
                                                             : domain::ExtensionStatus::Refused)));
  bindOpt(s, 2, dueDate);
  s.bind(3, note);
  s.bind(4, static_cast<int64_t>(accountId));
  s.bind(5, static_cast<int64_t>(at));
  s.bind(6, static_cast<int64_t>(extensionId));
  s.exec();
}

std::optional<long long> PetitionRepository::pendingAppealId(long long petitionId) {
  CachedStatement sCached(m_db, "SELECT id FROM petition_appeals WHERE petition_id = ? AND status = '" +
                                std::string(domain::appealStatusKey(domain::AppealStatus::Pending)) + "'");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  if (!s.executeStep()) return std::nullopt;
  return s.getColumn(0).getInt64();
}

void PetitionRepository::insertAppeal(long long petitionId, long long ratingId, const std::string& reason,
                                      long long accountId, long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_appeals (petition_id, rating_id, reason, filed_by, filed_at) VALUES (?, ?, ?, "
                      "?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, static_cast<int64_t>(ratingId));
  s.bind(3, reason);
  s.bind(4, static_cast<int64_t>(accountId));
  s.bind(5, static_cast<int64_t>(at));
  s.exec();
}

void PetitionRepository::decideAppeal(long long appealId, bool upheld, const std::string& note, long long accountId,
                                      long long at) {
  CachedStatement sCached(m_db,
                      "UPDATE petition_appeals SET status = ?, decision_note = ?, decided_by = ?, decided_at = ? WHERE "
                      "id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, std::string(domain::appealStatusKey(upheld ? domain::AppealStatus::Upheld : domain::AppealStatus::Rejected)));
  s.bind(2, note);
  s.bind(3, static_cast<int64_t>(accountId));
  s.bind(4, static_cast<int64_t>(at));
  s.bind(5, static_cast<int64_t>(appealId));
  s.exec();
}

void PetitionRepository::insertVisit(long long petitionId, const std::string& visitedOn, const std::string& method,
                                     const std::string& note, long long accountId, long long at) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_visits (petition_id, visited_on, method, note, recorded_by, recorded_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, visitedOn);
  s.bind(3, method);
  s.bind(4, note);
  s.bind(5, static_cast<int64_t>(accountId));
  s.bind(6, static_cast<int64_t>(at));
  s.exec();
}

std::optional<EnterpriseAssignment> PetitionRepository::enterpriseAssignment(long long enterpriseId) {
  CachedStatement sCached(m_db, "SELECT region_id, industry_group_id, cadre_id FROM enterprises WHERE id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(enterpriseId));
  if (!s.executeStep()) return std::nullopt;
  EnterpriseAssignment a;
  a.regionId = s.getColumn(0).getInt64();
  if (!s.getColumn(1).isNull()) a.industryGroupId = s.getColumn(1).getInt64();
  if (!s.getColumn(2).isNull()) a.cadreId = s.getColumn(2).getInt64();
  return a;
}

std::string PetitionRepository::enterpriseNameOf(long long petitionId) {
  CachedStatement sCached(m_db, "SELECT e.name FROM petitions p JOIN enterprises e ON e.id = p.enterprise_id WHERE p.id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  return s.executeStep() ? s.getColumn(0).getString() : std::string();
}

bool PetitionRepository::handlerExists(domain::HandlerKind kind, long long id) {
  CachedStatement sCached(m_db, kind == domain::HandlerKind::Unit
                                ? "SELECT 1 FROM units WHERE id = ?"
                                : "SELECT 1 FROM regions WHERE id = ? AND kind IN ('county', 'zone')");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(id));
  return s.executeStep();
}

namespace {
std::string nameIn(SQLite::Database& db, const char* sql, std::optional<long long> id) {
  if (!id) return "";
  CachedStatement sCached(db, sql);
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(*id));
  return s.executeStep() ? s.getColumn(0).getString() : "";
}
}  // namespace

std::string PetitionRepository::cadreName(std::optional<long long> id) {
  return nameIn(m_db, "SELECT name FROM cadres WHERE id = ?", id);
}
std::string PetitionRepository::unitName(std::optional<long long> id) {
  return nameIn(m_db, "SELECT name FROM units WHERE id = ?", id);
}
std::string PetitionRepository::regionName(std::optional<long long> id) {
  return nameIn(m_db, "SELECT name FROM regions WHERE id = ?", id);
}

std::vector<RunningClockRow> PetitionRepository::runningClocksWithOwnDueDate() {
  CachedStatement sCached(m_db,
                      "SELECT k.id, k.petition_id, k.kind, k.started_at, k.working_days, k.due_date, p.state "
                      "FROM petition_clocks k JOIN petitions p ON p.id = k.petition_id "
                      "WHERE k.finished_at IS NULL AND k.due_date IS NOT NULL AND k.extended_due_date IS NULL");
  SQLite::Statement& s = *sCached;
  std::vector<RunningClockRow> out;
  while (s.executeStep()) {
    RunningClockRow r;
    r.id = s.getColumn(0).getInt64();
    r.petitionId = s.getColumn(1).getInt64();
    r.kind = s.getColumn(2).getString();
    r.startedAt = s.getColumn(3).getInt64();
    r.workingDays = s.getColumn(4).getInt();
    r.dueDate = s.getColumn(5).getString();
    r.state = domain::petitionStateFromKey(s.getColumn(6).getString()).value_or(domain::PetitionState::Draft);
    out.push_back(std::move(r));
  }
  return out;
}

void PetitionRepository::moveClockDue(long long clockId, long long petitionId, const std::string& dueDate,
                                      long long dueAt) {
  CachedStatement clockCached(m_db, "UPDATE petition_clocks SET due_date = ?, due_at = ? WHERE id = ?");
  SQLite::Statement& clock = *clockCached;
  clock.bind(1, dueDate);
  clock.bind(2, static_cast<int64_t>(dueAt));
  clock.bind(3, static_cast<int64_t>(clockId));
  clock.exec();
  CachedStatement petitionCached(m_db, "UPDATE petitions SET due_at = ?, revision = revision + 1 WHERE id = ?");
  SQLite::Statement& petition = *petitionCached;
  petition.bind(1, static_cast<int64_t>(dueAt));
  petition.bind(2, static_cast<int64_t>(petitionId));
  petition.exec();
}

std::vector<DueClockRow> PetitionRepository::openClocksDueBy(const std::string& today) {
  CachedStatement sCached(m_db,
                      "SELECT id, petition_id, kind, COALESCE(extended_due_date, due_date) FROM petition_clocks "
                      "WHERE finished_at IS NULL AND COALESCE(extended_due_date, due_date) <= ? ORDER BY id");
  SQLite::Statement& s = *sCached;
  s.bind(1, today);
  std::vector<DueClockRow> out;
  while (s.executeStep()) {
    auto kind = domain::clockKindFromKey(s.getColumn(2).getString());
    auto due = domain::Date::parseIso(s.getColumn(3).getString());
    if (!kind || !due.ok()) continue;
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), *kind, due.value()});
  }
  return out;
}

bool PetitionRepository::markReminder(long long clockId, std::string_view kind, const std::string& today, long long now) {
  CachedStatement sCached(m_db, "INSERT OR IGNORE INTO petition_reminders (clock_id, kind, sent_on, sent_at) VALUES (?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(clockId));
  s.bind(2, std::string(kind));
  s.bind(3, today);
  s.bind(4, static_cast<int64_t>(now));
  return s.exec() > 0;
}

}  // namespace qinqing::backend::petition
