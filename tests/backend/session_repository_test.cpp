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
