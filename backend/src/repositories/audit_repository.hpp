// AuditRepository: the audit_log table (audit/audit_entry.hpp, audit/audit_chain.hpp). Rows are
// only ever appended; the schema's triggers refuse UPDATE and DELETE, and nothing here offers them.
// Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_entry.hpp"

namespace qinqing::backend {

struct AuditQuery {
  int page = 1;       // 1-based
  int pageSize = 50;  // the caller keeps it within its limits
  std::optional<std::string> action;        // exact action key
  std::optional<std::string> actionPrefix;  // e.g. "calendar." for the calendar's changes
  std::optional<long long> accountId;
  std::optional<std::string> accountLabel;  // exact login name as recorded
};

struct AuditRowPage {
  long long total = 0;            // rows matching the filter
  std::vector<audit::AuditRow> rows;  // newest first
};

class AuditRepository {
public:
  explicit AuditRepository(SQLite::Database& db) : m_db(db) {}

  // Appends the entry as the next link of the hash chain and returns the row as stored.
  // Must run inside the caller's transaction — the one that makes the change being recorded — so
  // the change and its entry commit or roll back together; outside a transaction it throws
  // std::logic_error (a programmer error). Use an IMMEDIATE transaction: the chain's head is read
  // and extended under the write lock.
  audit::AuditRow append(const audit::AuditEntry& entry);

  // One page of rows matching every given filter, newest first, with the total count.
  AuditRowPage page(const AuditQuery& query);

  // Every row in ascending id order, read one at a time (constant memory however long the log),
  // until fn returns false.
  void forEachInOrder(const std::function<bool(const audit::AuditRow&)>& fn);

  long long count();

  // Entries of this action (with this result, if given) for this account at or after `since`.
  long long countForAccountSince(long long accountId, audit::AuditAction action, long long since,
                                 std::optional<audit::AuditResult> result = std::nullopt);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
