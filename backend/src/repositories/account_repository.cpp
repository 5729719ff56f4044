#include "repositories/account_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

std::optional<domain::NamedRef> namedRef(SQLite::Statement& stmt, int idColumn) {
  if (stmt.getColumn(idColumn).isNull()) return std::nullopt;
  return domain::NamedRef{stmt.getColumn(idColumn).getInt64(), stmt.getColumn(idColumn + 1).getString()};
}

}  // namespace

long long AccountRepository::insert(const NewAccount& a) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO accounts (role, login_name, unit_id, region_id, cadre_id, enterprise_id, "
                         "industry_group_id, holder_name, title, email, mobile, password_hash, "
                         "password_changed_at, must_change_password, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  stmt.bind(1, std::string(domain::roleKey(a.role)));
  stmt.bind(2, a.loginName);
  db::bindOptional(stmt, 3, a.unitId);
  db::bindOptional(stmt, 4, a.regionId);
  db::bindOptional(stmt, 5, a.cadreId);
  db::bindOptional(stmt, 6, a.enterpriseId);
  db::bindOptional(stmt, 7, a.industryGroupId);
  stmt.bind(8, a.holderName);
  stmt.bind(9, a.title);
  stmt.bind(10, a.email);
  stmt.bind(11, a.mobile);
  stmt.bind(12, a.passwordHash);
  stmt.bind(13, static_cast<int64_t>(a.createdAt));
  stmt.bind(14, a.mustChangePassword ? 1 : 0);
  stmt.bind(15, static_cast<int64_t>(a.createdAt));
  return db::insertAndGetId(stmt, m_db);
}

std::optional<LoginCandidate> AccountRepository::findForLogin(domain::Role role, std::string_view loginName,
                                                              std::optional<long long> unitId) {
  const bool byUnit = domain::roleLogsInByUnitAndName(role);
  if (byUnit && !unitId) return std::nullopt;
  SQLite::Statement stmt(m_db, byUnit ? "SELECT id, password_hash, failed_count, failed_window_start, locked_until, "
                                        "disabled_at IS NOT NULL FROM accounts WHERE role = ? AND login_name = ? AND unit_id = ?"
                                      : "SELECT id, password_hash, failed_count, failed_window_start, locked_until, "
                                        "disabled_at IS NOT NULL FROM accounts WHERE role = ? AND login_name = ?");
  stmt.bind(1, std::string(domain::roleKey(role)));
  stmt.bind(2, std::string(loginName));
  if (byUnit) stmt.bind(3, static_cast<int64_t>(*unitId));
  if (!stmt.executeStep()) return std::nullopt;
  LoginCandidate c;
  c.accountId = stmt.getColumn(0).getInt64();
  c.passwordHash = stmt.getColumn(1).getString();
  c.failures.failedCount = stmt.getColumn(2).getInt();
  c.failures.windowStart = db::optionalInt(stmt.getColumn(3));
  c.failures.lockedUntil = db::optionalInt(stmt.getColumn(4));
  c.disabled = stmt.getColumn(5).getInt() != 0;
  return c;
}

std::optional<auth::FailureState> AccountRepository::failureState(long long accountId) {
  SQLite::Statement stmt(m_db, "SELECT failed_count, failed_window_start, locked_until FROM accounts WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  if (!stmt.executeStep()) return std::nullopt;
  return auth::FailureState{stmt.getColumn(0).getInt(), db::optionalInt(stmt.getColumn(1)),
                            db::optionalInt(stmt.getColumn(2))};
}

void AccountRepository::saveFailureState(long long accountId, const auth::FailureState& state) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET failed_count = ?, failed_window_start = ?, locked_until = ? WHERE id = ?");
  stmt.bind(1, state.failedCount);
  db::bindOptional(stmt, 2, state.windowStart);
  db::bindOptional(stmt, 3, state.lockedUntil);
  stmt.bind(4, static_cast<int64_t>(accountId));
  stmt.exec();
}

void AccountRepository::recordSuccessfulLogin(long long accountId, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET previous_login_at = last_login_at, last_login_at = ?, "
                         "failed_count = 0, failed_window_start = NULL, locked_until = NULL WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, static_cast<int64_t>(accountId));
  stmt.exec();
}

std::optional<StoredProfile> AccountRepository::loadProfile(long long accountId) {
  // A cadre's unit, title, e-mail and roster mobile live on the cadre (the roster is the source of
  // truth, §2); fixed accounts carry their holder's details themselves (§7).
  SQLite::Statement stmt(m_db, R"SQL(
    SELECT a.id, a.role, a.login_name, a.holder_name, a.title, a.email, a.mobile,
           a.must_change_password, a.password_changed_at, a.previous_login_at,
           c.name, c.title, c.email, c.mobile,
           r.id, r.name, u.id, u.name, e.id, e.name, g.id, g.name
    FROM accounts a
    LEFT JOIN cadres c ON c.id = a.cadre_id
    LEFT JOIN enterprises e ON e.id = a.enterprise_id
    LEFT JOIN units u ON u.id = coalesce(c.unit_id, a.unit_id)
    LEFT JOIN regions r ON r.id = coalesce(u.region_id, e.region_id, a.region_id)
    LEFT JOIN industry_groups g ON g.id = coalesce(e.industry_group_id, a.industry_group_id)
    WHERE a.id = ?)SQL");
  stmt.bind(1, static_cast<int64_t>(accountId));
  if (!stmt.executeStep()) return std::nullopt;

  auto role = domain::roleFromKey(stmt.getColumn(1).getString());
  if (!role) return std::nullopt;  // the CHECK constraint makes this unreachable
  const bool isCadre = !stmt.getColumn(10).isNull();

  StoredProfile stored;
  domain::AccountProfile& p = stored.profile;
  p.accountId = stmt.getColumn(0).getInt64();
  p.role = *role;
  p.loginName = stmt.getColumn(2).getString();
  p.region = namedRef(stmt, 14);
  p.unit = namedRef(stmt, 16);
  p.enterprise = namedRef(stmt, 18);
  p.industryGroup = namedRef(stmt, 20);
  const std::string holder = stmt.getColumn(3).getString();
  if (isCadre) {
    p.displayName = stmt.getColumn(10).getString();
  } else if (p.enterprise) {
    p.displayName = p.enterprise->name;
  } else {
    p.displayName = holder.empty() ? p.loginName : holder;
  }
  p.title = stmt.getColumn(isCadre ? 11 : 4).getString();
  p.email = stmt.getColumn(isCadre ? 12 : 5).getString();
  const std::string boundMobile = stmt.getColumn(6).getString();
  const std::string rosterMobile = isCadre ? stmt.getColumn(13).getString() : std::string();
  p.mobileBound = !boundMobile.empty();
  const std::string& shown = boundMobile.empty() ? rosterMobile : boundMobile;
  p.mobileMasked = shown.empty() ? std::string() : domain::maskMobile(shown);
  auto previousLogin = db::optionalInt(stmt.getColumn(9));
  p.lastLoginAt = previousLogin ? formatChinaTime(*previousLogin) : std::string();
  stored.mustChangePasswordFlag = stmt.getColumn(7).getInt() != 0;
  stored.passwordChangedAt = stmt.getColumn(8).getInt64();
  if (isCadre) {  // §2: a move to another unit waiting for that unit's confirmation
    SQLite::Statement pending(m_db, R"SQL(
      SELECT u.id, u.name FROM cadre_transfers t JOIN units u ON u.id = t.to_unit_id
      JOIN accounts a ON a.cadre_id = t.cadre_id WHERE a.id = ? AND t.status = 'pending')SQL");
    pending.bind(1, static_cast<int64_t>(accountId));
    if (pending.executeStep()) p.pendingUnit = namedRef(pending, 0);
  }
  return stored;
}

long long AccountRepository::count() { return m_db.execAndGet("SELECT count(*) FROM accounts").getInt64(); }

std::optional<AccountSecurityState> AccountRepository::securityState(long long accountId) {
  SQLite::Statement stmt(m_db,
                         "SELECT id, role, login_name, password_hash, mobile, failed_count, failed_window_start, "
                         "locked_until FROM accounts WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  if (!stmt.executeStep()) return std::nullopt;
  auto role = domain::roleFromKey(stmt.getColumn(1).getString());
  if (!role) return std::nullopt;
  AccountSecurityState s;
  s.accountId = stmt.getColumn(0).getInt64();
  s.role = *role;
  s.loginName = stmt.getColumn(2).getString();
  s.passwordHash = stmt.getColumn(3).getString();
  s.boundMobile = stmt.getColumn(4).getString();
  s.failures = auth::FailureState{stmt.getColumn(5).getInt(), db::optionalInt(stmt.getColumn(6)),
                                  db::optionalInt(stmt.getColumn(7))};
  return s;
}

std::vector<std::string> AccountRepository::previousPasswordHashes(long long accountId, int limit) {
  SQLite::Statement stmt(m_db,
                         "SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY id DESC LIMIT ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.bind(2, limit);
  std::vector<std::string> out;
  while (stmt.executeStep()) out.push_back(stmt.getColumn(0).getString());
  return out;
}

void AccountRepository::replacePassword(long long accountId, const std::string& oldHash, const std::string& newHash,
                                        long long now, int keepHistory) {
  SQLite::Statement history(m_db,
                            "INSERT INTO password_history (account_id, password_hash, replaced_at) VALUES (?, ?, ?)");
  history.bind(1, static_cast<int64_t>(accountId));
  history.bind(2, oldHash);
  history.bind(3, static_cast<int64_t>(now));
  history.exec();

  SQLite::Statement prune(m_db,
                          "DELETE FROM password_history WHERE account_id = ? AND id NOT IN "
                          "(SELECT id FROM password_history WHERE account_id = ? ORDER BY id DESC LIMIT ?)");
  prune.bind(1, static_cast<int64_t>(accountId));
  prune.bind(2, static_cast<int64_t>(accountId));
  prune.bind(3, keepHistory);
  prune.exec();

  SQLite::Statement update(m_db,
                           "UPDATE accounts SET password_hash = ?, password_changed_at = ?, must_change_password = 0 "
                           "WHERE id = ?");
  update.bind(1, newHash);
  update.bind(2, static_cast<int64_t>(now));
  update.bind(3, static_cast<int64_t>(accountId));
  update.exec();
}

bool AccountRepository::activate(long long accountId, const std::string& newHash, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE accounts SET password_hash = ?, password_changed_at = ?, must_change_password = 0, "
                         "failed_count = 0, failed_window_start = NULL, locked_until = NULL "
                         "WHERE id = ? AND password_hash = ''");
  stmt.bind(1, newHash);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, static_cast<int64_t>(accountId));
  return stmt.exec() == 1;
}

void AccountRepository::bindMobile(long long accountId, const std::string& mobile) {
  SQLite::Statement stmt(m_db, "UPDATE accounts SET mobile = ? WHERE id = ?");
  stmt.bind(1, mobile);
  stmt.bind(2, static_cast<int64_t>(accountId));
  stmt.exec();
}

std::optional<ContactDetails> AccountRepository::contactDetails(long long accountId) {
  SQLite::Statement stmt(m_db,
                         "SELECT coalesce(c.title, a.title), coalesce(c.email, a.email) FROM accounts a "
                         "LEFT JOIN cadres c ON c.id = a.cadre_id WHERE a.id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  if (!stmt.executeStep()) return std::nullopt;
  return ContactDetails{stmt.getColumn(0).getString(), stmt.getColumn(1).getString()};
}

void AccountRepository::updateContactDetails(long long accountId, const ContactDetails& details) {
  // Exactly one of the two statements changes a row: the cadre's, or the account's own.
  SQLite::Statement cadre(m_db,
                          "UPDATE cadres SET title = ?, email = ? "
                          "WHERE id = (SELECT cadre_id FROM accounts WHERE id = ?)");
  cadre.bind(1, details.title);
  cadre.bind(2, details.email);
  cadre.bind(3, static_cast<int64_t>(accountId));
  cadre.exec();
  SQLite::Statement own(m_db, "UPDATE accounts SET title = ?, email = ? WHERE id = ? AND cadre_id IS NULL");
  own.bind(1, details.title);
  own.bind(2, details.email);
  own.bind(3, static_cast<int64_t>(accountId));
  own.exec();
}

std::vector<LockedAccountRow> AccountRepository::lockedAccounts(long long now) {
  SQLite::Statement stmt(m_db,
                         "SELECT id, role, login_name, locked_until FROM accounts WHERE locked_until > ? "
                         "ORDER BY locked_until DESC, id");
  stmt.bind(1, static_cast<int64_t>(now));
  std::vector<LockedAccountRow> out;
  while (stmt.executeStep()) {
    auto role = domain::roleFromKey(stmt.getColumn(1).getString());
    if (!role) continue;
    out.push_back({stmt.getColumn(0).getInt64(), *role, stmt.getColumn(2).getString(), stmt.getColumn(3).getInt64()});
  }
  return out;
}

}  // namespace qinqing::backend
