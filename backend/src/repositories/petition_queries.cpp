#include "repositories/petition_queries.hpp"

#include "qinqing/petition/petition_contact.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/statement_cache.hpp"
#include "auth/scope.hpp"
#include "repositories/attachment_repository.hpp"
#include "petition/petition_facts.hpp"
#include "repositories/petition_repository.hpp"
#include "qinqing/petition/petition_deadline.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;
using d::PetitionState;

d::Instant instantFromSeconds(long long s) { return d::Instant::fromUnixSeconds(s); }

std::optional<std::string> optTime(const SQLite::Column& c) {
  return c.isNull() ? std::nullopt : std::optional<std::string>(formatChinaTime(c.getInt64()));
}
std::optional<d::Date> optDate(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  auto parsed = d::Date::parseIso(c.getString());
  return parsed.ok() ? std::optional<d::Date>(parsed.value()) : std::nullopt;
}

// The WHERE of a box over alias p, with its parameters in order.
struct BoxFilter {
  std::string where;
  std::vector<long long> ids;    // after the scope's
  std::vector<std::string> texts;
  std::string key;               // identifies the filter for the count cache
};

BoxFilter petitionFilterOf(const d::PetitionListQuery& q, const db::SqlCondition& scope, d::Role role, long long now) {
  BoxFilter f;
  f.where = " WHERE (" + scope.sql + ")";
  const auto states = d::petitionBoxStates(q.box, role);
  if (q.state) {
    // A state filter narrows the box; outside the box it matches nothing.
    bool inBox = states.empty();
    for (auto s : states) inBox = inBox || s == *q.state;
    f.where += inBox ? " AND p.state = '" + std::string(d::petitionStateKey(*q.state)) + "'" : " AND 0";
  } else if (!states.empty()) {
    f.where += " AND p.state IN (";
    for (std::size_t i = 0; i < states.size(); ++i) {
      f.where += (i ? ",'" : "'") + std::string(d::petitionStateKey(states[i])) + "'";
    }
    f.where += ")";
  }
  if (d::petitionBoxNeedsPendingExtension(q.box)) {
    f.where += " AND EXISTS (SELECT 1 FROM petition_extensions x WHERE x.petition_id = p.id AND x.status = '" +
               std::string(d::extensionStatusKey(d::ExtensionStatus::Pending)) + "')";
  }
  if (d::petitionBoxOnlyOverdue(q.box)) {
    // Overdue once the due day has ended; the bound is the start of today (CST).
    f.where += " AND p.due_at IS NOT NULL AND p.due_at < ?";
    f.ids.push_back(d::startOfLocalDay(d::localDate(instantFromSeconds(now))).unixSeconds());
  }
  if (!q.category.empty()) {
    f.where += " AND p.category = ?";
    f.texts.push_back(q.category);
  }
  if (!q.page.query.empty()) {
    f.where +=
        " AND (p.number LIKE ? ESCAPE '\\' OR p.title LIKE ? ESCAPE '\\' OR p.enterprise_id IN "
        "(SELECT qe.id FROM enterprises qe WHERE qe.name LIKE ? ESCAPE '\\'))";
    f.texts.insert(f.texts.end(), 3, containsPattern(q.page.query));
  }
  f.key = f.where;
  for (long long id : scope.params) f.key += "|" + std::to_string(id);
  for (long long id : f.ids) f.key += "|" + std::to_string(id);
  for (const auto& t : f.texts) f.key += "|" + t;
  return f;
}

int bindPetitionFilter(SQLite::Statement& s, int index, const db::SqlCondition& scope, const BoxFilter& f) {
  index = db::bindCondition(s, index, scope);
  for (long long id : f.ids) s.bind(index++, static_cast<int64_t>(id));
  for (const auto& t : f.texts) s.bind(index++, t);
  return index;
}

std::string petitionOrder(const d::PageRequest& page) {
  const bool desc = page.descending;
  const char* dir = desc ? " DESC" : "";
  const auto sort = d::petitionSortFromKey(page.sort);
  if (!sort) return "p.updated_at DESC, p.id DESC";  // newest activity first
  switch (*sort) {
    case d::PetitionSort::Due: return std::string("(p.due_at IS NULL), p.due_at") + dir + ", p.id" + dir;
    case d::PetitionSort::Submitted:
      return std::string("(p.submitted_at IS NULL), p.submitted_at") + dir + ", p.id" + dir;
    case d::PetitionSort::Number: return std::string("p.number") + dir;
    case d::PetitionSort::Updated: return std::string("p.updated_at") + dir + ", p.id" + dir;
  }
  return "p.updated_at DESC, p.id DESC";
}

long long countOf(SQLite::Database& db, const db::SqlCondition& scope, const BoxFilter& f, PetitionCountCache& counts) {
  const long long generation = counts.generation();
  if (auto cached = counts.find(f.key, generation)) return *cached;
  CachedStatement countCached(db, "SELECT count(*) FROM petitions p" + f.where);
  SQLite::Statement& count = *countCached;
  bindPetitionFilter(count, 1, scope, f);
  count.executeStep();
  const long long total = count.getColumn(0).getInt64();
  counts.store(f.key, generation, total);
  return total;
}

constexpr const char* kPetitionSummarySelect =
    "SELECT p.id, p.number, p.title, p.category, p.state, p.outcome, p.enterprise_id, e.name, p.cadre_id, c.name, "
    "p.handler_unit_id, u.name, p.handler_region_id, hr.name, p.submitted_at, p.updated_at, p.revision, k.kind, "
    "k.started_at, COALESCE(k.extended_due_date, k.due_date) ";
constexpr const char* kSummaryJoins =
    " JOIN enterprises e ON e.id = p.enterprise_id LEFT JOIN cadres c ON c.id = p.cadre_id"
    " LEFT JOIN units u ON u.id = p.handler_unit_id LEFT JOIN regions hr ON hr.id = p.handler_region_id"
    " LEFT JOIN petition_clocks k ON k.petition_id = p.id AND k.finished_at IS NULL";

d::PetitionSummary readPetitionSummary(SQLite::Statement& s, const d::HolidayCalendar& calendar, long long now) {
  d::PetitionSummary r;
  r.id = s.getColumn(0).getInt64();
  r.number = s.getColumn(1).getString();
  r.title = s.getColumn(2).getString();
  r.category = s.getColumn(3).getString();
  r.state = d::petitionStateFromKey(s.getColumn(4).getString()).value_or(PetitionState::Draft);
  r.outcome = d::petitionOutcomeFromKey(s.getColumn(5).getString()).value_or(d::PetitionOutcome::None);
  r.enterprise = {s.getColumn(6).getInt64(), s.getColumn(7).getString()};
  if (!s.getColumn(8).isNull()) r.cadre = d::NamedRef{s.getColumn(8).getInt64(), s.getColumn(9).getString()};
  if (!s.getColumn(10).isNull()) {
    r.handler = d::NamedRef{s.getColumn(10).getInt64(), s.getColumn(11).getString()};
    r.handlerKind = d::HandlerKind::Unit;
  } else if (!s.getColumn(12).isNull()) {
    r.handler = d::NamedRef{s.getColumn(12).getInt64(), s.getColumn(13).getString()};
    r.handlerKind = d::HandlerKind::County;
  }
  r.submittedAt = optTime(s.getColumn(14));
  r.updatedAt = formatChinaTime(s.getColumn(15).getInt64());
  r.revision = s.getColumn(16).getInt64();
  if (!s.getColumn(17).isNull()) {
    if (auto kind = d::clockKindFromKey(s.getColumn(17).getString())) {
      r.deadline = d::petitionDeadlineOf(calendar, *kind, instantFromSeconds(s.getColumn(18).getInt64()),
                                         optDate(s.getColumn(19)), instantFromSeconds(now));
    }
  }
  return r;
}

std::string roleLabelOf(const std::string& key) {
  if (key.empty()) return "平台";
  auto role = d::roleFromKey(key);
  return role ? std::string(d::roleDisplayName(*role)) : key;
}

void readVersions(SQLite::Database& db, d::PetitionDetail& out) {
  CachedStatement sCached(db,
                      "SELECT id, kind, title, category, description, contact_name, contact_mobile, author_label, "
                      "created_at FROM petition_versions WHERE petition_id = ? ORDER BY id");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(out.summary.id));
  while (s.executeStep()) {
    d::PetitionVersion v;
    v.id = s.getColumn(0).getInt64();
    v.kind = d::versionKindFromKey(s.getColumn(1).getString()).value_or(d::VersionKind::Submitted);
    v.content = {s.getColumn(2).getString(), s.getColumn(3).getString(), s.getColumn(4).getString(),
                 s.getColumn(5).getString(), s.getColumn(6).getString()};
    v.author = s.getColumn(7).getString();
    v.at = formatChinaTime(s.getColumn(8).getInt64());
    out.versions.push_back(std::move(v));
  }
}

void readClocks(SQLite::Database& db, d::PetitionDetail& out) {
  CachedStatement sCached(db,
                      "SELECT id, kind, started_at, working_days, COALESCE(extended_due_date, due_date), "
                      "extended_due_date IS NOT NULL, finished_at, on_time, responsible FROM petition_clocks "
                      "WHERE petition_id = ? ORDER BY id");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(out.summary.id));
  while (s.executeStep()) {
    d::PetitionClock k;
    k.id = s.getColumn(0).getInt64();
    k.kind = d::clockKindFromKey(s.getColumn(1).getString()).value_or(d::ClockKind::Review);
    k.startedAt = formatChinaTime(s.getColumn(2).getInt64());
    k.workingDays = s.getColumn(3).getInt();
    k.dueDate = optDate(s.getColumn(4));
    if (k.dueDate) k.dueAt = d::formatChinaTime(d::endOfLocalDay(*k.dueDate));
    k.extended = s.getColumn(5).getInt() != 0;
    k.finishedAt = optTime(s.getColumn(6));
    if (!s.getColumn(7).isNull()) k.onTime = s.getColumn(7).getInt() != 0;
    k.responsible = s.getColumn(8).getString();
    out.clocks.push_back(std::move(k));
  }
}

void readEvents(SQLite::Database& db, d::PetitionDetail& out) {
  CachedStatement sCached(db,
                      "SELECT id, at, action, actor_label, actor_role, from_state, to_state, note FROM petition_events "
                      "WHERE petition_id = ? ORDER BY id");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(out.summary.id));
  while (s.executeStep()) {
    d::PetitionEvent e;
    e.id = s.getColumn(0).getInt64();
    e.at = formatChinaTime(s.getColumn(1).getInt64());
    e.action = s.getColumn(2).getString();
    e.actionLabel = d::petitionEventLabel(e.action);
    e.actor = s.getColumn(3).getString();
    e.actorRole = roleLabelOf(s.getColumn(4).getString());
    e.from = d::petitionStateFromKey(s.getColumn(5).getString()).value_or(PetitionState::Draft);
    e.to = d::petitionStateFromKey(s.getColumn(6).getString()).value_or(PetitionState::Draft);
    e.note = s.getColumn(7).getString();
    out.events.push_back(std::move(e));
  }
}

void readRecords(SQLite::Database& db, d::PetitionDetail& out) {
  const auto id = static_cast<int64_t>(out.summary.id);
  CachedStatement resultsCached(db,
                            "SELECT r.round, r.text, COALESCE(a.login_name, ''), r.submitted_at FROM petition_results r "
                            "LEFT JOIN accounts a ON a.id = r.submitted_by WHERE r.petition_id = ? ORDER BY r.id");
  SQLite::Statement& results = *resultsCached;
  results.bind(1, id);
  while (results.executeStep()) {
    out.results.push_back({results.getColumn(0).getInt(), results.getColumn(1).getString(),
                           results.getColumn(2).getString(), formatChinaTime(results.getColumn(3).getInt64())});
  }
  CachedStatement ratingsCached(db,
                            "SELECT round, rating, comment, rated_at, set_aside FROM petition_ratings WHERE petition_id = ? "
                            "ORDER BY id");
  SQLite::Statement& ratings = *ratingsCached;
  ratings.bind(1, id);
  while (ratings.executeStep()) {
    d::PetitionRating r;
    r.round = ratings.getColumn(0).getInt();
    r.rating = d::ratingFromKey(ratings.getColumn(1).getString()).value_or(d::Rating::Satisfied);
    r.comment = ratings.getColumn(2).getString();
    r.at = formatChinaTime(ratings.getColumn(3).getInt64());
    r.setAside = ratings.getColumn(4).getInt() != 0;
    out.ratings.push_back(std::move(r));
  }
  CachedStatement extensionsCached(db,
                               "SELECT id, reason, requested_due_date, requested_at, status, decided_due_date, "
                               "decision_note, decided_at FROM petition_extensions WHERE petition_id = ? ORDER BY id");
  SQLite::Statement& extensions = *extensionsCached;
  extensions.bind(1, id);
  while (extensions.executeStep()) {
    d::PetitionExtension x;
    x.id = extensions.getColumn(0).getInt64();
    x.reason = extensions.getColumn(1).getString();
    x.requestedDueDate = optDate(extensions.getColumn(2)).value_or(d::Date{});
    x.requestedAt = formatChinaTime(extensions.getColumn(3).getInt64());
    x.status = d::extensionStatusFromKey(extensions.getColumn(4).getString()).value_or(d::ExtensionStatus::Pending);
    x.decidedDueDate = optDate(extensions.getColumn(5));
    x.decisionNote = extensions.getColumn(6).getString();
    x.decidedAt = optTime(extensions.getColumn(7));
    out.extensions.push_back(std::move(x));
  }
  CachedStatement appealsCached(db,
                            "SELECT id, reason, filed_at, status, decision_note, decided_at FROM petition_appeals "
                            "WHERE petition_id = ? ORDER BY id");
  SQLite::Statement& appeals = *appealsCached;
  appeals.bind(1, id);
  while (appeals.executeStep()) {
    d::PetitionAppeal a;
    a.id = appeals.getColumn(0).getInt64();
    a.reason = appeals.getColumn(1).getString();
    a.filedAt = formatChinaTime(appeals.getColumn(2).getInt64());
    a.status = d::appealStatusFromKey(appeals.getColumn(3).getString()).value_or(d::AppealStatus::Pending);
    a.decisionNote = appeals.getColumn(4).getString();
    a.decidedAt = optTime(appeals.getColumn(5));
    out.appeals.push_back(std::move(a));
  }
  CachedStatement visitsCached(db,
                           "SELECT v.id, v.visited_on, v.method, v.note, COALESCE(a.login_name, '') FROM petition_visits v "
                           "LEFT JOIN accounts a ON a.id = v.recorded_by WHERE v.petition_id = ? ORDER BY v.id");
  SQLite::Statement& visits = *visitsCached;
  visits.bind(1, id);
  while (visits.executeStep()) {
    d::PetitionVisit v;
    v.id = visits.getColumn(0).getInt64();
    v.visitedOn = optDate(visits.getColumn(1)).value_or(d::Date{});
    v.method = visits.getColumn(2).getString();
    v.note = visits.getColumn(3).getString();
    v.recordedBy = visits.getColumn(4).getString();
    out.visits.push_back(std::move(v));
  }
}

}  // namespace

std::optional<long long> PetitionCountCache::find(const std::string& key, long long generation) {
  std::shared_lock lock(m_mutex);
  auto it = m_entries.find(key);
  if (it == m_entries.end() || it->second.generation != generation) return std::nullopt;
  if (std::chrono::steady_clock::now() - it->second.storedAt > std::chrono::minutes(1)) return std::nullopt;
  return it->second.total;
}

void PetitionCountCache::store(const std::string& key, long long generation, long long total) {
  std::unique_lock lock(m_mutex);
  if (m_entries.size() > 20000) m_entries.clear();  // searches make many keys; keep memory bounded
  m_entries[key] = {generation, total, std::chrono::steady_clock::now()};
}

std::shared_ptr<const std::string> PetitionCountCache::findPage(const std::string& key, long long generation) {
  std::shared_lock lock(m_mutex);
  auto it = m_pages.find(key);
  if (it == m_pages.end() || it->second.generation != generation) return nullptr;
  if (std::chrono::steady_clock::now() - it->second.storedAt > std::chrono::minutes(1)) return nullptr;
  return it->second.body;
}

void PetitionCountCache::storePage(const std::string& key, long long generation, std::string body) {
  std::unique_lock lock(m_mutex);
  if (m_pages.size() > 2000) m_pages.clear();  // ~20 KB a page: at most ~40 MB
  m_pages[key] = {generation, std::make_shared<const std::string>(std::move(body)), std::chrono::steady_clock::now()};
}

std::string petitionListCacheKey(const auth::AuthContext& who, const domain::PetitionListQuery& query, long long now) {
  const auto scope = auth::Scope(who).petitions();
  std::string key = std::string(d::roleKey(who.role)) + "|" + scope.sql;
  for (long long id : scope.params) key += "|" + std::to_string(id);
  key += "|" + std::string(d::petitionBoxKey(query.box)) + "|" + query.page.query + "|" + query.page.sort + "|" +
         (query.page.descending ? "d" : "a") + "|" + std::to_string(query.page.page) + "|" +
         std::to_string(query.page.pageSize) + "|" + (query.state ? std::string(d::petitionStateKey(*query.state)) : "") +
         "|" + query.category + "|" + d::localDate(instantFromSeconds(now)).toIso();
  return key;
}

domain::Result<domain::Page<domain::PetitionSummary>> listPetitions(SQLite::Database& db, const auth::AuthContext& who,
                                                                    const domain::PetitionListQuery& query,
                                                                    const domain::HolidayCalendar& calendar,
                                                                    long long now, PetitionCountCache& counts) {
  if (!d::petitionBoxAllowed(query.box, who.role)) {
    return d::DomainError::of(d::ErrorCode::Forbidden, "当前账号没有这个诉求列表");
  }
  const auto scope = auth::Scope(who).petitions();
  const BoxFilter filter = petitionFilterOf(query, scope, who.role, now);

  d::Page<d::PetitionSummary> page;
  page.total = countOf(db, scope, filter, counts);
  const d::PageRequest request = clampToTotal(query.page, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  if (page.total == 0) return page;
  // The page's ids first (an index walk over narrow rows), then only those rows with their names.
  const std::string order = " ORDER BY " + petitionOrder(request);
  CachedStatement rowsCached(db, std::string(kPetitionSummarySelect) + "FROM (SELECT p.id FROM petitions p" + filter.where + order +
                                 " LIMIT ? OFFSET ?) ids JOIN petitions p ON p.id = ids.id" + kSummaryJoins + order);
  SQLite::Statement& rows = *rowsCached;
  int index = bindPetitionFilter(rows, 1, scope, filter);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(d::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(readPetitionSummary(rows, calendar, now));
  return page;
}

std::vector<domain::PetitionSummary> petitionSummariesOf(SQLite::Database& db, const auth::AuthContext& who,
                                                         const std::vector<long long>& ids,
                                                         const domain::HolidayCalendar& calendar, long long now) {
  std::vector<d::PetitionSummary> out;
  if (ids.empty()) return out;
  const auto scope = auth::Scope(who).petitions();
  std::string list;
  for (std::size_t i = 0; i < ids.size(); ++i) list += i == 0 ? "?" : ", ?";
  CachedStatement rowsCached(db, std::string(kPetitionSummarySelect) + "FROM petitions p" + kSummaryJoins + " WHERE p.id IN (" +
                                 list + ") AND (" + scope.sql + ")");
  SQLite::Statement& rows = *rowsCached;
  int index = 1;
  for (long long id : ids) rows.bind(index++, static_cast<int64_t>(id));
  db::bindCondition(rows, index, scope);
  std::unordered_map<long long, d::PetitionSummary> byId;
  while (rows.executeStep()) {
    auto summary = readPetitionSummary(rows, calendar, now);
    byId.emplace(summary.id, std::move(summary));
  }
  for (long long id : ids) {
    if (auto it = byId.find(id); it != byId.end()) out.push_back(std::move(it->second));
  }
  return out;
}

std::vector<std::pair<domain::PetitionBox, long long>> petitionBoxCounts(SQLite::Database& db,
                                                                        const auth::AuthContext& who,
                                                                        long long now, PetitionCountCache& counts) {
  // Only the lists where someone waits on the caller get a badge.
  static constexpr d::PetitionBox kActionBoxes[] = {d::PetitionBox::Review,     d::PetitionBox::ToSign,
                                                    d::PetitionBox::SubmitResult, d::PetitionBox::Dispatch,
                                                    d::PetitionBox::Extensions, d::PetitionBox::Appeals,
                                                    d::PetitionBox::Overdue};
  std::vector<std::pair<d::PetitionBox, long long>> out;
  const auto scope = auth::Scope(who).petitions();
  for (auto box : kActionBoxes) {
    if (!d::petitionBoxAllowed(box, who.role)) continue;
    d::PetitionListQuery q;
    q.box = box;
    out.emplace_back(box, countOf(db, scope, petitionFilterOf(q, scope, who.role, now), counts));
  }
  return out;
}

domain::Result<domain::PetitionDetail> loadPetitionDetail(SQLite::Database& db, const auth::AuthContext& who,
                                                          long long id, const domain::HolidayCalendar& calendar,
                                                          long long now) {
  const auto scope = auth::Scope(who).petitions();
  CachedStatement sCached(db, std::string(kPetitionSummarySelect) +
                              ", en.uscc, COALESCE(rg.name, ''), COALESCE(g.name, '') FROM petitions p" + kSummaryJoins +
                              " JOIN enterprises en ON en.id = p.enterprise_id LEFT JOIN regions rg ON rg.id = p.region_id"
                              " LEFT JOIN industry_groups g ON g.id = p.industry_group_id WHERE p.id = ? AND (" +
                              scope.sql + ")");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(id));
  db::bindCondition(s, 2, scope);
  if (!s.executeStep()) return d::DomainError::of(d::ErrorCode::NotFound, "诉求不存在");

  d::PetitionDetail out;
  out.summary = readPetitionSummary(s, calendar, now);
  out.enterpriseUscc = s.getColumn(20).getString();
  out.regionName = s.getColumn(21).getString();
  out.industryGroupName = s.getColumn(22).getString();

  PetitionRepository repo(db);
  auto row = repo.find(id, scope);
  if (!row) return d::DomainError::of(d::ErrorCode::NotFound, "诉求不存在");
  out.content = row->content;
  readVersions(db, out);
  readClocks(db, out);
  readEvents(db, out);
  out.attachments = AttachmentRepository(db).listLive(id);
  readRecords(db, out);
  out.actions = d::availablePetitionActions(factsOf(repo, *row, calendar, now).facts, who.role);
  // The contact's mobile as the caller may see it (petition_contact.hpp); the 分办单 is drawn from
  // this detail, so the paper is masked too.
  out.content = d::contentAsSeenBy(std::move(out.content), who.role);
  for (auto& version : out.versions) version.content = d::contentAsSeenBy(std::move(version.content), who.role);
  return out;
}

}  // namespace qinqing::backend::petition
