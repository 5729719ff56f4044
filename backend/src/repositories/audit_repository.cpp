#include "repositories/audit_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <stdexcept>

#include "audit/audit_chain.hpp"
#include "db/sql_helpers.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kAuditColumns =
    "id, at, account_id, account_label, role, source_address, action, object_type, object_id, result, "
    "before_json, after_json, prev_hash, hash";

std::optional<std::string> optionalText(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

void bindText(SQLite::Statement& stmt, int index, const std::optional<std::string>& value) {
  if (value) {
    stmt.bind(index, *value);
  } else {
    stmt.bind(index);
  }
}

audit::AuditRow readRow(SQLite::Statement& stmt) {
  audit::AuditRow r;
  r.id = stmt.getColumn(0).getInt64();
  r.at = stmt.getColumn(1).getInt64();
  r.accountId = db::optionalInt(stmt.getColumn(2));
  r.accountLabel = stmt.getColumn(3).getString();
  r.role = stmt.getColumn(4).getString();
  r.sourceAddress = stmt.getColumn(5).getString();
  r.action = stmt.getColumn(6).getString();
  r.objectType = stmt.getColumn(7).getString();
  r.objectId = stmt.getColumn(8).getString();
  r.result = stmt.getColumn(9).getString();
  r.beforeJson = optionalText(stmt.getColumn(10));
  r.afterJson = optionalText(stmt.getColumn(11));
  r.prevHash = stmt.getColumn(12).getString();
  r.hash = stmt.getColumn(13).getString();
  return r;
}

// The filter as SQL plus the binder that fills its parameters, shared by the count and the page.
struct Filter {
  std::string where;
  std::function<int(SQLite::Statement&)> bind;  // returns the next free parameter index
};

Filter filterOf(const AuditQuery& q) {
  Filter f;
  std::vector<std::string> clauses;
  if (q.action) clauses.push_back("action = ?");
  // A range on the key instead of LIKE, so the (action, id) index serves the prefix too.
  if (q.actionPrefix) clauses.push_back("action >= ? AND action < ?");
  if (q.accountId) clauses.push_back("account_id = ?");
  if (q.accountLabel) clauses.push_back("account_label = ?");
  for (size_t i = 0; i < clauses.size(); ++i) f.where += (i == 0 ? " WHERE " : " AND ") + clauses[i];
  f.bind = [q](SQLite::Statement& stmt) {
    int i = 1;
    if (q.action) stmt.bind(i++, *q.action);
    if (q.actionPrefix) {
      std::string upper = *q.actionPrefix;
      if (!upper.empty()) upper.back() = static_cast<char>(upper.back() + 1);
      stmt.bind(i++, *q.actionPrefix);
      stmt.bind(i++, upper);
    }
    if (q.accountId) stmt.bind(i++, static_cast<int64_t>(*q.accountId));
    if (q.accountLabel) stmt.bind(i++, *q.accountLabel);
    return i;
  };
  return f;
}

}  // namespace

audit::AuditRow AuditRepository::append(const audit::AuditEntry& entry) {
  if (sqlite3_get_autocommit(m_db.getHandle()) != 0) {
    throw std::logic_error("AuditRepository::append must run inside the transaction of the change it records");
  }
  audit::AuditRow row;
  row.prevHash = std::string(audit::kGenesisHash);
  {
    SQLite::Statement head(m_db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (head.executeStep()) {
      row.id = head.getColumn(0).getInt64();
      row.prevHash = head.getColumn(1).getString();
    }
  }
  row.id += 1;
  row.at = entry.at;
  row.accountId = entry.actor.accountId;
  row.accountLabel = entry.actor.label;
  row.role = entry.actor.role;
  row.sourceAddress = entry.actor.address;
  row.action = std::string(audit::actionKey(entry.action));
  row.objectType = entry.objectType;
  row.objectId = entry.objectId;
  row.result = std::string(wire::auditResultKey(entry.result));
  row.beforeJson = entry.beforeJson;
  row.afterJson = entry.afterJson;
  row.hash = audit::chainHash(row.prevHash, row);

  SQLite::Statement insert(m_db, std::string("INSERT INTO audit_log (") + kAuditColumns +
                                     ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(row.id));
  insert.bind(2, static_cast<int64_t>(row.at));
  db::bindOptional(insert, 3, row.accountId);
  insert.bind(4, row.accountLabel);
  insert.bind(5, row.role);
  insert.bind(6, row.sourceAddress);
  insert.bind(7, row.action);
  insert.bind(8, row.objectType);
  insert.bind(9, row.objectId);
  insert.bind(10, row.result);
  bindText(insert, 11, row.beforeJson);
  bindText(insert, 12, row.afterJson);
  insert.bind(13, row.prevHash);
  insert.bind(14, row.hash);
  insert.exec();
  return row;
}

AuditRowPage AuditRepository::page(const AuditQuery& query) {
  const Filter filter = filterOf(query);
  AuditRowPage out;
  {
    SQLite::Statement count(m_db, "SELECT count(*) FROM audit_log" + filter.where);
    filter.bind(count);
    count.executeStep();
    out.total = count.getColumn(0).getInt64();
  }
  SQLite::Statement stmt(m_db,
                         std::string("SELECT ") + kAuditColumns + " FROM audit_log" + filter.where +
                             " ORDER BY id DESC LIMIT ? OFFSET ?");
  const int next = filter.bind(stmt);
  stmt.bind(next, query.pageSize);
  stmt.bind(next + 1, static_cast<int64_t>(query.page - 1) * query.pageSize);
  while (stmt.executeStep()) out.rows.push_back(readRow(stmt));
  return out;
}

void AuditRepository::forEachInOrder(const std::function<bool(const audit::AuditRow&)>& fn) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kAuditColumns + " FROM audit_log ORDER BY id");
  while (stmt.executeStep()) {
    if (!fn(readRow(stmt))) return;
  }
}

long long AuditRepository::count() { return m_db.execAndGet("SELECT count(*) FROM audit_log").getInt64(); }

long long AuditRepository::countForAccountSince(long long accountId, audit::AuditAction action, long long since,
                                                std::optional<audit::AuditResult> result) {
  // The (account_id, id) index narrows to the account; its entries are few.
  SQLite::Statement stmt(m_db,
                         "SELECT count(*) FROM audit_log WHERE account_id = ? AND action = ? AND at >= ? "
                         "AND (? IS NULL OR result = ?)");
  stmt.bind(1, static_cast<int64_t>(accountId));
  stmt.bind(2, std::string(audit::actionKey(action)));
  stmt.bind(3, static_cast<int64_t>(since));
  if (result) {
    stmt.bind(4, std::string(wire::auditResultKey(*result)));
    stmt.bind(5, std::string(wire::auditResultKey(*result)));
  }
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

}  // namespace qinqing::backend
