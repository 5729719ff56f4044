// VerificationCodeRepository: the verification_codes table (auth/verification_code.hpp). A code is
// open until it is used, burnt (too many wrong tries) or replaced by a newer code for the same
// account and purpose; an open code past expires_at is simply never found. Throws
// SQLite::Exception on database errors; callers wrap multi-statement changes in a transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

#include "auth/verification_code.hpp"

namespace qinqing::backend {

struct NewVerificationCode {
  long long accountId = 0;
  auth::CodePurpose purpose = auth::CodePurpose::BindMobile;
  std::string mobile;
  std::string codeHash;  // auth::hashVerificationCode
  long long createdAt = 0;
  long long expiresAt = 0;
};

struct OpenVerificationCode {
  long long id = 0;
  std::string mobile;
  std::string codeHash;
  int failedAttempts = 0;
};

class VerificationCodeRepository {
public:
  explicit VerificationCodeRepository(SQLite::Database& db) : m_db(db) {}

  // Closes the account's open codes of this purpose as 'replaced' (only the newest code counts),
  // then inserts the new one.
  long long issue(const NewVerificationCode& code, long long now);

  // When the account's latest code of any purpose was issued: the one-a-minute limit.
  std::optional<long long> lastIssuedAt(long long accountId);

  // The account's open, unexpired code of this purpose.
  std::optional<OpenVerificationCode> findOpen(long long accountId, auth::CodePurpose purpose, long long now);

  // One more wrong try; with burn the code is closed as 'burnt'.
  void recordWrongTry(long long id, long long now, bool burn);
  void markUsed(long long id, long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
