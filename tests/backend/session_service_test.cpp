#include "auth/session_service.hpp"

#include <gtest/gtest.h>

#include "audit/audit_chain.hpp"
#include "repositories/audit_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using qinqing::domain::ErrorCode;
using qinqing::domain::LoginRequest;
using qinqing::domain::Role;
using namespace std::chrono_literals;

namespace {

class SessionServiceTest : public qinqing::backend::testsupport::RepositoryTest {
protected:
  void SetUp() override {
    RepositoryTest::SetUp();
    with([&](SQLite::Database& c) {
      NewAccount cadre = cadreAccount();
      cadre.passwordHash = m_hasher.hash("Qinqing@2026");
      cadre.mustChangePassword = false;
      cadreAccountId = AccountRepository(c).insert(cadre);
    });
    m_sessions = std::make_unique<auth::SessionService>(*m_database, m_hasher, m_clock.clock());
  }

  LoginRequest cadreLogin(std::string password) const {
    return LoginRequest{Role::Cadre, "张明", jxjId, std::move(password)};
  }

  auth::PasswordHasher m_hasher{auth::PasswordHasher::minimumCost()};
  qinqing::backend::testsupport::FakeClock m_clock;
  std::unique_ptr<auth::SessionService> m_sessions;  // after SetUp made the database
  auth::SessionService& service() { return *m_sessions; }
  // The audit log, oldest first.
  std::vector<audit::AuditRow> auditLog() {
    auto page = with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 1000}); });
    return {page.rows.rbegin(), page.rows.rend()};
  }
  long long cadreAccountId = 0;
};

TEST_F(SessionServiceTest, CorrectPasswordOpensASessionThatAuthenticates) {
  auto login = service().logIn(cadreLogin("Qinqing@2026"), "127.0.0.1");
  ASSERT_TRUE(login.ok());
  EXPECT_EQ(login.value().profile.accountId, cadreAccountId);
  auto who = service().authenticate(login.value().token);
  ASSERT_TRUE(who.ok());
  EXPECT_EQ(who.value().accountId, cadreAccountId);
  EXPECT_EQ(who.value().unitId, jxjId);
}

TEST_F(SessionServiceTest, MissingFieldsAreReportedTogether) {
  auto login = service().logIn(LoginRequest{Role::Cadre, "", std::nullopt, ""}, "");
  ASSERT_FALSE(login.ok());
  EXPECT_EQ(login.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(login.error().fields.size(), 3u);
}

TEST_F(SessionServiceTest, WrongPasswordAndUnknownNameGiveTheSameError) {
  auto wrong = service().logIn(cadreLogin("nope"), "");
  auto unknown = service().logIn(LoginRequest{Role::Cadre, "无此人", jxjId, "nope"}, "");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::BadCredentials);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
  EXPECT_EQ(wrong.error().fields, unknown.error().fields);
}

TEST_F(SessionServiceTest, LockLastsThirtyMinutesEvenForTheRightPassword) {
  for (int i = 0; i < 4; ++i) EXPECT_EQ(service().logIn(cadreLogin("bad"), "").error().code, ErrorCode::BadCredentials);
  EXPECT_EQ(service().logIn(cadreLogin("bad"), "").error().code, ErrorCode::AccountLocked);
  EXPECT_EQ(service().logIn(cadreLogin("Qinqing@2026"), "").error().code, ErrorCode::AccountLocked);
  m_clock.advance(29min);
  EXPECT_EQ(service().logIn(cadreLogin("Qinqing@2026"), "").error().code, ErrorCode::AccountLocked);
  m_clock.advance(1min);
  EXPECT_TRUE(service().logIn(cadreLogin("Qinqing@2026"), "").ok());
}

TEST_F(SessionServiceTest, SuccessfulLoginResetsTheFailureCount) {
  for (int i = 0; i < 4; ++i) (void)service().logIn(cadreLogin("bad"), "");
  ASSERT_TRUE(service().logIn(cadreLogin("Qinqing@2026"), "").ok());
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(service().logIn(cadreLogin("bad"), "").error().code, ErrorCode::BadCredentials) << i;
  }
}

TEST_F(SessionServiceTest, UseKeepsASessionAliveUntilThirtyIdleMinutes) {
  auto token = service().logIn(cadreLogin("Qinqing@2026"), "").value().token;
  m_clock.advance(29min);
  EXPECT_TRUE(service().authenticate(token).ok());  // and refreshes last_seen_at
  m_clock.advance(29min);
  EXPECT_TRUE(service().authenticate(token).ok());
  m_clock.advance(30min);
  auto expired = service().authenticate(token);
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().code, ErrorCode::Unauthenticated);
  m_clock.advance(-30min);  // an expired session is deleted, not merely refused
  EXPECT_FALSE(service().authenticate(token).ok());
}

TEST_F(SessionServiceTest, TwelveHoursEndEvenABusySession) {
  auto token = service().logIn(cadreLogin("Qinqing@2026"), "").value().token;
  for (int i = 0; i < 35; ++i) {  // 35 × 20 min = 11 h 40 min
    m_clock.advance(20min);
    ASSERT_TRUE(service().authenticate(token).ok()) << i;
  }
  m_clock.advance(20min);
  EXPECT_FALSE(service().authenticate(token).ok());
}

TEST_F(SessionServiceTest, LogoutEndsOnlyThatSession) {
  auto first = service().logIn(cadreLogin("Qinqing@2026"), "").value().token;
  auto second = service().logIn(cadreLogin("Qinqing@2026"), "").value().token;
  service().logOut(first, "127.0.0.1");
  EXPECT_FALSE(service().authenticate(first).ok());
  EXPECT_TRUE(service().authenticate(second).ok());
  service().logOut(first, "127.0.0.1");  // twice is fine
  service().logOut("", "127.0.0.1");
}

TEST_F(SessionServiceTest, OldPasswordMustBeChanged) {
  auto login = service().logIn(cadreLogin("Qinqing@2026"), "");
  EXPECT_FALSE(login.value().profile.mustChangePassword);
  m_clock.advance(std::chrono::hours(24 * 91));  // staff: 90 days
  auto who = service().logIn(cadreLogin("Qinqing@2026"), "");
  ASSERT_TRUE(who.ok());
  EXPECT_TRUE(who.value().profile.mustChangePassword);
}

TEST_F(SessionServiceTest, LoginAndLogoutAreAuditedWithWhoAndWhere) {
  auto token = service().logIn(cadreLogin("Qinqing@2026"), "10.1.2.3").value().token;
  service().logOut(token, "10.1.2.4");
  service().logOut(token, "10.1.2.4");  // nothing ended: nothing recorded
  auto log = auditLog();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, "session.login");
  EXPECT_EQ(log[0].result, "ok");
  EXPECT_EQ(log[0].accountId, cadreAccountId);
  EXPECT_EQ(log[0].accountLabel, "张明");
  EXPECT_EQ(log[0].role, "cadre");
  EXPECT_EQ(log[0].sourceAddress, "10.1.2.3");
  EXPECT_EQ(log[0].at, m_clock.now());
  EXPECT_EQ(log[1].action, "session.logout");
  EXPECT_EQ(log[1].accountId, cadreAccountId);
  EXPECT_EQ(log[1].sourceAddress, "10.1.2.4");
}

TEST_F(SessionServiceTest, FailedLoginsTheLockAndAttemptsDuringItAreAudited) {
  (void)service().logIn(LoginRequest{Role::Cadre, "无此人", jxjId, "nope"}, "10.0.0.9");
  for (int i = 0; i < 5; ++i) (void)service().logIn(cadreLogin("bad"), "10.0.0.9");
  (void)service().logIn(cadreLogin("Qinqing@2026"), "10.0.0.9");  // locked: refused
  auto log = auditLog();
  ASSERT_EQ(log.size(), 8u);
  EXPECT_EQ(log[0].action, "session.login_failed");
  EXPECT_FALSE(log[0].accountId.has_value());  // the name matches no account
  EXPECT_EQ(log[0].accountLabel, "无此人");
  EXPECT_EQ(log[0].result, "failed");
  for (int i = 1; i <= 5; ++i) {
    EXPECT_EQ(log[i].action, "session.login_failed") << i;
    EXPECT_EQ(log[i].accountId, cadreAccountId) << i;
  }
  EXPECT_EQ(log[6].action, "account.locked");
  EXPECT_NE(log[6].afterJson.value_or("").find("locked_until"), std::string::npos);
  EXPECT_EQ(log[7].action, "session.login_failed");
  EXPECT_EQ(log[7].result, "refused");
  // No password ever reaches the log.
  for (const auto& row : log) {
    EXPECT_EQ(audit::canonicalAuditRow(row).find("Qinqing@2026"), std::string::npos);
    EXPECT_EQ(audit::canonicalAuditRow(row).find("nope"), std::string::npos);
  }
}

}  // namespace
