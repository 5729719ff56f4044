// AccountProvisioningService: 账号管理's writes beyond the handover (issue 17) and 安全管理员's
// one-time passwords. 三权分立: the route table lets only 系统管理员 create, edit, disable and enable
// (never one of the three platform administrators' accounts, nor its own), and only 安全管理员 issue
// a temporary password (never for itself). Every change is one IMMEDIATE transaction with its
// audit entry; a disable also ends every session of the account. Rules of the forms are shared
// (qinqing/identity/account_provisioning.hpp). Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/auth_context.hpp"
#include "auth/password_hasher.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class AccountProvisioningService {
public:
  AccountProvisioningService(db::Database& database, const PasswordHasher& hasher, Clock clock,
                             std::function<void()> onSmsEnqueued)
      : m_db(database), m_hasher(hasher), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // validateNewStaffAccount, then: the anchor exists (unit_id / region_id of a county or zone /
  // industry_group_id, else invalid_input on that field), the login name is free within the role
  // (conflict on login_name). Creates the account 待激活 with the holder's mobile on record, queues
  // the 账号已开通 notice to it, audits account.created. Returns the detail.
  domain::Result<domain::AccountDetail> create(const AuthContext& who, domain::NewStaffAccount account,
                                               const std::string& clientAddress);

  // Fixed staff accounts only (invalid_transition otherwise); not_found; conflict on login_name.
  // The same values again change nothing and are not audited.
  domain::Result<domain::AccountDetail> edit(const AuthContext& who, long long id, domain::AccountEdit edit,
                                             const std::string& clientAddress);

  // Not oneself, not a platform administrator (invalid_transition); already disabled: conflict.
  domain::Result<domain::AccountDetail> disable(const AuthContext& who, long long id, domain::AccountDisable request,
                                                const std::string& clientAddress);
  // Not disabled: conflict.
  domain::Result<domain::AccountDetail> enable(const AuthContext& who, long long id, const std::string& clientAddress);

  // 安全管理员: a one-time password for an account that cannot recover by SMS (or whose holder
  // asks in person). Not its own account, not a disabled one (invalid_transition). The password is
  // returned once and never stored or logged; the account must replace it at its next login, its
  // lock is lifted and its sessions end. Audited (account.temporary_password).
  domain::Result<domain::TemporaryPassword> issueTemporaryPassword(const AuthContext& who, long long id,
                                                                   const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }
  domain::Result<domain::AccountDetail> detail(long long id);

  db::Database& m_db;
  const PasswordHasher& m_hasher;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::auth
