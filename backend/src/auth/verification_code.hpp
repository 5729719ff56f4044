// SMS verification codes (§1, §7; issue 4): 6 digits from the OS CSPRNG (libsodium
// randombytes_uniform, no modulo bias), stored only as a salted BLAKE2b-256 hash bound to the
// account, the purpose and the mobile it was sent to — a code sent for one number or purpose
// does not match another.
//
// What the hash does and does not protect: a copy of the database does not show live codes at a
// glance, but a 6-digit code hashes fast, so whoever holds the file could find one by trying all
// 10^6 — the real protection is the 10-minute lifetime, single use and the 5 wrong tries online
// (domain::kVerificationCode*). The outbox blanks a code's digits once it is delivered.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::backend::auth {

enum class CodePurpose {
  BindMobile,  // 我的资料: bind (or change) the account's mobile
  Unlock,      // unlock a locked account sooner than the 30 minutes
  Activate,    // activate an account created without a password (auth/activation_service.hpp)
  ResetPassword,  // 忘记密码: choose a new password (auth/password_reset_service.hpp)
};

// "bind_mobile", "unlock", "activate", "reset_password" (as stored).
std::string_view codePurposeKey(CodePurpose purpose);

// A fresh code: kVerificationCodeDigits decimal digits, leading zeros kept ("004217").
std::string generateVerificationCode();

// "<salt hex>:<hash hex>" of the code for this account, purpose and mobile, with a fresh salt.
std::string hashVerificationCode(std::string_view code, long long accountId, CodePurpose purpose,
                                 std::string_view mobile);

// True if code (as typed) matches the stored hash for the same account, purpose and mobile.
// Compared in constant time; a malformed stored value matches nothing.
bool verificationCodeMatches(const std::string& stored, std::string_view code, long long accountId,
                             CodePurpose purpose, std::string_view mobile);

}  // namespace qinqing::backend::auth
