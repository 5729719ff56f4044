#include "repositories/session_repository.hpp"

#include <gtest/gtest.h>

#include "repositories/account_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using SessionRepositoryTest = qinqing::backend::testsupport::RepositoryTest;

TEST_F(SessionRepositoryTest, FindResolvesTheAccountScope) {
  with([&](SQLite::Database& c) {
    const long long account = AccountRepository(c).insert(cadreAccount());
    SessionRepository sessions(c);
    sessions.insert("h1", account, 100, "127.0.0.1");
    auto s = sessions.find("h1");
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->createdAt, 100);
    EXPECT_EQ(s->lastSeenAt, 100);
    EXPECT_EQ(s->context.accountId, account);
    EXPECT_EQ(s->context.role, qinqing::domain::Role::Cadre);
    EXPECT_EQ(s->context.unitId, jxjId);
    EXPECT_EQ(s->context.cadreId, cadreId);
    EXPECT_FALSE(s->context.enterpriseId.has_value());
    EXPECT_EQ(s->context.tokenHash, "h1");
    EXPECT_FALSE(sessions.find("h2").has_value());
  });
}

TEST_F(SessionRepositoryTest, TouchRemoveAndExpire) {
  with([&](SQLite::Database& c) {
    const long long account = AccountRepository(c).insert(enterpriseAccount());
    SessionRepository sessions(c);
    sessions.insert("old", account, 100, "");
    sessions.insert("idle", account, 500, "");
    sessions.insert("fresh", account, 500, "");
    sessions.touch("fresh", 900);
    EXPECT_EQ(sessions.find("fresh")->lastSeenAt, 900);
    EXPECT_EQ(sessions.countForAccount(account), 3);
    // Idle since 600 or created before 200: "old" and "idle" go, "fresh" stays.
    EXPECT_EQ(sessions.removeExpired(600, 200), 2);
    EXPECT_TRUE(sessions.find("fresh").has_value());
    EXPECT_TRUE(sessions.remove("fresh"));
    EXPECT_FALSE(sessions.remove("fresh"));
    EXPECT_EQ(sessions.countForAccount(account), 0);
  });
}

TEST_F(SessionRepositoryTest, DeletingAnAccountEndsItsSessions) {
  with([&](SQLite::Database& c) {
    const long long account = AccountRepository(c).insert(enterpriseAccount());
    SessionRepository(c).insert("h", account, 100, "");
    c.exec("DELETE FROM accounts WHERE id = " + std::to_string(account));
    EXPECT_FALSE(SessionRepository(c).find("h").has_value());
  });
}

TEST_F(SessionRepositoryTest, OnlineListsLiveSessionsByLatestActivityWithShortIds) {
  with([&](SQLite::Database& c) {
    const long long cadre = AccountRepository(c).insert(cadreAccount());
    const long long enterprise = AccountRepository(c).insert(enterpriseAccount());
    SessionRepository sessions(c);
    const std::string a(64, 'a'), b(64, 'b'), idle(64, 'c'), old(64, 'd');
    sessions.insert(a, cadre, 1000, "10.0.0.1");
    sessions.insert(b, enterprise, 1100, "10.0.0.2");
    sessions.touch(a, 1200);
    sessions.insert(idle, cadre, 300, "");  // idle since 300
    sessions.insert(old, cadre, 50, "");    // created too long ago
    sessions.touch(old, 1150);

    auto page = sessions.online(/*idleCutoff=*/400, /*ageCutoff=*/100, 1, 10);
    EXPECT_EQ(page.total, 2);
    ASSERT_EQ(page.rows.size(), 2u);
    EXPECT_EQ(page.rows[0].publicId, std::string(16, 'a'));
    EXPECT_EQ(page.rows[0].loginName, "张明");
    EXPECT_EQ(page.rows[0].lastSeenAt, 1200);
    EXPECT_EQ(page.rows[0].createdAt, 1000);
    EXPECT_EQ(page.rows[0].clientAddress, "10.0.0.1");
    EXPECT_EQ(page.rows[1].role, qinqing::domain::Role::Enterprise);
    auto second = sessions.online(400, 100, 2, 1);
    EXPECT_EQ(second.total, 2);
    ASSERT_EQ(second.rows.size(), 1u);
    EXPECT_EQ(second.rows[0].accountId, enterprise);
  });
}

TEST_F(SessionRepositoryTest, PublicIdFindsExactlyItsSession) {
  with([&](SQLite::Database& c) {
    const long long account = AccountRepository(c).insert(cadreAccount());
    SessionRepository sessions(c);
    const std::string hash = "0123456789abcdef" + std::string(48, '7');
    const std::string neighbour = "0123456789abcdf0" + std::string(48, '7');
    sessions.insert(hash, account, 100, "");
    sessions.insert(neighbour, account, 100, "");
    auto found = sessions.findByPublicId("0123456789abcdef");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->context.tokenHash, hash);
    EXPECT_FALSE(sessions.findByPublicId("0123456789abcde").has_value());    // too short
    EXPECT_FALSE(sessions.findByPublicId("0123456789ABCDEF").has_value());   // not lower-case hex
    EXPECT_FALSE(sessions.findByPublicId("0123456789abcdee").has_value());
  });
}

TEST_F(SessionRepositoryTest, RemoveOthersKeepsTheCallersSession) {
  with([&](SQLite::Database& c) {
    const long long account = AccountRepository(c).insert(cadreAccount());
    const long long other = AccountRepository(c).insert(enterpriseAccount());
    SessionRepository sessions(c);
    sessions.insert("mine", account, 100, "");
    sessions.insert("phone", account, 100, "");
    sessions.insert("laptop", account, 100, "");
    sessions.insert("theirs", other, 100, "");
    EXPECT_EQ(sessions.removeOthers(account, "mine"), 2);
    EXPECT_TRUE(sessions.find("mine").has_value());
    EXPECT_FALSE(sessions.find("phone").has_value());
    EXPECT_TRUE(sessions.find("theirs").has_value());
  });
}
