// Verifying the whole audit log of a database (`qinqing audit verify`, and the tests): walks the
// hash chain from the first row to the last and stops at the first broken link.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

#include "audit/audit_chain.hpp"

namespace qinqing::backend::audit {

struct AuditVerification {
  long long intact = 0;             // rows checked and found intact before any break
  std::string headHash;             // hash of the last intact row (kGenesisHash for an empty log)
  std::optional<ChainBreak> broken; // the first broken link, if any
  bool ok() const { return !broken; }
};

// Reads audit_log in id order. Throws SQLite::Exception when the table cannot be read (e.g. a
// database from before migration 2).
AuditVerification verifyAuditLog(SQLite::Database& db);

}  // namespace qinqing::backend::audit
