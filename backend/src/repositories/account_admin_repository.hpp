// AccountAdminRepository: the accounts as 系统管理员's 账号管理 reads them (every account, with its
// status and the people who held it) and the writes of a handover (account_holders, migration 7)
// and of a cadre's move (the cadre's login account follows the roster). The login-side SQL stays
// in AccountRepository. Passwords never leave this class; mobiles leave masked except in
// CurrentHolder, which the handover needs to record the outgoing holder.
// Methods throw SQLite::Exception on database errors; callers hold the transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

// login_name (default), role, region, unit, last_login; ties by login name, then id.
const std::vector<std::string>& accountSortKeys();

struct AccountListQuery {
  domain::PageRequest page;  // normalised with accountSortKeys(); q matches login name or holder
  domain::AccountFilter filter;
};

// What a handover reads before it writes (full mobile: it goes into the holder history).
struct CurrentHolder {
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;
  std::string holderName;
  std::string mobile;
  std::string title;
};

// What provisioning reads of an account before it changes it.
struct AccountState {
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;
  std::string title;
  std::string email;
  std::string requestingDepartment;  // key, '' unless an inspector's
  bool pendingActivation = false;
  std::optional<long long> disabledAt;
  std::string disabledReason;
};

// Where a new staff account sits in the organisation (accounts.unit_id, region_id, industry_group_id).
struct AccountPlacement {
  std::optional<long long> unitId;
  std::optional<long long> regionId;
  std::optional<long long> industryGroupId;
};

class AccountAdminRepository {
public:
  explicit AccountAdminRepository(SQLite::Database& db) : m_db(db) {}

  // One page of the accounts matching every filter, with the total (one COUNT, same WHERE); a page
  // past the end returns the last page. Statuses are as of `now`.
  domain::Page<domain::AccountSummary> list(const AccountListQuery& query, long long now);

  // The account with its holders (newest first); nullopt when there is no such account.
  std::optional<domain::AccountDetail> find(long long id, long long now);

  std::optional<CurrentHolder> currentHolder(long long id);

  // Writes a handover: closes the current holder's row in account_holders (creating it, open since
  // the account was opened, when none was recorded yet), opens one for the new holder, and sets the
  // account's holder, mobile and title, clears its e-mail, password (待激活) and failure counters.
  void recordHandover(long long id, const CurrentHolder& outgoing, const domain::AccountHandover& incoming, long long now,
                      long long byAccountId);

  // A cadre's account follows the roster: login name = the cadre's name, unit and region = the
  // cadre's. Returns the number of accounts changed (0 or 1).
  int syncCadreAccount(long long cadreId, const std::string& name, long long unitId, long long regionId);

  // The id of the cadre's login account.
  std::optional<long long> accountOfCadre(long long cadreId);

  // Issue 17 provisioning ------------------------------------------------------------------
  std::optional<AccountState> state(long long id);

  // Whether another account of the role has the login name (cadres: none are checked here).
  bool loginNameTaken(domain::Role role, const std::string& loginName, std::optional<long long> exceptId);

  // Inserts a fixed staff account waiting for activation (empty password hash) with its holder,
  // mobile on record, title, placement and requesting department. Returns its id.
  long long insertStaff(const domain::NewStaffAccount& account, const AccountPlacement& placement, long long now);

  void updateStaff(long long id, const domain::AccountEdit& edit);

  // 停用 / 启用. Disabling keeps every row the account has; enabling clears the three columns.
  void setDisabled(long long id, const std::string& reason, long long byAccountId, long long now);
  void clearDisabled(long long id);

  // A one-time password from 安全管理员: the hash, must_change_password = 1, failure counters and
  // lock cleared. password_changed_at = now.
  void setTemporaryPassword(long long id, const std::string& hash, long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
