#include "repositories/account_admin_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

// A cadre's name, unit and roster mobile live on the cadre (§2); other accounts carry their own.
constexpr const char* kFrom = R"SQL(
FROM accounts a
LEFT JOIN cadres c ON c.id = a.cadre_id
LEFT JOIN units u ON u.id = coalesce(c.unit_id, a.unit_id)
LEFT JOIN regions r ON r.id = coalesce(u.region_id, a.region_id)
LEFT JOIN industry_groups g ON g.id = a.industry_group_id
)SQL";

constexpr const char* kSummaryColumns = R"SQL(
SELECT a.id, a.role, a.login_name, coalesce(c.name, a.holder_name), r.id, r.name, u.id, u.name, g.id, g.name,
       CASE WHEN a.mobile <> '' THEN a.mobile ELSE coalesce(c.mobile, '') END,
       a.password_hash = '', a.locked_until, a.last_login_at,
       coalesce(c.title, a.title), coalesce(c.email, a.email), a.created_at,
       a.disabled_at, a.disabled_reason, a.requesting_department
)SQL";

std::optional<domain::NamedRef> ref(SQLite::Statement& stmt, int column) {
  if (stmt.getColumn(column).isNull()) return std::nullopt;
  return domain::NamedRef{stmt.getColumn(column).getInt64(), stmt.getColumn(column + 1).getString()};
}

domain::AccountStatus statusOf(bool disabled, bool pending, std::optional<long long> lockedUntil, long long now) {
  if (disabled) return domain::AccountStatus::Disabled;
  if (pending) return domain::AccountStatus::PendingActivation;
  if (lockedUntil && *lockedUntil > now) return domain::AccountStatus::Locked;
  return domain::AccountStatus::Active;
}

domain::AccountSummary readSummary(SQLite::Statement& stmt, long long now) {
  domain::AccountSummary a;
  a.id = stmt.getColumn(0).getInt64();
  a.role = domain::roleFromKey(stmt.getColumn(1).getString()).value_or(domain::Role::Enterprise);
  a.loginName = stmt.getColumn(2).getString();
  a.holderName = stmt.getColumn(3).getString();
  a.region = ref(stmt, 4);
  a.unit = ref(stmt, 6);
  a.industryGroup = ref(stmt, 8);
  const std::string mobile = stmt.getColumn(10).getString();
  a.mobileMasked = mobile.empty() ? std::string() : domain::maskMobile(mobile);
  a.status = statusOf(!stmt.getColumn(17).isNull(), stmt.getColumn(11).getInt() != 0,
                      db::optionalInt(stmt.getColumn(12)), now);
  auto lastLogin = db::optionalInt(stmt.getColumn(13));
  a.lastLoginAt = lastLogin ? formatChinaTime(*lastLogin) : std::string();
  return a;
}

// The roles in their display order (kAllRoles), for sorting by role.
std::string roleOrder() {
  std::string sql = "CASE a.role";
  int index = 0;
  for (auto role : domain::kAllRoles) {
    sql += " WHEN '" + std::string(domain::roleKey(role)) + "' THEN " + std::to_string(index++);
  }
  return sql + " END";
}

std::string accountOrder(const std::string& sort, bool descending) {
  const std::string dir = descending ? " DESC" : "";
  const std::string tail = ", a.login_name, a.id";
  if (sort == "role") return roleOrder() + dir + tail;
  if (sort == "region") return "r.sort_order" + dir + ", r.id" + dir + tail;
  if (sort == "unit") return "u.sort_order" + dir + ", u.id" + dir + tail;
  if (sort == "last_login") return "a.last_login_at" + dir + tail;
  return "a.login_name" + dir + ", a.id";
}

}  // namespace

const std::vector<std::string>& accountSortKeys() {
  static const std::vector<std::string> keys = {"login_name", "role", "region", "unit", "last_login"};
  return keys;
}

domain::Page<domain::AccountSummary> AccountAdminRepository::list(const AccountListQuery& query, long long now) {
  const auto& f = query.filter;
  std::string where = " WHERE 1";
  if (!query.page.query.empty()) {
    where += " AND (a.login_name LIKE ? ESCAPE '\\' OR a.holder_name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')";
  }
  if (f.role) where += " AND a.role = ?";
  if (f.regionId) where += " AND r.id = ?";
  if (f.unitId) where += " AND u.id = ?";
  if (f.status) {
    switch (*f.status) {
      case domain::AccountStatus::Disabled: where += " AND a.disabled_at IS NOT NULL"; break;
      case domain::AccountStatus::PendingActivation:
        where += " AND a.disabled_at IS NULL AND a.password_hash = ''";
        break;
      case domain::AccountStatus::Locked:
        where += " AND a.disabled_at IS NULL AND a.password_hash <> '' AND a.locked_until > ?";
        break;
      case domain::AccountStatus::Active:
        where += " AND a.disabled_at IS NULL AND a.password_hash <> '' AND (a.locked_until IS NULL OR a.locked_until <= ?)";
        break;
    }
  }
  auto bindFilter = [&](SQLite::Statement& stmt) {
    int index = 1;
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      for (int i = 0; i < 3; ++i) stmt.bind(index++, pattern);
    }
    if (f.role) stmt.bind(index++, std::string(domain::roleKey(*f.role)));
    if (f.regionId) stmt.bind(index++, static_cast<int64_t>(*f.regionId));
    if (f.unitId) stmt.bind(index++, static_cast<int64_t>(*f.unitId));
    if (f.status && (*f.status == domain::AccountStatus::Locked || *f.status == domain::AccountStatus::Active)) {
      stmt.bind(index++, static_cast<int64_t>(now));
    }
    return index;
  };

  domain::Page<domain::AccountSummary> page;
  SQLite::Statement count(m_db, std::string("SELECT count(*)") + kFrom + where);
  bindFilter(count);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();

  const domain::PageRequest request = clampToTotal(query.page, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  SQLite::Statement rows(m_db, std::string(kSummaryColumns) + kFrom + where + " ORDER BY " +
                                   accountOrder(request.sort, request.descending) + " LIMIT ? OFFSET ?");
  int index = bindFilter(rows);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(domain::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(readSummary(rows, now));
  return page;
}

std::optional<domain::AccountDetail> AccountAdminRepository::find(long long id, long long now) {
  SQLite::Statement stmt(m_db, std::string(kSummaryColumns) + kFrom + " WHERE a.id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  domain::AccountDetail d;
  d.summary = readSummary(stmt, now);
  d.title = stmt.getColumn(14).getString();
  d.email = stmt.getColumn(15).getString();
  d.createdAt = formatChinaTime(stmt.getColumn(16).getInt64());
  auto lockedUntil = db::optionalInt(stmt.getColumn(12));
  if (d.summary.status == domain::AccountStatus::Locked && lockedUntil) d.lockedUntil = formatChinaTime(*lockedUntil);
  d.handoverAllowed = domain::roleHasNamedHolder(d.summary.role) && d.summary.status != domain::AccountStatus::Disabled;
  if (auto disabledAt = db::optionalInt(stmt.getColumn(17))) {
    d.disabledAt = formatChinaTime(*disabledAt);
    d.disabledReason = stmt.getColumn(18).getString();
  }
  d.requestingDepartment = domain::inspectorDepartmentFromKey(stmt.getColumn(19).getString());

  SQLite::Statement holders(m_db, R"SQL(
    SELECT h.id, h.holder_name, h.mobile, h.title, h.started_at, h.ended_at, h.reason, b.id, b.login_name
    FROM account_holders h LEFT JOIN accounts b ON b.id = h.handed_over_by
    WHERE h.account_id = ? ORDER BY h.id DESC)SQL");
  holders.bind(1, static_cast<int64_t>(id));
  while (holders.executeStep()) {
    domain::AccountHolder h;
    h.id = holders.getColumn(0).getInt64();
    h.holderName = holders.getColumn(1).getString();
    const std::string mobile = holders.getColumn(2).getString();
    h.mobileMasked = mobile.empty() ? std::string() : domain::maskMobile(mobile);
    h.title = holders.getColumn(3).getString();
    auto since = db::optionalInt(holders.getColumn(4));
    auto until = db::optionalInt(holders.getColumn(5));
    h.since = since ? formatChinaTime(*since) : std::string();
    h.until = until ? formatChinaTime(*until) : std::string();
    h.reason = holders.getColumn(6).getString();
    h.handedOverBy = ref(holders, 7);
    d.holders.push_back(std::move(h));
  }
  return d;
}

std::optional<CurrentHolder> AccountAdminRepository::currentHolder(long long id) {
  SQLite::Statement stmt(m_db, "SELECT role, login_name, holder_name, mobile, title FROM accounts WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  auto role = domain::roleFromKey(stmt.getColumn(0).getString());
  if (!role) return std::nullopt;
  return CurrentHolder{*role, stmt.getColumn(1).getString(), stmt.getColumn(2).getString(),
                       stmt.getColumn(3).getString(), stmt.getColumn(4).getString()};
}

void AccountAdminRepository::recordHandover(long long id, const CurrentHolder& outgoing,
                                            const domain::AccountHandover& incoming, long long now,
                                            long long byAccountId) {
  SQLite::Statement close(m_db, "UPDATE account_holders SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL");
  close.bind(1, static_cast<int64_t>(now));
  close.bind(2, static_cast<int64_t>(id));
  if (close.exec() == 0) {
    // The first recorded handover: the outgoing holder has held the account since it was opened.
    SQLite::Statement first(m_db,
                            "INSERT INTO account_holders (account_id, holder_name, mobile, title, started_at, ended_at) "
                            "VALUES (?, ?, ?, ?, NULL, ?)");
    first.bind(1, static_cast<int64_t>(id));
    first.bind(2, outgoing.holderName);
    first.bind(3, outgoing.mobile);
    first.bind(4, outgoing.title);
    first.bind(5, static_cast<int64_t>(now));
    first.exec();
  }
  SQLite::Statement open(m_db,
                         "INSERT INTO account_holders (account_id, holder_name, mobile, title, started_at, reason, "
                         "handed_over_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
  open.bind(1, static_cast<int64_t>(id));
  open.bind(2, incoming.holderName);
  open.bind(3, incoming.mobile);
  open.bind(4, incoming.title);
  open.bind(5, static_cast<int64_t>(now));
  open.bind(6, incoming.reason);
  open.bind(7, static_cast<int64_t>(byAccountId));
  open.exec();

  // The mobile on record is the new holder's: the activation code goes there (activation.hpp).
  SQLite::Statement account(m_db, R"SQL(
    UPDATE accounts SET holder_name = ?, mobile = ?, title = ?, email = '', password_hash = '',
      password_changed_at = ?, must_change_password = 0, failed_count = 0, failed_window_start = NULL,
      locked_until = NULL
    WHERE id = ?)SQL");
  account.bind(1, incoming.holderName);
  account.bind(2, incoming.mobile);
  account.bind(3, incoming.title);
  account.bind(4, static_cast<int64_t>(now));
  account.bind(5, static_cast<int64_t>(id));
  account.exec();
}

int AccountAdminRepository::syncCadreAccount(long long cadreId, const std::string& name, long long unitId,
                                             long long regionId) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET login_name = ?, unit_id = ?, region_id = ? "
                         "WHERE cadre_id = ? AND role = 'cadre'");
  stmt.bind(1, name);
  stmt.bind(2, static_cast<int64_t>(unitId));
  stmt.bind(3, static_cast<int64_t>(regionId));
  stmt.bind(4, static_cast<int64_t>(cadreId));
  return stmt.exec();
}

std::optional<long long> AccountAdminRepository::accountOfCadre(long long cadreId) {
  SQLite::Statement stmt(m_db, "SELECT id FROM accounts WHERE cadre_id = ?");
  stmt.bind(1, static_cast<int64_t>(cadreId));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

std::optional<AccountState> AccountAdminRepository::state(long long id) {
  SQLite::Statement stmt(m_db, R"SQL(
    SELECT role, login_name, title, email, requesting_department, password_hash = '', disabled_at, disabled_reason
    FROM accounts WHERE id = ?)SQL");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  auto role = domain::roleFromKey(stmt.getColumn(0).getString());
  if (!role) return std::nullopt;
  return AccountState{*role,
                      stmt.getColumn(1).getString(),
                      stmt.getColumn(2).getString(),
                      stmt.getColumn(3).getString(),
                      stmt.getColumn(4).getString(),
                      stmt.getColumn(5).getInt() != 0,
                      db::optionalInt(stmt.getColumn(6)),
                      stmt.getColumn(7).getString()};
}

bool AccountAdminRepository::loginNameTaken(domain::Role role, const std::string& loginName,
                                            std::optional<long long> exceptId) {
  SQLite::Statement stmt(m_db, "SELECT EXISTS (SELECT 1 FROM accounts WHERE role = ? AND login_name = ? AND id <> ?)");
  stmt.bind(1, std::string(domain::roleKey(role)));
  stmt.bind(2, loginName);
  stmt.bind(3, static_cast<int64_t>(exceptId.value_or(0)));
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

long long AccountAdminRepository::insertStaff(const domain::NewStaffAccount& a, const AccountPlacement& placement,
                                              long long now) {
  SQLite::Statement stmt(m_db, R"SQL(
    INSERT INTO accounts (role, login_name, unit_id, region_id, industry_group_id, holder_name, title, mobile,
      password_hash, password_changed_at, must_change_password, created_at, requesting_department)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, 0, ?, ?))SQL");
  stmt.bind(1, std::string(domain::roleKey(a.role)));
  stmt.bind(2, a.loginName);
  db::bindOptional(stmt, 3, placement.unitId);
  db::bindOptional(stmt, 4, placement.regionId);
  db::bindOptional(stmt, 5, placement.industryGroupId);
  stmt.bind(6, a.holderName);
  stmt.bind(7, a.title);
  stmt.bind(8, a.mobile);
  stmt.bind(9, static_cast<int64_t>(now));
  stmt.bind(10, static_cast<int64_t>(now));
  stmt.bind(11, a.department ? std::string(domain::inspectorDepartmentKey(*a.department)) : std::string());
  stmt.exec();
  return m_db.getLastInsertRowid();
}

void AccountAdminRepository::updateStaff(long long id, const domain::AccountEdit& e) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET login_name = ?, title = ?, email = ?, requesting_department = ? WHERE id = ?");
  stmt.bind(1, e.loginName);
  stmt.bind(2, e.title);
  stmt.bind(3, e.email);
  stmt.bind(4, e.department ? std::string(domain::inspectorDepartmentKey(*e.department)) : std::string());
  stmt.bind(5, static_cast<int64_t>(id));
  stmt.exec();
}

void AccountAdminRepository::setDisabled(long long id, const std::string& reason, long long byAccountId, long long now) {
  SQLite::Statement stmt(m_db, "UPDATE accounts SET disabled_at = ?, disabled_by = ?, disabled_reason = ? WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, static_cast<int64_t>(byAccountId));
  stmt.bind(3, reason);
  stmt.bind(4, static_cast<int64_t>(id));
  stmt.exec();
}

void AccountAdminRepository::clearDisabled(long long id) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET disabled_at = NULL, disabled_by = NULL, disabled_reason = '' WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  stmt.exec();
}

void AccountAdminRepository::setTemporaryPassword(long long id, const std::string& hash, long long now) {
  SQLite::Statement stmt(m_db, R"SQL(
    UPDATE accounts SET password_hash = ?, password_changed_at = ?, must_change_password = 1, failed_count = 0,
      failed_window_start = NULL, locked_until = NULL
    WHERE id = ?)SQL");
  stmt.bind(1, hash);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, static_cast<int64_t>(id));
  stmt.exec();
}

}  // namespace qinqing::backend
