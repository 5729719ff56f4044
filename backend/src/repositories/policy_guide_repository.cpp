#include "repositories/policy_guide_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>

#include "db/sql_helpers.hpp"
#include "repositories/content_attachment_repository.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr const char* kPolicyColumns =
    "p.id, p.state, p.version, p.title, p.issuer, p.document_number, p.issued_on, p.valid_until, p.summary, p.body, "
    "p.created_at, p.updated_at, p.published_at, p.withdrawn_at";

std::string policyTimeText(const SQLite::Column& column) {
  auto t = db::optionalInt(column);
  return t ? formatChinaTime(*t) : std::string();
}

wire::PolicyGuideView readPolicyGuideView(SQLite::Statement& s) {
  wire::PolicyGuideView p;
  p.id = s.getColumn(0).getInt64();
  p.state = d::publicationStateFromKey(s.getColumn(1).getString()).value_or(d::PublicationState::Draft);
  p.version = s.getColumn(2).getInt();
  p.content.title = s.getColumn(3).getString();
  p.content.issuer = s.getColumn(4).getString();
  p.content.documentNumber = s.getColumn(5).getString();
  if (auto date = d::Date::parseIso(s.getColumn(6).getString())) p.content.issuedOn = date.value();
  if (!s.getColumn(7).isNull()) {
    if (auto date = d::Date::parseIso(s.getColumn(7).getString())) p.content.validUntil = date.value();
  }
  p.content.summary = s.getColumn(8).getString();
  p.content.body = s.getColumn(9).getString();
  p.createdAt = policyTimeText(s.getColumn(10));
  p.updatedAt = policyTimeText(s.getColumn(11));
  p.publishedAt = policyTimeText(s.getColumn(12));
  p.withdrawnAt = policyTimeText(s.getColumn(13));
  return p;
}

using IdLists = std::map<long long, std::vector<long long>>;

IdLists idLists(SQLite::Database& db, const char* table, const char* column, std::optional<long long> onlyId) {
  IdLists out;
  SQLite::Statement s(db, std::string("SELECT policy_id, ") + column + " FROM " + table +
                              (onlyId ? " WHERE policy_id = ?" : "") + " ORDER BY policy_id, " + column);
  if (onlyId) s.bind(1, static_cast<int64_t>(*onlyId));
  while (s.executeStep()) out[s.getColumn(0).getInt64()].push_back(s.getColumn(1).getInt64());
  return out;
}

void writeIds(SQLite::Database& db, long long id, const char* table, const char* column, const std::vector<long long>& ids) {
  SQLite::Statement clear(db, std::string("DELETE FROM ") + table + " WHERE policy_id = ?");
  clear.bind(1, static_cast<int64_t>(id));
  clear.exec();
  SQLite::Statement ins(db, std::string("INSERT OR IGNORE INTO ") + table + " (policy_id, " + column + ") VALUES (?, ?)");
  for (long long v : ids) {
    ins.bind(1, static_cast<int64_t>(id));
    ins.bind(2, static_cast<int64_t>(v));
    ins.exec();
    ins.reset();
  }
}

void bindDraft(SQLite::Statement& s, const d::PolicyGuideDraft& p) {
  s.bind(1, p.title);
  s.bind(2, p.issuer);
  s.bind(3, p.documentNumber);
  s.bind(4, p.issuedOn.toIso());
  if (p.validUntil) s.bind(5, p.validUntil->toIso());
  else s.bind(5);
  s.bind(6, p.summary);
  s.bind(7, p.body);
}

void attachLists(wire::PolicyGuideView& p, const IdLists& industries, const IdLists& regions) {
  if (auto it = industries.find(p.id); it != industries.end()) p.content.industryGroupIds = it->second;
  if (auto it = regions.find(p.id); it != regions.end()) p.content.regionIds = it->second;
}

}  // namespace

long long PolicyGuideRepository::insert(const d::PolicyGuideDraft& draft, std::optional<long long> accountId,
                                        long long now) {
  SQLite::Statement s(m_db, R"SQL(
INSERT INTO policy_guides (title, issuer, document_number, issued_on, valid_until, summary, body, created_at, created_by,
                           updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))SQL");
  bindDraft(s, draft);
  s.bind(8, static_cast<int64_t>(now));
  db::bindOptional(s, 9, accountId);
  s.bind(10, static_cast<int64_t>(now));
  const long long id = db::insertAndGetId(s, m_db);
  writeIds(m_db, id, "policy_guide_industries", "industry_group_id", draft.industryGroupIds);
  writeIds(m_db, id, "policy_guide_regions", "region_id", draft.regionIds);
  return id;
}

void PolicyGuideRepository::update(long long id, const d::PolicyGuideDraft& draft, int version, long long now) {
  SQLite::Statement s(m_db, R"SQL(
UPDATE policy_guides SET title = ?, issuer = ?, document_number = ?, issued_on = ?, valid_until = ?, summary = ?,
  body = ?, version = ?, updated_at = ? WHERE id = ?)SQL");
  bindDraft(s, draft);
  s.bind(8, version);
  s.bind(9, static_cast<int64_t>(now));
  s.bind(10, static_cast<int64_t>(id));
  s.exec();
  writeIds(m_db, id, "policy_guide_industries", "industry_group_id", draft.industryGroupIds);
  writeIds(m_db, id, "policy_guide_regions", "region_id", draft.regionIds);
}

void PolicyGuideRepository::saveVersion(long long id, int version, const d::PolicyGuideDraft& draft,
                                        std::optional<long long> accountId, long long now) {
  SQLite::Statement s(m_db,
                      "INSERT OR REPLACE INTO policy_guide_versions (policy_id, version, content_json, saved_at, saved_by) "
                      "VALUES (?, ?, ?, ?, ?)");
  s.bind(1, static_cast<int64_t>(id));
  s.bind(2, version);
  s.bind(3, wire::policyGuideDraftToJson(draft).dump());
  s.bind(4, static_cast<int64_t>(now));
  db::bindOptional(s, 5, accountId);
  s.exec();
}

void PolicyGuideRepository::setState(long long id, d::PublicationState state, long long now) {
  SQLite::Statement s(m_db, R"SQL(
UPDATE policy_guides SET state = ?1, updated_at = ?2,
  published_at = CASE WHEN ?1 = 'published' THEN coalesce(published_at, ?2) ELSE published_at END,
  withdrawn_at = CASE WHEN ?1 = 'withdrawn' THEN ?2 ELSE withdrawn_at END
WHERE id = ?3)SQL");
  s.bind(1, std::string(d::publicationStateKey(state)));
  s.bind(2, static_cast<int64_t>(now));
  s.bind(3, static_cast<int64_t>(id));
  s.exec();
}

std::optional<wire::PolicyGuideView> PolicyGuideRepository::find(long long id) {
  SQLite::Statement s(m_db, std::string("SELECT ") + kPolicyColumns + " FROM policy_guides p WHERE p.id = ?");
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  auto p = readPolicyGuideView(s);
  attachLists(p, idLists(m_db, "policy_guide_industries", "industry_group_id", id),
              idLists(m_db, "policy_guide_regions", "region_id", id));
  p.attachments = ContentAttachmentRepository(m_db, ContentOwner::PolicyGuide).listLive(id);
  return p;
}

std::vector<PolicyGuideVersion> PolicyGuideRepository::versions(long long id) {
  SQLite::Statement s(m_db, R"SQL(
SELECT v.version, v.content_json, v.saved_at, coalesce(a.login_name, '')
FROM policy_guide_versions v LEFT JOIN accounts a ON a.id = v.saved_by WHERE v.policy_id = ? ORDER BY v.version DESC)SQL");
  s.bind(1, static_cast<int64_t>(id));
  std::vector<PolicyGuideVersion> out;
  while (s.executeStep()) {
    PolicyGuideVersion v;
    v.version = s.getColumn(0).getInt();
    auto content = wire::policyGuideDraftFromJson(nlohmann::json::parse(s.getColumn(1).getString(), nullptr, false));
    if (content) v.content = std::move(content).value();
    v.savedAt = formatChinaTime(s.getColumn(2).getInt64());
    v.savedBy = s.getColumn(3).getString();
    out.push_back(std::move(v));
  }
  return out;
}

d::Page<wire::PolicyGuideView> PolicyGuideRepository::listForAdmin(const d::PageRequest& page,
                                                                   std::optional<d::PublicationState> state) {
  const std::string where =
      " WHERE (?1 = '' OR p.title LIKE ?1 ESCAPE '\\' OR p.issuer LIKE ?1 ESCAPE '\\' OR p.document_number LIKE ?1 "
      "ESCAPE '\\' OR p.body LIKE ?1 ESCAPE '\\') AND (?2 = '' OR p.state = ?2)";
  std::string order = " ORDER BY p.updated_at";
  if (page.sort == "issued_on") order = " ORDER BY p.issued_on";
  if (page.sort == "title") order = " ORDER BY p.title";
  order += page.descending ? " DESC, p.id DESC" : " ASC, p.id ASC";
  auto bind = [&](SQLite::Statement& stmt) {
    stmt.bind(1, page.query.empty() ? std::string() : containsPattern(page.query));
    stmt.bind(2, state ? std::string(d::publicationStateKey(*state)) : std::string());
    return 3;
  };
  auto result = readPage<wire::PolicyGuideView>(m_db, "SELECT count(*) FROM policy_guides p" + where,
                                                std::string("SELECT ") + kPolicyColumns + " FROM policy_guides p" + where + order,
                                                page, bind, readPolicyGuideView);
  const auto industries = idLists(m_db, "policy_guide_industries", "industry_group_id", std::nullopt);
  const auto regions = idLists(m_db, "policy_guide_regions", "region_id", std::nullopt);
  std::vector<long long> ids;
  for (const auto& p : result.items) ids.push_back(p.id);
  auto files = ContentAttachmentRepository(m_db, ContentOwner::PolicyGuide).listLive(ids);
  for (auto& p : result.items) {
    attachLists(p, industries, regions);
    if (auto it = files.find(p.id); it != files.end()) p.attachments = it->second;
  }
  return result;
}

std::vector<PolicyGuideHeader> PolicyGuideRepository::publishedHeaders(const std::string& q) {
  std::string sql = "SELECT p.id, p.issued_on, p.title FROM policy_guides p WHERE p.state = 'published'";
  if (!q.empty()) {
    sql += " AND (p.title LIKE ?1 ESCAPE '\\' OR p.issuer LIKE ?1 ESCAPE '\\' OR p.document_number LIKE ?1 ESCAPE '\\' "
           "OR p.summary LIKE ?1 ESCAPE '\\' OR p.body LIKE ?1 ESCAPE '\\')";
  }
  SQLite::Statement s(m_db, sql);
  if (!q.empty()) s.bind(1, containsPattern(q));
  const auto industries = idLists(m_db, "policy_guide_industries", "industry_group_id", std::nullopt);
  const auto regions = idLists(m_db, "policy_guide_regions", "region_id", std::nullopt);
  std::vector<PolicyGuideHeader> out;
  while (s.executeStep()) {
    PolicyGuideHeader h;
    h.id = s.getColumn(0).getInt64();
    h.issuedOn = s.getColumn(1).getString();
    h.title = s.getColumn(2).getString();
    if (auto it = industries.find(h.id); it != industries.end()) h.industryGroupIds = it->second;
    if (auto it = regions.find(h.id); it != regions.end()) h.regionIds = it->second;
    out.push_back(std::move(h));
  }
  return out;
}

std::set<long long> PolicyGuideRepository::readIds(long long accountId) {
  SQLite::Statement s(m_db, "SELECT policy_id FROM policy_guide_reads WHERE account_id = ?");
  s.bind(1, static_cast<int64_t>(accountId));
  std::set<long long> out;
  while (s.executeStep()) out.insert(s.getColumn(0).getInt64());
  return out;
}

void PolicyGuideRepository::markRead(long long id, long long accountId, long long now) {
  SQLite::Statement s(m_db, "INSERT OR IGNORE INTO policy_guide_reads (policy_id, account_id, read_at) VALUES (?, ?, ?)");
  s.bind(1, static_cast<int64_t>(id));
  s.bind(2, static_cast<int64_t>(accountId));
  s.bind(3, static_cast<int64_t>(now));
  s.exec();
}

}  // namespace qinqing::backend
