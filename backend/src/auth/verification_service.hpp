// VerificationService: everything an SMS verification code proves (notice §1, §7; issue 4).
//
//  - Binding a mobile (我的资料, first login): the signed-in holder asks for a code to a number,
//    then sends it back with the number; the number is then the account's bound mobile.
//  - Unlocking sooner (issue 4: "the holder can unlock sooner with an SMS code to the bound
//    mobile, so nobody can lock a real user out at will"): anyone may ask for an unlock code by
//    naming an account as at the login form; a code goes only to a locked account's bound mobile,
//    and the answer is the same whether or not the account exists, is locked or has a mobile.
//
// Codes (auth/verification_code.hpp): 6 digits, 10 minutes, single use, the newest one per account
// and purpose counts, at most one per account per 60 seconds (too_many_requests "请 60 秒后再获取
// 验证码"), burnt by the 5th wrong try; a wrong, expired, used or burnt code is always invalid_input
// on field "code" ("验证码不正确或已过期"). A code's SMS is enqueued in the transaction that issues
// it (sms_outbox, kind 'code': sent at any hour) together with its audit entry
// (account.code_sent, mobile masked); after the commit onSmsEnqueued wakes the sender.
// Database failures throw SQLite::Exception.
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>
#include <optional>
#include <string>

#include "audit/audit_entry.hpp"
#include "auth/auth_context.hpp"
#include "auth/verification_code.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_security.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
class VerificationCodeRepository;
}

namespace qinqing::backend::auth {

// The building blocks of every flow that proves a holder by SMS code (this service, activation in
// auth/activation_service.hpp). Each runs inside the caller's transaction.
//
// True when the account had a code of any purpose within the last 60 seconds.
bool verificationCodeTooSoon(VerificationCodeRepository& codes, long long accountId, long long now);
// Issues a code for `purpose` to `mobile`, enqueues its SMS (kind code) and audits it
// (account.code_sent, mobile masked).
void issueVerificationCode(SQLite::Database& c, long long accountId, CodePurpose purpose, const std::string& mobile,
                           long long now, audit::AuditActor actor);
// The person at a public form (unlock, 激活账号, 忘记密码) that names an account as the login form
// does; the audit log's label is the name as typed, as for logins.
audit::AuditActor formActor(domain::Role role, const std::string& loginName, long long accountId,
                            const std::string& address);
// The same for a form's request (an unlock, activation or reset request: role and login name).
template <class FormRequest>
audit::AuditActor formActor(const FormRequest& request, long long accountId, const std::string& address) {
  return formActor(request.role, request.loginName, accountId, address);
}
// The answer to a code that is wrong, used or expired: field "code", one message for all three.
domain::DomainError wrongVerificationCode();
enum class CodeCheck { Matched, Wrong };
// Checks `typed` against the account's open code of `purpose` for `mobile` (the number typed, or
// the one the code went to when empty): a match closes it as used, a miss counts a wrong try
// (burning the code at the limit).
CodeCheck checkVerificationCode(SQLite::Database& c, long long accountId, CodePurpose purpose,
                                const std::optional<std::string>& mobile, const std::string& typed, long long now);

class VerificationService {
public:
  VerificationService(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
      : m_db(database), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // Validates the number (domain::validateMobileCodeRequest) and sends a binding code to it.
  // Returns the code's lifetime in seconds (600).
  domain::Result<int> requestBindingCode(const AuthContext& who, const domain::MobileCodeRequest& request,
                                         const std::string& clientAddress);

  // Binds binding.mobile if binding.code is the open binding code sent to exactly that number;
  // audited (account.mobile_bound: ok with the masked numbers before and after, failed for a wrong
  // code, which also counts towards burning it).
  domain::Status bindMobile(const AuthContext& who, const domain::MobileBinding& binding,
                            const std::string& clientAddress);

  // Public. Only shape errors (domain::validateUnlockRequest without a code) are reported;
  // otherwise Ok whatever the account's state, and a code is sent only when the named account
  // exists, is locked now, has a bound mobile and had no code in the last 60 seconds.
  domain::Status requestUnlockCode(const domain::UnlockRequest& request, const std::string& clientAddress);

  // Public. With the open unlock code of the named account: clears its lock and failure counters,
  // closes the code and audits account.unlocked (by sms_code); a wrong code is audited as failed.
  // An unknown account gets the same invalid_input on "code" as a wrong code.
  domain::Status unlock(const domain::UnlockRequest& request, const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::auth
