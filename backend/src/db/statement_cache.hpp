// Prepared statements kept per pooled connection. The petition detail runs about fifteen short
// statements; preparing each anew (parsing and planning the SQL) cost more than running it. A
// statement taken here is prepared once per connection and, when the handle goes out of scope,
// reset (ending its read of the WAL snapshot) and unbound, ready for the next caller.
//
// The cache belongs to the connection the current thread holds through Database::read or ::write
// (db/database.hpp); any other connection (a repository test's own SQLite::Database) gets a
// statement prepared for the one use, as does a second use of the same SQL while the first is live.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace qinqing::backend::db {

class StatementCache {
public:
  struct Entry {
    explicit Entry(SQLite::Database& db, const std::string& sql) : statement(db, sql) {}
    SQLite::Statement statement;
    bool inUse = false;
  };
  static constexpr std::size_t kMaxEntries = 512;
  explicit StatementCache(SQLite::Database& db) : m_db(db) {}
  SQLite::Database& connection() { return m_db; }
  // The entry of `sql`, prepared on first use; null when that entry is in use already or the
  // cache is full.
  Entry* find(std::string_view sql);
  std::size_t size() const { return m_entries.size(); }

private:
  SQLite::Database& m_db;
  std::unordered_map<std::string, std::unique_ptr<Entry>> m_entries;
};

// Makes `cache` the current thread's cache while it lives (Database's leases do this).
class CurrentStatementCache {
public:
  explicit CurrentStatementCache(StatementCache* cache);
  ~CurrentStatementCache();
  CurrentStatementCache(const CurrentStatementCache&) = delete;
  CurrentStatementCache& operator=(const CurrentStatementCache&) = delete;

private:
  StatementCache* m_previous;
};

class CachedStatement {
public:
  CachedStatement(SQLite::Database& db, std::string_view sql);
  ~CachedStatement();
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  SQLite::Statement& operator*() { return *m_statement; }
  SQLite::Statement* operator->() { return m_statement; }
  bool cached() const { return m_entry != nullptr; }

private:
  StatementCache::Entry* m_entry = nullptr;
  std::optional<SQLite::Statement> m_own;
  SQLite::Statement* m_statement = nullptr;
};

}  // namespace qinqing::backend::db

namespace qinqing::backend {
using db::CachedStatement;  // where a parameter named db hides the namespace
}  // namespace qinqing::backend
