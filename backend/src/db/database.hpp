// Database: the SQLite file of one deployment and the connections the server's threads share.
//
// httplib runs handlers on many threads. SQLite in WAL mode lets readers run alongside one writer,
// so reads borrow a connection from a small pool and run concurrently, while every write goes
// through the single writer connection, one caller at a time (queuing here is cheaper and fairer
// than SQLite's busy-retry loop). An in-memory database (":memory:", repository tests) has just one
// connection, which readers and the writer then share.
//
// Each connection is opened with: journal_mode=WAL, synchronous=FULL (a committed login or petition
// survives a power cut), foreign_keys=ON, a busy timeout for other processes (a backup, seed-demo),
// and query_only=ON on readers so a read path can never write by mistake.
//
// This class does not apply migrations (db/migrations.hpp) and never opens transactions itself:
// callers wrap every multi-statement write in SQLite::Transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "db/statement_cache.hpp"

namespace qinqing::backend::db {

class Database {
public:
  struct Options {
    // Connections opened on demand up to this many; further readers wait. 64 keeps 64 concurrent
    // clerks' requests off a condition variable (at 16, waiting for a connection cost a third of
    // the list throughput at 64 connections); each idle connection holds only its page cache.
    int maxReaders = 64;
    int busyTimeoutMs = 5000;  // how long a connection waits for a lock held by another process
  };

  // Opens or creates the database file at path (":memory:" for a private in-memory database).
  // Throws SQLite::Exception when the file cannot be opened or is not a database; the directory
  // must exist.
  explicit Database(std::string path);
  Database(std::string path, Options options);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return m_path; }
  bool inMemory() const { return m_inMemory; }

  // Runs fn(SQLite::Database&) on a reader connection and returns its result. Exceptions from fn
  // propagate; the connection goes back to the pool either way.
  template <typename Fn>
  auto read(Fn&& fn) -> std::invoke_result_t<Fn, SQLite::Database&> {
    if (m_inMemory) return write(std::forward<Fn>(fn));
    ReaderLease lease(*this);
    CurrentStatementCache statements(lease.statements());
    return std::forward<Fn>(fn)(lease.connection());
  }

  // Runs fn(SQLite::Database&) on the writer connection while holding the writer lock.
  template <typename Fn>
  auto write(Fn&& fn) -> std::invoke_result_t<Fn, SQLite::Database&> {
    std::lock_guard lock(m_writerMutex);
    CurrentStatementCache statements(m_writer.statements.get());
    return std::forward<Fn>(fn)(*m_writer.connection);
  }

private:
  // A connection and its prepared statements (db/statement_cache.hpp), finalized before it closes.
  struct Pooled {
    std::unique_ptr<SQLite::Database> connection;
    std::unique_ptr<StatementCache> statements;  // declared after: destroyed first
  };

  class ReaderLease {
  public:
    explicit ReaderLease(Database& owner);
    ~ReaderLease();
    ReaderLease(const ReaderLease&) = delete;
    ReaderLease& operator=(const ReaderLease&) = delete;
    SQLite::Database& connection() { return *m_pooled.connection; }
    StatementCache* statements() { return m_pooled.statements.get(); }

  private:
    Database& m_owner;
    Pooled m_pooled;
  };

  Pooled openConnection(bool reader) const;

  std::string m_path;
  Options m_options;
  bool m_inMemory = false;
  std::mutex m_writerMutex;
  Pooled m_writer;

  std::mutex m_poolMutex;
  std::condition_variable m_poolCv;
  std::vector<Pooled> m_idleReaders;
  int m_readersOpen = 0;
};

}  // namespace qinqing::backend::db
