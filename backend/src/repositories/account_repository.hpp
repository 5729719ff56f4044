// AccountRepository: login accounts — one role each — with their password hash, lockout counters
// and the ids that place the holder in the organisation (unit, region, cadre, enterprise, industry
// group). All SQL on the accounts table lives here. Methods throw SQLite::Exception on database
// errors and constraint violations (a second 茅箭区管理员, a second cadre account for one cadre).
// Multi-statement callers wrap these in SQLite::Transaction; no method opens one itself.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/security_policy.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::backend {

struct NewAccount {
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;
  std::optional<long long> unitId;
  std::optional<long long> regionId;
  std::optional<long long> cadreId;
  std::optional<long long> enterpriseId;
  std::optional<long long> industryGroupId;
  std::string holderName;  // the named holder of a fixed account (§7); empty for cadres, enterprises
  std::string title;
  std::string email;
  std::string mobile;      // the bound mobile; empty until the first login binds one (§1, §7)
  std::string passwordHash;
  bool mustChangePassword = true;
  long long createdAt = 0;
};

// What a login attempt needs before it checks the password.
struct LoginCandidate {
  long long accountId = 0;
  bool disabled = false;  // 停用: nothing but the refusal is answered (login, activation, unlock, reset)
  std::string passwordHash;
  auth::FailureState failures;
};

// What the account-security operations (password change, mobile binding, unlock) need to know.
struct AccountSecurityState {
  long long accountId = 0;
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;
  std::string passwordHash;
  std::string boundMobile;  // empty until bound
  auth::FailureState failures;
};

// 职务 and 邮箱 as 我的资料 edits them (a cadre's live on the cadre roster).
struct ContactDetails {
  std::string title;
  std::string email;
  bool operator==(const ContactDetails&) const = default;
};

struct LockedAccountRow {
  long long accountId = 0;
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;
  long long lockedUntil = 0;
};

// A profile as stored; the caller decides mustChangePassword from the flag and the password's age.
struct StoredProfile {
  domain::AccountProfile profile;
  bool mustChangePasswordFlag = false;
  long long passwordChangedAt = 0;
};

class AccountRepository {
public:
  explicit AccountRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewAccount& account);

  // Finds the account a login form names: cadres by (unit, name), other roles by (role, name).
  // unitId is ignored for roles other than cadre.
  std::optional<LoginCandidate> findForLogin(domain::Role role, std::string_view loginName,
                                             std::optional<long long> unitId);

  std::optional<auth::FailureState> failureState(long long accountId);
  void saveFailureState(long long accountId, const auth::FailureState& state);

  // Clears the failure counters and moves last_login_at to previous_login_at (shown as 上次登录).
  void recordSuccessfulLogin(long long accountId, long long now);

  // The profile with region, unit, enterprise and industry group names resolved, the mobile
  // masked (domain::maskMobile) and lastLoginAt = the previous login. Empty if no such account.
  std::optional<StoredProfile> loadProfile(long long accountId);

  long long count();

  std::optional<AccountSecurityState> securityState(long long accountId);

  // The hashes earlier password changes replaced, newest first, at most limit.
  std::vector<std::string> previousPasswordHashes(long long accountId, int limit);

  // Sets the new hash, password_changed_at = now and must_change_password = 0, and moves the old
  // hash into password_history, keeping only the account's newest keepHistory entries there.
  void replacePassword(long long accountId, const std::string& oldHash, const std::string& newHash, long long now,
                       int keepHistory);

  // Activation (qinqing/identity/activation.hpp): gives an account waiting for activation (empty
  // hash) its first password, password_changed_at = now, must_change_password = 0, no failures.
  // False (nothing written) when the account has a password by now.
  bool activate(long long accountId, const std::string& newHash, long long now);

  // Stores a mobile the holder has just proved with an SMS code. accounts.mobile is only ever
  // written by such a binding (and by demo seeding), so "mobile not empty" means "bound".
  void bindMobile(long long accountId, const std::string& mobile);

  // A cadre's from the cadre roster (§2: the cadre maintains 职务、邮箱 there); everyone else's
  // from the account. Empty if no such account.
  std::optional<ContactDetails> contactDetails(long long accountId);
  void updateContactDetails(long long accountId, const ContactDetails& details);

  // Accounts whose lock is in force at now, the latest lock first.
  std::vector<LockedAccountRow> lockedAccounts(long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
