#include "db/database.hpp"

#include <SQLiteCpp/Exception.h>

namespace qinqing::backend::db {

Database::Database(std::string path) : Database(std::move(path), Options{}) {}

Database::Database(std::string path, Options options)
    : m_path(std::move(path)), m_options(options), m_inMemory(m_path.empty() || m_path == ":memory:") {
  if (m_path.empty()) m_path = ":memory:";
  m_writer = openConnection(false);
  if (!m_inMemory) {
    // WAL is a property of the file: set once by the writer, readers then find it in place.
    auto mode = m_writer.connection->execAndGet("PRAGMA journal_mode=WAL").getString();
    if (mode != "wal") throw SQLite::Exception("SQLite refused WAL mode (journal_mode=" + mode + ")");
  }
}

Database::~Database() = default;

Database::Pooled Database::openConnection(bool reader) const {
  // NOMUTEX: a connection is only ever used by one thread at a time (the writer lock or a lease),
  // so SQLite's own per-connection mutex would be pure overhead.
  auto conn = std::make_unique<SQLite::Database>(
      m_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, m_options.busyTimeoutMs);
  conn->exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");
  if (reader) conn->exec("PRAGMA query_only=ON;");
  auto statements = std::make_unique<StatementCache>(*conn);
  return Pooled{std::move(conn), std::move(statements)};
}

Database::ReaderLease::ReaderLease(Database& owner) : m_owner(owner) {
  std::unique_lock lock(owner.m_poolMutex);
  owner.m_poolCv.wait(lock, [&] {
    return !owner.m_idleReaders.empty() || owner.m_readersOpen < owner.m_options.maxReaders;
  });
  if (!owner.m_idleReaders.empty()) {
    m_pooled = std::move(owner.m_idleReaders.back());
    owner.m_idleReaders.pop_back();
    return;
  }
  ++owner.m_readersOpen;
  lock.unlock();  // opening a file takes a moment: do not block other borrowers meanwhile
  try {
    m_pooled = owner.openConnection(true);
  } catch (...) {
    std::lock_guard relock(owner.m_poolMutex);
    --owner.m_readersOpen;
    owner.m_poolCv.notify_one();
    throw;
  }
}

Database::ReaderLease::~ReaderLease() {
  {
    std::lock_guard lock(m_owner.m_poolMutex);
    m_owner.m_idleReaders.push_back(std::move(m_pooled));
  }
  m_owner.m_poolCv.notify_one();
}

}  // namespace qinqing::backend::db
