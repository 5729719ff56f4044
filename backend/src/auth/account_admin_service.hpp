// AccountAdminService: 系统管理员's 账号管理 (issue 4): every account with its status, one account
// with the people who held it, and the handover of a fixed staff account to a new holder (§7).
// The role check is the route table's (only system_admin reaches these). Passwords never leave
// the server and mobiles leave masked.
//
// A handover is one transaction: the holder history (account_holders), the account's holder,
// mobile and title, its password cleared (待激活, qinqing/identity/activation.hpp), every session
// of the account ended, the activation notice queued to the new holder's mobile, and an audit entry
// (account.handed_over) with the holder before and after. Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "repositories/account_admin_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class AccountAdminService {
public:
  AccountAdminService(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
      : m_db(database), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  domain::Page<domain::AccountSummary> list(const AccountListQuery& query);

  // not_found ("账号不存在") for an unknown id.
  domain::Result<domain::AccountDetail> get(long long id);

  // Validates the form (domain::validateAccountHandover: every field error at once), then hands the
  // account over as described above and returns its detail. not_found for an unknown id;
  // invalid_transition (409) for an account that is not a fixed staff account
  // (domain::roleHasNamedHolder); invalid_input on holder_name when the new holder is the current
  // one (same name and mobile).
  domain::Result<domain::AccountDetail> handOver(const AuthContext& who, long long id, domain::AccountHandover handover,
                                                 const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::auth
