// auth::ActivationService (激活账号): codes only for accounts waiting for activation, the wrong-try
// limit, and activation signing the holder in — every change audited in its own transaction.
#include "auth/activation_service.hpp"

#include <gtest/gtest.h>

#include "repositories/audit_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using qinqing::domain::ActivationRequest;
using qinqing::domain::ErrorCode;
using qinqing::domain::Role;

namespace {

class ActivationServiceTest : public testsupport::RepositoryTest {
protected:
  void SetUp() override {
    RepositoryTest::SetUp();
    accountId = with([&](SQLite::Database& c) {
      NewAccount cadre = cadreAccount();
      cadre.passwordHash = "";  // 待激活
      cadre.mobile = "13907191234";
      cadre.mustChangePassword = false;
      return AccountRepository(c).insert(cadre);
    });
  }

  auth::ActivationService service() {
    return auth::ActivationService(*m_database, m_hasher, m_clock.clock(), [this] { ++wakes; });
  }
  ActivationRequest request(std::string code = "", std::string password = "") const {
    return {Role::Cadre, "张明", jxjId, std::move(code), std::move(password)};
  }
  // The code of the newest SMS in the outbox.
  std::string lastCode() {
    auto all = with([](SQLite::Database& c) { return SmsOutboxRepository(c).all(); });
    if (all.empty()) return {};
    const std::string marker = "您的验证码是";
    const auto& text = all.back().text;
    const auto at = text.find(marker);
    return at == std::string::npos ? std::string() : text.substr(at + marker.size(), 6);
  }
  std::size_t smsCount() { return with([](SQLite::Database& c) { return SmsOutboxRepository(c).all().size(); }); }

  auth::PasswordHasher m_hasher{auth::PasswordHasher::minimumCost()};
  testsupport::FakeClock m_clock;
  long long accountId = 0;
  int wakes = 0;
};

TEST_F(ActivationServiceTest, ACodeGoesToTheMobileOnRecordAndActivationSignsIn) {
  ASSERT_TRUE(service().requestCode(request(), "10.0.0.8").ok());
  ASSERT_EQ(smsCount(), 1u);
  EXPECT_EQ(wakes, 1);
  const std::string code = lastCode();
  ASSERT_EQ(code.size(), 6u);

  auto done = service().activate(request(code, "Shiyan#2026"), "10.0.0.8");
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done.value().profile.accountId, accountId);
  EXPECT_FALSE(done.value().profile.mustChangePassword);
  EXPECT_TRUE(done.value().profile.mobileBound);
  EXPECT_EQ(done.value().token.size(), 43u);
  auto state = with([&](SQLite::Database& c) { return AccountRepository(c).securityState(accountId); });
  EXPECT_TRUE(m_hasher.verify(state->passwordHash, "Shiyan#2026"));

  auto log = with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 10}).rows; });
  ASSERT_GE(log.size(), 3u);  // newest first: login, activation, code sent
  EXPECT_EQ(log[0].action, "session.login");
  EXPECT_EQ(log[1].action, "account.activated");
  EXPECT_EQ(log[1].result, "ok");
  EXPECT_EQ(log[2].action, "account.code_sent");
}

TEST_F(ActivationServiceTest, OnlyAccountsWaitingWithAMobileGetACodeAndOnlyOneAMinute) {
  ASSERT_TRUE(service().requestCode(request(), "").ok());
  ASSERT_TRUE(service().requestCode(request(), "").ok());  // within the minute: silently nothing
  EXPECT_EQ(smsCount(), 1u);
  m_clock.advance(std::chrono::seconds(61));
  ASSERT_TRUE(service().requestCode(request(), "").ok());
  EXPECT_EQ(smsCount(), 2u);

  with([&](SQLite::Database& c) { c.exec("UPDATE accounts SET mobile = ''"); });
  m_clock.advance(std::chrono::seconds(61));
  ASSERT_TRUE(service().requestCode(request(), "").ok());
  EXPECT_EQ(smsCount(), 2u);
  ActivationRequest unknown{Role::Cadre, "无此人", jxjId, "", ""};
  EXPECT_TRUE(service().requestCode(unknown, "").ok());
  EXPECT_EQ(smsCount(), 2u);
  EXPECT_EQ(service().requestCode({Role::Cadre, "张明", std::nullopt, "", ""}, "").error().code, ErrorCode::InvalidInput);
}

TEST_F(ActivationServiceTest, AnActiveAccountIsNotActivatedAgain) {
  ASSERT_TRUE(service().requestCode(request(), "").ok());
  const std::string code = lastCode();
  with([&](SQLite::Database& c) { c.exec("UPDATE accounts SET password_hash = 'set-elsewhere'"); });
  auto again = service().activate(request(code, "Shiyan#2026"), "");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().fields.at(0).field, "code");
  EXPECT_EQ(with([&](SQLite::Database& c) { return AccountRepository(c).securityState(accountId)->passwordHash; }),
            "set-elsewhere");
}

TEST_F(ActivationServiceTest, WrongCodesAreCountedAndTheFifthBurnsIt) {
  ASSERT_TRUE(service().requestCode(request(), "").ok());
  const std::string code = lastCode();
  const std::string wrong = code == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i) EXPECT_EQ(service().activate(request(wrong, "Shiyan#2026"), "").error().code, ErrorCode::InvalidInput);
  EXPECT_FALSE(service().activate(request(code, "Shiyan#2026"), "").ok());
  auto log = with([](SQLite::Database& c) { return AuditRepository(c).page({.pageSize = 20, .action = "account.activated"}).rows; });
  EXPECT_EQ(log.size(), 6u);
}

TEST_F(ActivationServiceTest, LoginRefusesTheWaitingAccount) {
  auth::SessionService sessions(*m_database, m_hasher, m_clock.clock());
  auto login = sessions.logIn({Role::Cadre, "张明", jxjId, "whatever"}, "");
  ASSERT_FALSE(login.ok());
  EXPECT_EQ(login.error().code, ErrorCode::AccountNotActivated);
  EXPECT_EQ(login.error().message, "账号尚未激活，请先激活账号");
}

}  // namespace
