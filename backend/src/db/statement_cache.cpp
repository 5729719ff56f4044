#include "db/statement_cache.hpp"

namespace qinqing::backend::db {
namespace {
thread_local StatementCache* t_current = nullptr;
}  // namespace

StatementCache::Entry* StatementCache::find(std::string_view sql) {
  auto it = m_entries.find(std::string(sql));
  if (it == m_entries.end()) {
    // SQL built per call (an IN list of a page's ids) stays bounded: past the cap, use once.
    if (m_entries.size() >= kMaxEntries) return nullptr;
    it = m_entries.emplace(std::string(sql), std::make_unique<Entry>(m_db, std::string(sql))).first;
  }
  return it->second->inUse ? nullptr : it->second.get();
}

CurrentStatementCache::CurrentStatementCache(StatementCache* cache) : m_previous(t_current) { t_current = cache; }
CurrentStatementCache::~CurrentStatementCache() { t_current = m_previous; }

CachedStatement::CachedStatement(SQLite::Database& db, std::string_view sql) {
  if (t_current != nullptr && &t_current->connection() == &db) m_entry = t_current->find(sql);
  if (m_entry != nullptr) {
    m_entry->inUse = true;
    m_statement = &m_entry->statement;
  } else {
    m_own.emplace(db, std::string(sql));
    m_statement = &*m_own;
  }
}

CachedStatement::~CachedStatement() {
  if (m_entry == nullptr) return;
  // tryReset: never throws (a statement that failed reports its error again on reset).
  m_entry->statement.tryReset();
  try {
    m_entry->statement.clearBindings();
  } catch (...) {
  }
  m_entry->inUse = false;
}

}  // namespace qinqing::backend::db
