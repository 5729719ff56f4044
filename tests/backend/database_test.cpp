#include "db/database.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <atomic>
#include <thread>
#include <vector>

#include "test_support.hpp"

using namespace qinqing::backend;
using qinqing::backend::testsupport::TempDir;

TEST(Database, FileDatabaseRunsInWalModeWithForeignKeysAndFullSync) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string());
  EXPECT_FALSE(database.inMemory());
  database.write([](SQLite::Database& c) {
    EXPECT_EQ(c.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(c.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(c.execAndGet("PRAGMA synchronous").getInt(), 2);  // FULL
  });
  database.read([](SQLite::Database& c) {
    EXPECT_EQ(c.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(c.execAndGet("PRAGMA query_only").getInt(), 1);
  });
}

TEST(Database, ReaderConnectionsRefuseWrites) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string());
  database.write([](SQLite::Database& c) { c.exec("CREATE TABLE t (x INTEGER)"); });
  EXPECT_THROW(database.read([](SQLite::Database& c) { c.exec("INSERT INTO t VALUES (1)"); }), SQLite::Exception);
}

TEST(Database, ReadersSeeCommittedWritesFromManyThreads) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string(), {.maxReaders = 3, .busyTimeoutMs = 5000});
  database.write([](SQLite::Database& c) { c.exec("CREATE TABLE t (x INTEGER)"); });
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        try {
          if (t % 2 == 0) {
            database.write([&](SQLite::Database& c) { c.exec("INSERT INTO t VALUES (" + std::to_string(i) + ")"); });
          } else {
            database.read([](SQLite::Database& c) { return c.execAndGet("SELECT count(*) FROM t").getInt(); });
          }
        } catch (const std::exception&) {
          ++failures;  // SQLITE_BUSY or a pool bug
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(database.read([](SQLite::Database& c) { return c.execAndGet("SELECT count(*) FROM t").getInt(); }), 100);
}

TEST(Database, InMemoryDatabaseSharesOneConnectionForReadsAndWrites) {
  db::Database database(":memory:");
  EXPECT_TRUE(database.inMemory());
  database.write([](SQLite::Database& c) { c.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7);"); });
  EXPECT_EQ(database.read([](SQLite::Database& c) { return c.execAndGet("SELECT x FROM t").getInt(); }), 7);
}

TEST(Database, MissingDirectoryThrows) {
  EXPECT_THROW(db::Database("/nonexistent-qinqing-dir/sub/q.db"), SQLite::Exception);
}
