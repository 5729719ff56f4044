#include "repositories/verification_code_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {

long long VerificationCodeRepository::issue(const NewVerificationCode& code, long long now) {
  SQLite::Statement close(m_db,
                          "UPDATE verification_codes SET closed_at = ?, outcome = 'replaced' "
                          "WHERE account_id = ? AND purpose = ? AND closed_at IS NULL");
  close.bind(1, static_cast<int64_t>(now));
  close.bind(2, static_cast<int64_t>(code.accountId));
  close.bind(3, std::string(auth::codePurposeKey(code.purpose)));
  close.exec();

  SQLite::Statement insert(m_db,
                           "INSERT INTO verification_codes (account_id, purpose, mobile, code_hash, created_at, "
                           "expires_at) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(code.accountId));
  insert.bind(2, std::string(auth::codePurposeKey(code.purpose)));
  insert.bind(3, code.mobile);
  insert.bind(4, code.codeHash);
  insert.bind(5, static_cast<int64_t>(code.createdAt));
  insert.bind(6, static_cast<int64_t>(code.expiresAt));
  return db::insertAndGetId(insert, m_db);
}

std::optional<long long> VerificationCodeRepository::lastIssuedAt(long long accountId) {
  SQLite::Statement stmt(m_db, "SELECT max(created_at) FROM verification_codes WHERE account_id = ?");
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.executeStep();
  return db::optionalInt(stmt.getColumn(0));
}

std::optional<OpenVerificationCode> VerificationCodeRepository::findOpen(long long accountId, auth::CodePurpose purpose,
                                                                         long long now) {
  SQLite::Statement stmt(m_db,
                         "SELECT id, mobile, code_hash, failed_attempts FROM verification_codes "
                         "WHERE account_id = ? AND purpose = ? AND closed_at IS NULL AND expires_at > ? "
                         "ORDER BY id DESC LIMIT 1");
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.bind(2, std::string(auth::codePurposeKey(purpose)));
  stmt.bind(3, static_cast<int64_t>(now));
  if (!stmt.executeStep()) return std::nullopt;
  return OpenVerificationCode{stmt.getColumn(0).getInt64(), stmt.getColumn(1).getString(),
                              stmt.getColumn(2).getString(), stmt.getColumn(3).getInt()};
}

void VerificationCodeRepository::recordWrongTry(long long id, long long now, bool burn) {
  SQLite::Statement stmt(m_db,
                         "UPDATE verification_codes SET failed_attempts = failed_attempts + 1, "
                         "closed_at = CASE WHEN ? THEN ? END, outcome = CASE WHEN ? THEN 'burnt' END WHERE id = ?");
  stmt.bind(1, burn ? 1 : 0);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, burn ? 1 : 0);
  stmt.bind(4, static_cast<int64_t>(id));
  stmt.exec();
}

void VerificationCodeRepository::markUsed(long long id, long long now) {
  SQLite::Statement stmt(m_db, "UPDATE verification_codes SET closed_at = ?, outcome = 'used' WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, static_cast<int64_t>(id));
  stmt.exec();
}

}  // namespace qinqing::backend
