// The hash chain of the audit log. Each row stores prev_hash (the previous row's hash; 64 zeros
// for the first row) and hash = SHA-256(prev_hash ‖ canonicalAuditRow(row)). Changing any column
// of a row breaks its own hash; removing or inserting a row in the middle breaks the next link and
// the run of ids (ids are 1, 2, 3, ... with no gaps, and the id is hashed too).
//
// What the chain cannot show by itself: the newest rows cut off the end, or the whole chain
// rewritten by someone holding the database file. `qinqing audit verify` therefore prints the
// head hash, which operators note outside the server (e.g. with the daily backup) to compare later.
//
// Pure functions of the row text: no database access here (AuditRepository stores, the checker
// walks what it reads).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "audit/audit_entry.hpp"

namespace qinqing::backend::audit {

inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

// An unambiguous serialisation of every column except prev_hash and hash: a version tag, then each
// field as "<byte length>:<bytes>;" ("~;" for NULL) in a fixed order, so no two different rows
// serialise alike whatever text they hold.
std::string canonicalAuditRow(const AuditRow& row);

// SHA-256 (hex) of prevHash followed by canonicalAuditRow(row).
std::string chainHash(std::string_view prevHash, const AuditRow& row);

struct ChainBreak {
  long long position = 0;  // 1-based place of the row in id order
  long long id = 0;
  std::string reason;      // Chinese
};

// Walks rows in ascending id order and reports the first broken link.
class AuditChainChecker {
public:
  // Checks the next row. Returns the break when this row breaks the chain; after a break the
  // checker keeps returning it (the rest of the chain cannot be trusted).
  std::optional<ChainBreak> check(const AuditRow& row);

  long long count() const { return m_count; }
  // The hash of the last row checked (kGenesisHash before any).
  const std::string& headHash() const { return m_head; }
  const std::optional<ChainBreak>& firstBreak() const { return m_break; }

private:
  long long m_count = 0;
  long long m_lastId = 0;
  std::string m_head{kGenesisHash};
  std::optional<ChainBreak> m_break;
};

}  // namespace qinqing::backend::audit
