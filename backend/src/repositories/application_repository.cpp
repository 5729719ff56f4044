#include "repositories/application_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "db/sql_helpers.hpp"
#include "qinqing/wire/application_json.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kApplicationSelect =
    "SELECT a.id, a.number, a.status, a.name, a.uscc, a.region_id, r.name, a.industry_group_id, g.name, a.legal_rep, "
    "a.liaison, a.liaison_mobile, a.address, a.intro, a.submitted_at, a.reviewed_at, coalesce(acc.login_name, ''), "
    "a.reject_reason, a.enterprise_id, e.name, a.cadre_id, c.name "
    "FROM enterprise_applications a JOIN regions r ON r.id = a.region_id "
    "LEFT JOIN industry_groups g ON g.id = a.industry_group_id LEFT JOIN accounts acc ON acc.id = a.reviewed_by "
    "LEFT JOIN enterprises e ON e.id = a.enterprise_id LEFT JOIN cadres c ON c.id = a.cadre_id";

std::optional<domain::NamedRef> applicationRef(SQLite::Statement& stmt, int idColumn) {
  if (stmt.getColumn(idColumn).isNull()) return std::nullopt;
  return domain::NamedRef{stmt.getColumn(idColumn).getInt64(), stmt.getColumn(idColumn + 1).getString()};
}

domain::EnterpriseApplication read(SQLite::Statement& s) {
  domain::EnterpriseApplication a;
  a.id = s.getColumn(0).getInt64();
  a.number = s.getColumn(1).getString();
  a.status = wire::applicationStatusFromKey(s.getColumn(2).getString()).value_or(domain::ApplicationStatus::Pending);
  a.name = s.getColumn(3).getString();
  a.uscc = s.getColumn(4).getString();
  a.region = applicationRef(s, 5).value_or(domain::NamedRef{});
  a.industryGroup = applicationRef(s, 7);
  a.legalRep = s.getColumn(9).getString();
  a.liaison = s.getColumn(10).getString();
  a.liaisonMobile = s.getColumn(11).getString();
  a.address = s.getColumn(12).getString();
  a.intro = s.getColumn(13).getString();
  a.submittedAt = formatChinaTime(s.getColumn(14).getInt64());
  if (!s.getColumn(15).isNull()) a.reviewedAt = formatChinaTime(s.getColumn(15).getInt64());
  a.reviewer = s.getColumn(16).getString();
  a.rejectReason = s.getColumn(17).getString();
  a.enterprise = applicationRef(s, 18);
  a.cadre = applicationRef(s, 20);
  return a;
}

std::string applicationOrder(const std::string& sort, bool descending) {
  const std::string dir = descending ? " DESC" : " ASC";
  if (sort == "name") return "a.name" + dir + ", a.id" + dir;
  if (sort == "uscc") return "a.uscc" + dir + ", a.id" + dir;
  if (sort == "region") return "r.sort_order" + dir + ", r.id" + dir + ", a.id DESC";
  if (sort == "status") {
    return "CASE a.status WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 ELSE 2 END" + dir + ", a.id DESC";
  }
  if (sort == "submitted_at") return "a.submitted_at" + dir + ", a.id" + dir;
  return "a.submitted_at DESC, a.id DESC";  // newest first: the one just submitted is on top
}

bool existsPending(SQLite::Database& db, const char* column, std::string_view value) {
  SQLite::Statement stmt(db, std::string("SELECT EXISTS (SELECT 1 FROM enterprise_applications WHERE ") + column +
                                 " = ? AND status = 'pending')");
  stmt.bind(1, std::string(value));
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

}  // namespace

const std::vector<std::string>& applicationSortKeys() {
  static const std::vector<std::string> keys = {"submitted_at", "name", "uscc", "region", "status"};
  return keys;
}

long long ApplicationRepository::insert(const NewApplication& n) {
  // The caller holds the write lock (IMMEDIATE transaction), so max(id) + 1 is the id this row gets.
  const long long id = m_db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM enterprise_applications").getInt64();
  std::string date = formatChinaTime(n.submittedAt).substr(0, 10);
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  std::string seq = std::to_string(id);
  if (seq.size() < 6) seq.insert(0, 6 - seq.size(), '0');
  const auto& f = n.form;
  SQLite::Statement stmt(m_db,
                         "INSERT INTO enterprise_applications (id, number, name, uscc, region_id, industry_group_id, "
                         "legal_rep, liaison, liaison_mobile, address, intro, submitted_at, source_address) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(id));
  stmt.bind(2, "SQ" + date + seq);
  stmt.bind(3, f.name);
  stmt.bind(4, f.uscc);
  stmt.bind(5, static_cast<int64_t>(f.regionId));
  db::bindOptional(stmt, 6, f.industryGroupId);
  stmt.bind(7, f.legalRep);
  stmt.bind(8, f.liaison);
  stmt.bind(9, f.liaisonMobile);
  stmt.bind(10, f.address);
  stmt.bind(11, f.intro);
  stmt.bind(12, static_cast<int64_t>(n.submittedAt));
  stmt.bind(13, n.sourceAddress);
  stmt.exec();
  return id;
}

std::optional<domain::EnterpriseApplication> ApplicationRepository::find(long long id, const db::SqlCondition& scope) {
  SQLite::Statement stmt(m_db, std::string(kApplicationSelect) + " WHERE a.id = ? AND (" + scope.sql + ")");
  stmt.bind(1, static_cast<int64_t>(id));
  db::bindCondition(stmt, 2, scope);
  if (!stmt.executeStep()) return std::nullopt;
  return read(stmt);
}

std::optional<domain::EnterpriseApplication> ApplicationRepository::findByNumberAndUscc(std::string_view number,
                                                                                        std::string_view uscc) {
  SQLite::Statement stmt(m_db, std::string(kApplicationSelect) + " WHERE a.number = ? AND a.uscc = ?");
  stmt.bind(1, std::string(number));
  stmt.bind(2, std::string(uscc));
  if (!stmt.executeStep()) return std::nullopt;
  return read(stmt);
}

domain::Page<domain::EnterpriseApplication> ApplicationRepository::list(const ApplicationListQuery& query,
                                                                        const db::SqlCondition& scope) {
  std::string where = " WHERE (" + scope.sql + ")";
  if (query.status) where += " AND a.status = ?";
  if (!query.page.query.empty()) {
    where += " AND (a.name LIKE ? ESCAPE '\\' OR a.uscc LIKE ? ESCAPE '\\' OR a.number LIKE ? ESCAPE '\\')";
  }
  auto bindFilter = [&](SQLite::Statement& stmt) {
    int index = db::bindCondition(stmt, 1, scope);
    if (query.status) stmt.bind(index++, std::string(wire::applicationStatusKey(*query.status)));
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      for (int i = 0; i < 3; ++i) stmt.bind(index++, pattern);
    }
    return index;
  };

  domain::Page<domain::EnterpriseApplication> page;
  SQLite::Statement count(m_db, "SELECT count(*) FROM enterprise_applications a JOIN regions r ON r.id = a.region_id" +
                                    where);
  bindFilter(count);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();

  const domain::PageRequest request = clampToTotal(query.page, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  SQLite::Statement rows(m_db, std::string(kApplicationSelect) + where + " ORDER BY " + applicationOrder(request.sort, request.descending) +
                                   " LIMIT ? OFFSET ?");
  int index = bindFilter(rows);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(domain::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(read(rows));
  return page;
}

bool ApplicationRepository::pendingWithUscc(std::string_view uscc) { return existsPending(m_db, "uscc", uscc); }

bool ApplicationRepository::pendingWithName(std::string_view name) { return existsPending(m_db, "name", name); }

bool ApplicationRepository::markApproved(long long id, long long reviewerId, long long at, long long enterpriseId,
                                         long long cadreId) {
  SQLite::Statement stmt(m_db,
                         "UPDATE enterprise_applications SET status = 'approved', reviewed_at = ?, reviewed_by = ?, "
                         "enterprise_id = ?, cadre_id = ? WHERE id = ? AND status = 'pending'");
  stmt.bind(1, static_cast<int64_t>(at));
  stmt.bind(2, static_cast<int64_t>(reviewerId));
  stmt.bind(3, static_cast<int64_t>(enterpriseId));
  stmt.bind(4, static_cast<int64_t>(cadreId));
  stmt.bind(5, static_cast<int64_t>(id));
  return stmt.exec() == 1;
}

bool ApplicationRepository::markRejected(long long id, long long reviewerId, long long at, const std::string& reason) {
  SQLite::Statement stmt(m_db,
                         "UPDATE enterprise_applications SET status = 'rejected', reviewed_at = ?, reviewed_by = ?, "
                         "reject_reason = ? WHERE id = ? AND status = 'pending'");
  stmt.bind(1, static_cast<int64_t>(at));
  stmt.bind(2, static_cast<int64_t>(reviewerId));
  stmt.bind(3, reason);
  stmt.bind(4, static_cast<int64_t>(id));
  return stmt.exec() == 1;
}

domain::ApplicationChoices ApplicationRepository::formOptions() {
  domain::ApplicationChoices out;
  SQLite::Statement regions(m_db, "SELECT id, name FROM regions ORDER BY sort_order, id");
  while (regions.executeStep()) out.regions.push_back({regions.getColumn(0).getInt64(), regions.getColumn(1).getString()});
  SQLite::Statement groups(m_db, "SELECT id, name FROM industry_groups ORDER BY sort_order, id");
  while (groups.executeStep()) {
    out.industryGroups.push_back({groups.getColumn(0).getInt64(), groups.getColumn(1).getString()});
  }
  return out;
}

std::optional<std::string> ApplicationRepository::regionName(long long regionId) {
  SQLite::Statement stmt(m_db, "SELECT name FROM regions WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(regionId));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getString();
}

bool ApplicationRepository::industryGroupExists(long long groupId) {
  SQLite::Statement stmt(m_db, "SELECT EXISTS (SELECT 1 FROM industry_groups WHERE id = ?)");
  stmt.bind(1, static_cast<int64_t>(groupId));
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

std::optional<ApplicationRepository::CadreContact> ApplicationRepository::cadreContact(long long cadreId) {
  SQLite::Statement stmt(m_db, "SELECT name, mobile FROM cadres WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(cadreId));
  if (!stmt.executeStep()) return std::nullopt;
  return CadreContact{stmt.getColumn(0).getString(), stmt.getColumn(1).getString()};
}

}  // namespace qinqing::backend
