#include "repositories/bulletin_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr const char* kBulletinSelect = R"SQL(
SELECT b.id, b.kind, b.status, b.title, b.body, coalesce(c.name, e.name, ''), c.id, c.name, e.id, e.name, u.id, u.name,
       b.submitted_at, b.updated_at, b.reviewed_at, b.review_comment, b.author_account
FROM bulletins b LEFT JOIN cadres c ON c.id = b.cadre_id LEFT JOIN enterprises e ON e.id = b.enterprise_id
LEFT JOIN units u ON u.id = b.unit_id
)SQL";

std::optional<d::NamedRef> bulletinRef(SQLite::Statement& s, int i) {
  if (s.getColumn(i).isNull()) return std::nullopt;
  return d::NamedRef{s.getColumn(i).getInt64(), s.getColumn(i + 1).getString()};
}

wire::BulletinView readBulletinRow(SQLite::Statement& s) {
  wire::BulletinView b;
  b.id = s.getColumn(0).getInt64();
  b.kind = d::bulletinKindFromKey(s.getColumn(1).getString()).value_or(d::BulletinKind::CadreStory);
  b.status = d::bulletinStatusFromKey(s.getColumn(2).getString()).value_or(d::BulletinStatus::Submitted);
  b.content = {s.getColumn(3).getString(), s.getColumn(4).getString()};
  b.author = s.getColumn(5).getString();
  b.cadre = bulletinRef(s, 6);
  b.enterprise = bulletinRef(s, 8);
  b.unit = bulletinRef(s, 10);
  b.submittedAt = formatChinaTime(s.getColumn(12).getInt64());
  b.updatedAt = formatChinaTime(s.getColumn(13).getInt64());
  if (auto t = db::optionalInt(s.getColumn(14))) b.reviewedAt = formatChinaTime(*t);
  b.reviewComment = s.getColumn(15).getString();
  return b;
}

}  // namespace

long long BulletinRepository::insert(const NewBulletin& n, long long now) {
  SQLite::Statement s(m_db, R"SQL(
INSERT INTO bulletins (kind, title, body, author_account, cadre_id, enterprise_id, unit_id, submitted_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))SQL");
  s.bind(1, std::string(d::bulletinKindKey(n.kind)));
  s.bind(2, n.content.title);
  s.bind(3, n.content.body);
  s.bind(4, static_cast<int64_t>(n.authorAccountId));
  db::bindOptional(s, 5, n.cadreId);
  db::bindOptional(s, 6, n.enterpriseId);
  db::bindOptional(s, 7, n.unitId);
  s.bind(8, static_cast<int64_t>(now));
  s.bind(9, static_cast<int64_t>(now));
  return db::insertAndGetId(s, m_db);
}

void BulletinRepository::resubmit(long long id, const d::BulletinDraft& content, long long now) {
  SQLite::Statement s(m_db, "UPDATE bulletins SET title = ?, body = ?, status = 'submitted', updated_at = ? WHERE id = ?");
  s.bind(1, content.title);
  s.bind(2, content.body);
  s.bind(3, static_cast<int64_t>(now));
  s.bind(4, static_cast<int64_t>(id));
  s.exec();
}

void BulletinRepository::review(long long id, d::BulletinReview review, d::BulletinStatus status,
                                const std::string& comment, std::optional<long long> reviewer, long long now) {
  SQLite::Statement s(m_db,
                      "UPDATE bulletins SET status = ?, reviewed_at = ?, reviewed_by = ?, review_comment = ?, "
                      "updated_at = ? WHERE id = ?");
  s.bind(1, std::string(d::bulletinStatusKey(status)));
  s.bind(2, static_cast<int64_t>(now));
  db::bindOptional(s, 3, reviewer);
  s.bind(4, comment);
  s.bind(5, static_cast<int64_t>(now));
  s.bind(6, static_cast<int64_t>(id));
  s.exec();
  SQLite::Statement h(m_db,
                      "INSERT INTO bulletin_reviews (bulletin_id, review, comment, reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?)");
  h.bind(1, static_cast<int64_t>(id));
  h.bind(2, std::string(d::bulletinReviewKey(review)));
  h.bind(3, comment);
  h.bind(4, static_cast<int64_t>(now));
  db::bindOptional(h, 5, reviewer);
  h.exec();
}

std::optional<std::pair<wire::BulletinView, long long>> BulletinRepository::find(long long id) {
  SQLite::Statement s(m_db, std::string(kBulletinSelect) + " WHERE b.id = ?");
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  auto b = readBulletinRow(s);
  return std::make_pair(std::move(b), s.getColumn(16).getInt64());
}

d::Page<wire::BulletinView> BulletinRepository::list(const BulletinQuery& query) {
  std::string where = " WHERE 1";
  if (!query.page.query.empty()) where += " AND (b.title LIKE ? ESCAPE '\\' OR b.body LIKE ? ESCAPE '\\')";
  if (query.status) where += " AND b.status = ?";
  if (query.authorAccountId) where += " AND b.author_account = ?";
  if (query.kind) where += " AND b.kind = ?";
  auto bind = [&](SQLite::Statement& stmt) {
    int index = 1;
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      stmt.bind(index++, pattern);
      stmt.bind(index++, pattern);
    }
    if (query.status) stmt.bind(index++, std::string(d::bulletinStatusKey(*query.status)));
    if (query.authorAccountId) stmt.bind(index++, static_cast<int64_t>(*query.authorAccountId));
    if (query.kind) stmt.bind(index++, std::string(d::bulletinKindKey(*query.kind)));
    return index;
  };
  const bool ascending = query.page.sort == "submitted_at" && !query.page.descending;
  const std::string order = query.page.sort == "title"
                                ? std::string(" ORDER BY b.title") + (query.page.descending ? " DESC" : "") + ", b.id DESC"
                                : std::string(" ORDER BY b.submitted_at") + (ascending ? "" : " DESC") + ", b.id" +
                                      (ascending ? "" : " DESC");
  return readPage<wire::BulletinView>(m_db, "SELECT count(*) FROM bulletins b" + where, std::string(kBulletinSelect) + where + order,
                                      query.page, bind, readBulletinRow);
}

std::vector<wire::UnitBulletinCount> BulletinRepository::unitCounts(const std::string& from, const std::string& to,
                                                                    std::optional<long long> unitId,
                                                                    std::optional<long long> regionId) {
  const auto fromDate = d::Date::parseIso(from);
  const auto toDate = d::Date::parseIso(to);
  const long long start = fromDate ? d::startOfLocalDay(fromDate.value()).unixSeconds() : 0;
  const long long end = toDate ? d::startOfLocalDay(toDate.value().plusDays(1)).unixSeconds() : (1LL << 62);
  std::string sql = R"SQL(
SELECT u.id, u.name, r.id, r.name,
       (SELECT count(*) FROM bulletins b WHERE b.unit_id = u.id AND b.kind = 'cadre_story'
          AND b.submitted_at >= ?1 AND b.submitted_at < ?2),
       (SELECT count(*) FROM bulletins b WHERE b.unit_id = u.id AND b.kind = 'cadre_story' AND b.status = 'adopted'
          AND b.submitted_at >= ?1 AND b.submitted_at < ?2)
FROM units u JOIN regions r ON r.id = u.region_id
WHERE (?3 IS NULL OR u.id = ?3) AND (?4 IS NULL OR u.region_id = ?4)
ORDER BY r.sort_order, r.id, u.sort_order, u.id)SQL";
  SQLite::Statement s(m_db, sql);
  s.bind(1, static_cast<int64_t>(start));
  s.bind(2, static_cast<int64_t>(end));
  db::bindOptional(s, 3, unitId);
  db::bindOptional(s, 4, regionId);
  std::vector<wire::UnitBulletinCount> out;
  while (s.executeStep()) {
    out.push_back({{s.getColumn(0).getInt64(), s.getColumn(1).getString()},
                   {s.getColumn(2).getInt64(), s.getColumn(3).getString()},
                   s.getColumn(4).getInt(),
                   s.getColumn(5).getInt()});
  }
  return out;
}

}  // namespace qinqing::backend
