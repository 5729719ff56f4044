#include "audit/audit_verifier.hpp"

#include "repositories/audit_repository.hpp"

namespace qinqing::backend::audit {

AuditVerification verifyAuditLog(SQLite::Database& db) {
  AuditChainChecker checker;
  AuditRepository(db).forEachInOrder([&](const AuditRow& row) { return !checker.check(row); });
  return AuditVerification{checker.count(), checker.headHash(), checker.firstBreak()};
}

}  // namespace qinqing::backend::audit
