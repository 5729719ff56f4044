#include "repositories/announcement_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>

#include "db/sql_helpers.hpp"
#include "repositories/content_attachment_repository.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr const char* kAnnouncementColumns =
    "a.id, a.state, a.version, a.title, a.body, a.pinned, a.created_at, a.updated_at, a.published_at, a.withdrawn_at, "
    "a.sms_queued";

std::string timeText(const SQLite::Column& column) {
  auto t = db::optionalInt(column);
  return t ? formatChinaTime(*t) : std::string();
}

wire::AnnouncementView readView(SQLite::Statement& s) {
  wire::AnnouncementView a;
  a.id = s.getColumn(0).getInt64();
  a.state = d::publicationStateFromKey(s.getColumn(1).getString()).value_or(d::PublicationState::Draft);
  a.version = s.getColumn(2).getInt();
  a.content.title = s.getColumn(3).getString();
  a.content.body = s.getColumn(4).getString();
  a.content.pinned = s.getColumn(5).getInt() != 0;
  a.createdAt = timeText(s.getColumn(6));
  a.updatedAt = timeText(s.getColumn(7));
  a.publishedAt = timeText(s.getColumn(8));
  a.withdrawnAt = timeText(s.getColumn(9));
  a.smsQueued = s.getColumn(10).getInt();
  return a;
}

void writeAudience(SQLite::Database& db, long long id, const d::Audience& audience) {
  SQLite::Statement clearRoles(db, "DELETE FROM announcement_roles WHERE announcement_id = ?");
  clearRoles.bind(1, static_cast<int64_t>(id));
  clearRoles.exec();
  SQLite::Statement clearRegions(db, "DELETE FROM announcement_regions WHERE announcement_id = ?");
  clearRegions.bind(1, static_cast<int64_t>(id));
  clearRegions.exec();
  SQLite::Statement role(db, "INSERT OR IGNORE INTO announcement_roles (announcement_id, role) VALUES (?, ?)");
  for (d::Role r : audience.roles) {
    role.bind(1, static_cast<int64_t>(id));
    role.bind(2, std::string(d::roleKey(r)));
    role.exec();
    role.reset();
  }
  SQLite::Statement region(db, "INSERT OR IGNORE INTO announcement_regions (announcement_id, region_id) VALUES (?, ?)");
  for (long long r : audience.regionIds) {
    region.bind(1, static_cast<int64_t>(id));
    region.bind(2, static_cast<int64_t>(r));
    region.exec();
    region.reset();
  }
}

// Every announcement's audience, or only those of `ids`' rows already read.
std::map<long long, d::Audience> audiences(SQLite::Database& db, std::optional<long long> onlyId) {
  std::map<long long, d::Audience> out;
  const std::string where = onlyId ? " WHERE announcement_id = ?" : "";
  SQLite::Statement roles(db, "SELECT announcement_id, role FROM announcement_roles" + where + " ORDER BY rowid");
  if (onlyId) roles.bind(1, static_cast<int64_t>(*onlyId));
  while (roles.executeStep()) {
    if (auto r = d::roleFromKey(roles.getColumn(1).getString())) out[roles.getColumn(0).getInt64()].roles.push_back(*r);
  }
  SQLite::Statement regions(db, "SELECT announcement_id, region_id FROM announcement_regions" + where +
                                    " ORDER BY announcement_id, region_id");
  if (onlyId) regions.bind(1, static_cast<int64_t>(*onlyId));
  while (regions.executeStep()) out[regions.getColumn(0).getInt64()].regionIds.push_back(regions.getColumn(1).getInt64());
  return out;
}

void attachAudience(SQLite::Database& db, wire::AnnouncementView& a) {
  auto all = audiences(db, a.id);
  if (auto it = all.find(a.id); it != all.end()) a.content.audience = it->second;
}

}  // namespace

long long AnnouncementRepository::insert(const d::AnnouncementDraft& draft, long long accountId, long long now) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO announcements (title, body, pinned, created_at, created_by, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
  stmt.bind(1, draft.title);
  stmt.bind(2, draft.body);
  stmt.bind(3, draft.pinned ? 1 : 0);
  stmt.bind(4, static_cast<int64_t>(now));
  db::bindOptional(stmt, 5, accountId > 0 ? std::optional<long long>(accountId) : std::nullopt);
  stmt.bind(6, static_cast<int64_t>(now));
  const long long id = db::insertAndGetId(stmt, m_db);
  writeAudience(m_db, id, draft.audience);
  return id;
}

void AnnouncementRepository::update(long long id, const d::AnnouncementDraft& draft, int version, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE announcements SET title = ?, body = ?, pinned = ?, version = ?, updated_at = ? WHERE id = ?");
  stmt.bind(1, draft.title);
  stmt.bind(2, draft.body);
  stmt.bind(3, draft.pinned ? 1 : 0);
  stmt.bind(4, version);
  stmt.bind(5, static_cast<int64_t>(now));
  stmt.bind(6, static_cast<int64_t>(id));
  stmt.exec();
  writeAudience(m_db, id, draft.audience);
}

void AnnouncementRepository::saveVersion(long long id, const wire::AnnouncementVersion& version, long long accountId,
                                         long long now) {
  SQLite::Statement stmt(m_db,
                         "INSERT OR REPLACE INTO announcement_versions (announcement_id, version, content_json, saved_at, "
                         "saved_by) VALUES (?, ?, ?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(id));
  stmt.bind(2, version.version);
  stmt.bind(3, wire::announcementDraftToJson(version.content).dump());
  stmt.bind(4, static_cast<int64_t>(now));
  db::bindOptional(stmt, 5, accountId > 0 ? std::optional<long long>(accountId) : std::nullopt);
  stmt.exec();
}

void AnnouncementRepository::setState(long long id, d::PublicationState state, long long now) {
  SQLite::Statement stmt(m_db, R"SQL(
UPDATE announcements SET state = ?1, updated_at = ?2,
  published_at = CASE WHEN ?1 = 'published' THEN coalesce(published_at, ?2) ELSE published_at END,
  withdrawn_at = CASE WHEN ?1 = 'withdrawn' THEN ?2 ELSE withdrawn_at END
WHERE id = ?3)SQL");
  stmt.bind(1, std::string(d::publicationStateKey(state)));
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, static_cast<int64_t>(id));
  stmt.exec();
}

void AnnouncementRepository::recordSmsQueued(long long id, int count, long long now) {
  SQLite::Statement stmt(m_db, "UPDATE announcements SET sms_queued = ?, sms_queued_at = ? WHERE id = ?");
  stmt.bind(1, count);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, static_cast<int64_t>(id));
  stmt.exec();
}

std::optional<wire::AnnouncementView> AnnouncementRepository::find(long long id, std::optional<long long> reader) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kAnnouncementColumns + " FROM announcements a WHERE a.id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  auto a = readView(stmt);
  attachAudience(m_db, a);
  a.attachments = ContentAttachmentRepository(m_db, ContentOwner::Announcement).listLive(id);
  if (reader) a.read = readIds(*reader).contains(id);
  return a;
}

std::vector<wire::AnnouncementView> AnnouncementRepository::findMany(const std::vector<long long>& ids,
                                                                     long long readerAccountId) {
  std::vector<wire::AnnouncementView> out;
  const auto read = readIds(readerAccountId);
  for (long long id : ids) {
    if (auto a = find(id)) {
      a->read = read.contains(id);
      out.push_back(std::move(*a));
    }
  }
  return out;
}

std::vector<wire::AnnouncementVersion> AnnouncementRepository::versions(long long id) {
  SQLite::Statement stmt(m_db, R"SQL(
SELECT v.version, v.content_json, v.saved_at, coalesce(acc.login_name, '')
FROM announcement_versions v LEFT JOIN accounts acc ON acc.id = v.saved_by
WHERE v.announcement_id = ? ORDER BY v.version DESC)SQL");
  stmt.bind(1, static_cast<int64_t>(id));
  std::vector<wire::AnnouncementVersion> out;
  while (stmt.executeStep()) {
    wire::AnnouncementVersion v;
    v.version = stmt.getColumn(0).getInt();
    auto content = wire::announcementDraftFromJson(nlohmann::json::parse(stmt.getColumn(1).getString(), nullptr, false));
    if (content) v.content = std::move(content).value();
    v.savedAt = formatChinaTime(stmt.getColumn(2).getInt64());
    v.savedBy = stmt.getColumn(3).getString();
    out.push_back(std::move(v));
  }
  return out;
}

d::Page<wire::AnnouncementView> AnnouncementRepository::listForAdmin(const AnnouncementAdminQuery& query) {
  // Both filters are always bound (empty: any), so LIMIT and OFFSET are parameters 3 and 4.
  const std::string where =
      " WHERE (?1 = '' OR a.title LIKE ?1 ESCAPE '\\' OR a.body LIKE ?1 ESCAPE '\\') AND (?2 = '' OR a.state = ?2)";
  std::string order = " ORDER BY a.updated_at";
  if (query.page.sort == "published_at") order = " ORDER BY coalesce(a.published_at, 0)";
  if (query.page.sort == "title") order = " ORDER BY a.title";
  order += query.page.descending ? " DESC, a.id DESC" : " ASC, a.id ASC";
  auto bind = [&](SQLite::Statement& stmt) {
    stmt.bind(1, query.page.query.empty() ? std::string() : containsPattern(query.page.query));
    stmt.bind(2, query.state ? std::string(d::publicationStateKey(*query.state)) : std::string());
    return 3;
  };
  auto page = readPage<wire::AnnouncementView>(m_db, "SELECT count(*) FROM announcements a" + where,
                                               std::string("SELECT ") + kAnnouncementColumns + " FROM announcements a" + where + order,
                                               query.page, bind,
      readView);
  auto all = audiences(m_db, std::nullopt);
  std::vector<long long> ids;
  for (const auto& a : page.items) ids.push_back(a.id);
  auto files = ContentAttachmentRepository(m_db, ContentOwner::Announcement).listLive(ids);
  for (auto& a : page.items) {
    if (auto it = all.find(a.id); it != all.end()) a.content.audience = it->second;
    if (auto it = files.find(a.id); it != files.end()) a.attachments = it->second;
  }
  return page;
}

std::vector<AnnouncementHeader> AnnouncementRepository::publishedHeaders(const std::string& q) {
  std::string sql = "SELECT a.id, a.pinned, a.published_at, a.title FROM announcements a WHERE a.state = 'published'";
  if (!q.empty()) sql += " AND (a.title LIKE ?1 ESCAPE '\\' OR a.body LIKE ?1 ESCAPE '\\')";
  SQLite::Statement stmt(m_db, sql);
  if (!q.empty()) stmt.bind(1, containsPattern(q));
  auto all = audiences(m_db, std::nullopt);
  std::vector<AnnouncementHeader> out;
  while (stmt.executeStep()) {
    AnnouncementHeader h;
    h.id = stmt.getColumn(0).getInt64();
    h.pinned = stmt.getColumn(1).getInt() != 0;
    h.publishedAt = stmt.getColumn(2).getInt64();
    h.title = stmt.getColumn(3).getString();
    if (auto it = all.find(h.id); it != all.end()) h.audience = it->second;
    out.push_back(std::move(h));
  }
  return out;
}

std::set<long long> AnnouncementRepository::readIds(long long accountId) {
  SQLite::Statement stmt(m_db, "SELECT announcement_id FROM announcement_reads WHERE account_id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  std::set<long long> out;
  while (stmt.executeStep()) out.insert(stmt.getColumn(0).getInt64());
  return out;
}

bool AnnouncementRepository::markRead(long long id, long long accountId, long long now) {
  SQLite::Statement stmt(m_db,
                         "INSERT OR IGNORE INTO announcement_reads (announcement_id, account_id, read_at) VALUES (?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(id));
  stmt.bind(2, static_cast<int64_t>(accountId));
  stmt.bind(3, static_cast<int64_t>(now));
  return stmt.exec() > 0;
}

std::vector<std::string> AnnouncementRepository::enterpriseMobiles(const std::vector<long long>& regionIds) {
  std::string sql = R"SQL(
SELECT coalesce(nullif(e.liaison_mobile, ''), a.mobile, '') FROM enterprises e
LEFT JOIN accounts a ON a.role = 'enterprise' AND a.enterprise_id = e.id)SQL";
  if (!regionIds.empty()) {
    sql += " WHERE e.region_id IN (";
    for (std::size_t i = 0; i < regionIds.size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
  }
  sql += " ORDER BY e.id";
  SQLite::Statement stmt(m_db, sql);
  for (std::size_t i = 0; i < regionIds.size(); ++i) stmt.bind(static_cast<int>(i + 1), static_cast<int64_t>(regionIds[i]));
  std::vector<std::string> out;
  while (stmt.executeStep()) {
    std::string mobile = stmt.getColumn(0).getString();
    if (!mobile.empty()) out.push_back(std::move(mobile));
  }
  return out;
}

}  // namespace qinqing::backend
