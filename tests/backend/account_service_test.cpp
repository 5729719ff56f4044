#include "auth/account_service.hpp"

#include <gtest/gtest.h>

#include "audit/audit_verifier.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using qinqing::domain::ErrorCode;
using qinqing::domain::PasswordChange;

namespace {

class AccountServiceTest : public testsupport::RepositoryTest {
protected:
  void SetUp() override {
    RepositoryTest::SetUp();
    with([&](SQLite::Database& c) {
      NewAccount cadre = cadreAccount();
      cadre.passwordHash = m_hasher.hash("Start#2026");
      accountId = AccountRepository(c).insert(cadre);
      SessionRepository(c).insert("mine", accountId, testsupport::kTestEpoch, "");
      SessionRepository(c).insert("other", accountId, testsupport::kTestEpoch, "");
    });
    who.accountId = accountId;
    who.role = qinqing::domain::Role::Cadre;
    who.loginName = "张明";
    who.tokenHash = "mine";
  }

  qinqing::domain::Result<int> change(const std::string& from, const std::string& to) {
    return service().changePassword(who, PasswordChange{from, to}, "127.0.0.1");
  }

  auth::PasswordHasher m_hasher{auth::PasswordHasher::minimumCost()};
  testsupport::FakeClock m_clock;
  // Built on use: the database exists only after SetUp.
  auth::AccountService service() { return auth::AccountService(*m_database, m_hasher, m_clock.clock()); }
  auth::AuthContext who;
  long long accountId = 0;
};

}  // namespace

TEST_F(AccountServiceTest, ChangingEndsOtherSessionsAndIsAudited) {
  auto ended = change("Start#2026", "Second#2026");
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_EQ(ended.value(), 1);
  with([&](SQLite::Database& c) {
    EXPECT_TRUE(SessionRepository(c).find("mine").has_value());
    EXPECT_FALSE(SessionRepository(c).find("other").has_value());
    auto state = AccountRepository(c).securityState(accountId);
    EXPECT_TRUE(m_hasher.verify(state->passwordHash, "Second#2026"));
    EXPECT_FALSE(AccountRepository(c).loadProfile(accountId)->mustChangePasswordFlag);
    auto log = AuditRepository(c).page({.action = "account.password_changed"});
    ASSERT_EQ(log.total, 1);
    EXPECT_EQ(log.rows[0].result, "ok");
    EXPECT_EQ(log.rows[0].afterJson, R"({"other_sessions_ended":1})");
    EXPECT_EQ(log.rows[0].afterJson->find("Second"), std::string::npos);
  });
}

TEST_F(AccountServiceTest, NoneOfTheLastFivePasswordsComesBack) {
  const std::vector<std::string> passwords = {"Start#2026", "Pass#0001", "Pass#0002", "Pass#0003", "Pass#0004",
                                              "Pass#0005"};
  for (std::size_t i = 1; i < passwords.size(); ++i) ASSERT_TRUE(change(passwords[i - 1], passwords[i]).ok()) << i;
  // Current: Pass#0005; the last five are Pass#0001 … Pass#0005.
  for (std::size_t i = 1; i < passwords.size(); ++i) {
    auto again = change("Pass#0005", passwords[i]);
    ASSERT_FALSE(again.ok()) << passwords[i];
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);
    ASSERT_EQ(again.error().fields.size(), 1u);
    EXPECT_EQ(again.error().fields[0].field, "new_password");
    EXPECT_EQ(again.error().fields[0].message, "不能与最近5次使用的密码相同");
  }
  // The sixth-last is allowed again.
  EXPECT_TRUE(change("Pass#0005", "Start#2026").ok());
  with([&](SQLite::Database& c) {
    EXPECT_EQ(c.execAndGet("SELECT count(*) FROM password_history WHERE account_id = " + std::to_string(accountId))
                  .getInt(),
              4);
  });
}

TEST_F(AccountServiceTest, WrongCurrentPasswordCountsTowardsTheLock) {
  for (int i = 0; i < 4; ++i) {
    auto wrong = change("Wrong#2026", "Second#2026");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(wrong.error().fields.at(0).field, "current_password");
    EXPECT_EQ(wrong.error().fields.at(0).message, "当前密码不正确");
  }
  EXPECT_EQ(change("Wrong#2026", "Second#2026").error().code, ErrorCode::AccountLocked);
  EXPECT_EQ(change("Start#2026", "Second#2026").error().code, ErrorCode::AccountLocked);
  m_clock.advance(std::chrono::minutes(30));
  EXPECT_TRUE(change("Start#2026", "Second#2026").ok());
  with([&](SQLite::Database& c) { EXPECT_TRUE(audit::verifyAuditLog(c).ok()); });
}

TEST_F(AccountServiceTest, PolicyProblemsComeBeforeTheCurrentPassword) {
  auto weak = change("Wrong#2026", "short");
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().fields.at(0).field, "new_password");
  with([&](SQLite::Database& c) {  // no hash was checked, nothing counted
    EXPECT_EQ(AccountRepository(c).failureState(accountId)->failedCount, 0);
  });
}

TEST_F(AccountServiceTest, ProfileUpdateIsValidatedAndAudited) {
  auto bad = service().updateProfile(who, {"局长", "bad-email"}, "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "email");
  ASSERT_TRUE(service().updateProfile(who, {"局长", "jz@shiyan.gov.cn"}, "10.0.0.1").ok());
  with([&](SQLite::Database& c) {
    EXPECT_EQ(AccountRepository(c).loadProfile(accountId)->profile.title, "局长");
    auto log = AuditRepository(c).page({.action = "account.profile_updated"});
    ASSERT_EQ(log.total, 1);
    EXPECT_EQ(log.rows[0].beforeJson, R"({"email":"zm@shiyan.gov.cn","title":"副局长"})");
    EXPECT_EQ(log.rows[0].afterJson, R"({"email":"jz@shiyan.gov.cn","title":"局长"})");
    EXPECT_EQ(log.rows[0].sourceAddress, "10.0.0.1");
  });
}
