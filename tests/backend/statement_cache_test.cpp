// The per-connection prepared statements (db/statement_cache.hpp): the same SQL on a pooled
// connection is prepared once and reused unbound; a statement dropped mid-result is reset, so the
// reader sees later commits (no stale WAL snapshot); a second live use of the same SQL, and a
// connection outside the pool, get their own statement; a full cache stops caching.
#include "db/statement_cache.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "db/database.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using qinqing::backend::testsupport::TempDir;

namespace {

void seed(db::Database& database, int rows) {
  database.write([rows](SQLite::Database& c) {
    c.exec("CREATE TABLE IF NOT EXISTS t (x INTEGER)");
    for (int i = 0; i < rows; ++i) c.exec("INSERT INTO t VALUES (" + std::to_string(i) + ")");
  });
}

}  // namespace

TEST(StatementCache, TheSameSqlIsPreparedOnceAndComesBackUnbound) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string(), {.maxReaders = 1, .busyTimeoutMs = 5000});
  seed(database, 3);
  const SQLite::Statement* first = nullptr;
  database.read([&](SQLite::Database& c) {
    db::CachedStatement s(c, "SELECT count(*) FROM t WHERE x >= ?");
    EXPECT_TRUE(s.cached());
    s->bind(1, 1);
    ASSERT_TRUE(s->executeStep());
    EXPECT_EQ(s->getColumn(0).getInt(), 2);
    first = &*s;
  });
  database.read([&](SQLite::Database& c) {  // the one reader connection again
    db::CachedStatement s(c, "SELECT count(*) FROM t WHERE x >= ?");
    EXPECT_EQ(&*s, first);
    ASSERT_TRUE(s->executeStep());  // unbound: x >= NULL holds for none
    EXPECT_EQ(s->getColumn(0).getInt(), 0);
  });
}

TEST(StatementCache, AStatementDroppedMidResultDoesNotKeepAnOldSnapshot) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string(), {.maxReaders = 1, .busyTimeoutMs = 5000});
  seed(database, 5);
  const auto countByStepping = [&] {
    return database.read([](SQLite::Database& c) {
      db::CachedStatement s(c, "SELECT x FROM t ORDER BY x");
      int n = 0;
      while (s->executeStep()) ++n;
      return n;
    });
  };
  database.read([](SQLite::Database& c) {
    db::CachedStatement s(c, "SELECT x FROM t ORDER BY x");
    EXPECT_TRUE(s->executeStep());  // one row of five read, then dropped
  });
  seed(database, 2);
  EXPECT_EQ(countByStepping(), 7);
}

TEST(StatementCache, ASecondLiveUseAndAnOutsideConnectionGetTheirOwn) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string());
  seed(database, 4);
  database.read([](SQLite::Database& c) {
    db::CachedStatement outer(c, "SELECT x FROM t ORDER BY x");
    ASSERT_TRUE(outer->executeStep());
    db::CachedStatement inner(c, "SELECT x FROM t ORDER BY x");
    EXPECT_TRUE(outer.cached());
    EXPECT_FALSE(inner.cached());
    int n = 0;
    while (inner->executeStep()) ++n;
    EXPECT_EQ(n, 4);
    ASSERT_TRUE(outer->executeStep());
    EXPECT_EQ(outer->getColumn(0).getInt(), 1);  // the outer result went on undisturbed
  });
  SQLite::Database own((dir.path() / "q.db").string(), SQLite::OPEN_READONLY);
  db::CachedStatement s(own, "SELECT count(*) FROM t");
  EXPECT_FALSE(s.cached());
  ASSERT_TRUE(s->executeStep());
  EXPECT_EQ(s->getColumn(0).getInt(), 4);
}

TEST(StatementCache, WritesReuseTheWritersStatementsAndAFullCacheStopsCaching) {
  TempDir dir;
  db::Database database((dir.path() / "q.db").string());
  seed(database, 0);
  database.write([](SQLite::Database& c) {
    for (int i = 0; i < 3; ++i) {
      db::CachedStatement s(c, "INSERT INTO t VALUES (?)");
      EXPECT_TRUE(s.cached());
      s->bind(1, i);
      s->exec();
    }
    EXPECT_EQ(c.execAndGet("SELECT sum(x) FROM t").getInt(), 3);
    for (std::size_t i = 0; i < db::StatementCache::kMaxEntries; ++i) {
      db::CachedStatement s(c, "SELECT " + std::to_string(i));
    }
    db::CachedStatement over(c, "SELECT 'one more'");
    EXPECT_FALSE(over.cached());
    db::CachedStatement known(c, "INSERT INTO t VALUES (?)");
    EXPECT_TRUE(known.cached());
  });
}
