#include "repositories/audit_repository.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <set>

#include "audit/audit_verifier.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using audit::AuditAction;
using audit::AuditEntry;
using audit::AuditResult;

namespace {

AuditEntry entry(AuditAction action, std::optional<long long> accountId, std::string label, long long at = kTestEpoch) {
  AuditEntry e;
  e.at = at;
  e.actor = {accountId, std::move(label), "system_admin", "127.0.0.1"};
  e.action = action;
  e.objectType = "account";
  e.objectId = accountId ? std::to_string(*accountId) : "";
  e.result = AuditResult::Ok;
  return e;
}

class AuditRepositoryTest : public ::testing::Test {
protected:
  void SetUp() override { m_database = migratedMemoryDatabase(); }

  audit::AuditRow append(const AuditEntry& e) {
    return m_database->write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      auto row = AuditRepository(c).append(e);
      tx.commit();
      return row;
    });
  }

  template <typename Fn>
  auto with(Fn&& fn) {
    return m_database->write(std::forward<Fn>(fn));
  }

  std::unique_ptr<db::Database> m_database;
};

}  // namespace

TEST_F(AuditRepositoryTest, AppendLinksEachRowToThePreviousOne) {
  auto first = append(entry(AuditAction::LoginSucceeded, 1, "sysadmin"));
  auto second = append(entry(AuditAction::LoggedOut, 1, "sysadmin"));
  EXPECT_EQ(first.id, 1);
  EXPECT_EQ(first.prevHash, audit::kGenesisHash);
  EXPECT_EQ(first.hash, audit::chainHash(first.prevHash, first));
  EXPECT_EQ(second.id, 2);
  EXPECT_EQ(second.prevHash, first.hash);
  EXPECT_EQ(second.action, "session.logout");
  EXPECT_EQ(second.result, "ok");
}

TEST_F(AuditRepositoryTest, AppendOutsideATransactionIsAProgrammerError) {
  with([](SQLite::Database& c) {
    EXPECT_THROW(AuditRepository(c).append(entry(AuditAction::LoginSucceeded, 1, "sysadmin")), std::logic_error);
  });
  with([](SQLite::Database& c) { EXPECT_EQ(AuditRepository(c).count(), 0); });
}

TEST_F(AuditRepositoryTest, EntryRollsBackWithItsTransaction) {
  with([](SQLite::Database& c) {
    SQLite::Transaction tx(c);
    AuditRepository(c).append(entry(AuditAction::LoginSucceeded, 1, "sysadmin"));
  });  // no commit
  with([](SQLite::Database& c) { EXPECT_EQ(AuditRepository(c).count(), 0); });
}

TEST_F(AuditRepositoryTest, TriggersRefuseUpdatesAndDeletes) {
  append(entry(AuditAction::LoginSucceeded, 1, "sysadmin"));
  with([](SQLite::Database& c) {
    EXPECT_THROW(c.exec("UPDATE audit_log SET account_label = 'x'"), SQLite::Exception);
    EXPECT_THROW(c.exec("DELETE FROM audit_log"), SQLite::Exception);
    EXPECT_EQ(c.execAndGet("SELECT account_label FROM audit_log").getString(), "sysadmin");
  });
}

TEST_F(AuditRepositoryTest, PagesNewestFirstWithTheTotal) {
  for (int i = 0; i < 7; ++i) append(entry(AuditAction::LoginSucceeded, 1, "sysadmin", kTestEpoch + i));
  auto page = with([](SQLite::Database& c) { return AuditRepository(c).page({.page = 2, .pageSize = 3}); });
  EXPECT_EQ(page.total, 7);
  ASSERT_EQ(page.rows.size(), 3u);
  EXPECT_EQ(page.rows[0].id, 4);
  EXPECT_EQ(page.rows[2].id, 2);
  auto last = with([](SQLite::Database& c) { return AuditRepository(c).page({.page = 3, .pageSize = 3}); });
  ASSERT_EQ(last.rows.size(), 1u);
  EXPECT_EQ(last.rows[0].id, 1);
}

TEST_F(AuditRepositoryTest, FiltersByActionPrefixAccountAndLabel) {
  append(entry(AuditAction::LoginSucceeded, 1, "sysadmin"));
  append(entry(AuditAction::LoginFailed, std::nullopt, "无此人"));
  append(entry(AuditAction::CalendarDayChanged, 1, "sysadmin"));
  append(entry(AuditAction::CalendarYearReplaced, 2, "other"));
  append(entry(AuditAction::LoggedOut, 1, "sysadmin"));
  auto query = [&](AuditQuery q) { return with([&](SQLite::Database& c) { return AuditRepository(c).page(q); }); };

  auto failed = query({.action = "session.login_failed"});
  ASSERT_EQ(failed.total, 1);
  EXPECT_FALSE(failed.rows[0].accountId.has_value());
  EXPECT_EQ(failed.rows[0].accountLabel, "无此人");

  auto calendar = query({.actionPrefix = "calendar."});
  EXPECT_EQ(calendar.total, 2);
  EXPECT_EQ(calendar.rows[0].action, "calendar.year_replaced");

  EXPECT_EQ(query({.accountId = 1}).total, 3);
  EXPECT_EQ(query({.accountLabel = "other"}).total, 1);
  EXPECT_EQ(query({.actionPrefix = "calendar.", .accountId = 1}).total, 1);
  EXPECT_EQ(query({}).total, 5);
}

TEST_F(AuditRepositoryTest, VerifierPassesAnIntactLogAndFindsATamperedRow) {
  for (int i = 0; i < 4; ++i) append(entry(AuditAction::LoginSucceeded, 1, "sysadmin", kTestEpoch + i));
  auto ok = with([](SQLite::Database& c) { return audit::verifyAuditLog(c); });
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.intact, 4);

  with([](SQLite::Database& c) {
    // What someone editing the file would have to do first.
    c.exec("DROP TRIGGER audit_log_no_update");
    c.exec("UPDATE audit_log SET result = 'failed' WHERE id = 3");
  });
  auto broken = with([](SQLite::Database& c) { return audit::verifyAuditLog(c); });
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.broken->id, 3);
  EXPECT_EQ(broken.intact, 2);
}

TEST_F(AuditRepositoryTest, VerifierFindsADeletedRow) {
  for (int i = 0; i < 4; ++i) append(entry(AuditAction::LoginSucceeded, 1, "sysadmin", kTestEpoch + i));
  with([](SQLite::Database& c) {
    c.exec("DROP TRIGGER audit_log_no_delete");
    c.exec("DELETE FROM audit_log WHERE id = 2");
  });
  auto broken = with([](SQLite::Database& c) { return audit::verifyAuditLog(c); });
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.broken->id, 3);
  EXPECT_EQ(broken.broken->position, 2);
}

TEST_F(AuditRepositoryTest, ForEachInOrderStopsWhenAsked) {
  for (int i = 0; i < 5; ++i) append(entry(AuditAction::LoginSucceeded, 1, "sysadmin"));
  std::vector<long long> seen;
  with([&](SQLite::Database& c) {
    AuditRepository(c).forEachInOrder([&](const audit::AuditRow& r) {
      seen.push_back(r.id);
      return r.id < 3;
    });
  });
  EXPECT_EQ(seen, (std::vector<long long>{1, 2, 3}));
}

TEST(AuditActions, KeysAreUniqueAndNamed) {
  std::set<std::string_view> keys;
  for (auto a : audit::allActions()) {
    EXPECT_TRUE(keys.insert(audit::actionKey(a)).second) << audit::actionKey(a);
    EXPECT_FALSE(audit::actionName(a).empty());
    EXPECT_EQ(audit::actionFromKey(audit::actionKey(a)), a);
  }
  EXPECT_EQ(audit::actionNameOfKey("future.thing"), "future.thing");
}
