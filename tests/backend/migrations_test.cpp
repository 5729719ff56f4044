#include "db/migrations.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <set>

using namespace qinqing::backend;

namespace {
SQLite::Database memory() { return SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
}  // namespace

TEST(Migrations, VersionsAreAscendingAndUnique) {
  int previous = 0;
  for (const auto& m : db::allMigrations()) {
    EXPECT_GT(m.version, previous);
    EXPECT_FALSE(m.name.empty());
    previous = m.version;
  }
  EXPECT_EQ(db::latestSchemaVersion(), previous);
}

TEST(Migrations, NewDatabaseStartsAtVersionZeroAndReachesLatest) {
  auto c = memory();
  EXPECT_EQ(db::currentSchemaVersion(c), 0);
  EXPECT_EQ(db::applyMigrations(c, 1000), db::latestSchemaVersion());
  EXPECT_EQ(db::currentSchemaVersion(c), db::latestSchemaVersion());
  for (const char* table : {"regions", "units", "industry_groups", "cadres", "enterprises", "accounts", "sessions",
                            "cadre_assignments", "audit_log", "calendar_years", "calendar_days"}) {
    EXPECT_TRUE(c.tableExists(table)) << table;
  }
}

TEST(Migrations, ApplyingTwiceChangesNothing) {
  auto c = memory();
  db::applyMigrations(c, 1000);
  EXPECT_EQ(db::applyMigrations(c, 2000), db::latestSchemaVersion());
  EXPECT_EQ(c.execAndGet("SELECT count(*) FROM schema_migrations").getInt(),
            static_cast<int>(db::allMigrations().size()));
  EXPECT_EQ(c.execAndGet("SELECT max(applied_at) FROM schema_migrations").getInt64(), 1000);
}

TEST(Migrations, RefusesDatabaseNewerThanBinary) {
  auto c = memory();
  db::applyMigrations(c, 1000);
  const int newer = db::latestSchemaVersion() + 1;
  c.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (" + std::to_string(newer) +
         ", 'from the future', 0)");
  try {
    db::applyMigrations(c, 2000);
    FAIL() << "expected SchemaTooNewError";
  } catch (const db::SchemaTooNewError& e) {
    EXPECT_EQ(e.found(), newer);
    EXPECT_EQ(e.supported(), db::latestSchemaVersion());
  }
  EXPECT_EQ(db::currentSchemaVersion(c), newer);  // untouched
}

TEST(Migrations, CadreNamesAreUniquePerUnitButNotAcrossUnits) {
  auto c = memory();
  db::applyMigrations(c, 1000);
  c.exec("INSERT INTO regions (id, name, kind) VALUES (1, '十堰市', 'city');"
         "INSERT INTO units (id, region_id, name) VALUES (1, 1, '十堰市经信局'), (2, 1, '十堰市商务局');"
         "INSERT INTO cadres (unit_id, name) VALUES (1, '张明'), (2, '张明');");
  EXPECT_THROW(c.exec("INSERT INTO cadres (unit_id, name) VALUES (1, '张明')"), SQLite::Exception);
}

TEST(Migrations, AuditLogIsGuardedByTriggers) {
  auto c = memory();
  db::applyMigrations(c, 1000);
  EXPECT_EQ(c.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").getInt(),
            2);
  c.exec("INSERT INTO audit_log (at, account_label, role, source_address, action, object_type, object_id, result, "
         "prev_hash, hash) VALUES (1, '', '', '', 'x', '', '', 'ok', '0', '1')");
  EXPECT_THROW(c.exec("UPDATE audit_log SET at = 2"), SQLite::Exception);
  EXPECT_THROW(c.exec("DELETE FROM audit_log"), SQLite::Exception);
  EXPECT_THROW(c.exec("INSERT INTO audit_log (at, account_label, role, source_address, action, object_type, object_id, "
                      "result, prev_hash, hash) VALUES (1, '', '', '', 'x', '', '', 'maybe', '1', '2')"),
               SQLite::Exception);
}
