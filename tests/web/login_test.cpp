// The sign-in card (features/login): the shared validator decides what is sent, and a granted
// session opens the home screen with its first loads.
#include "qinqing/identity/account.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

using LoginTest = WebClientTest;

TEST_F(LoginTest, EmptyFieldsSendNothingAndShowTheSharedValidatorsFieldErrors) {
  m_state.login.role = domain::Role::Cadre;
  act(SubmitLogin{});
  EXPECT_TRUE(sentRequests().empty());
  EXPECT_FALSE(m_state.login.submitting);
  auto expected = domain::validateLoginRequest(domain::LoginRequest{domain::Role::Cadre, "", std::nullopt, ""});
  ASSERT_FALSE(expected);
  EXPECT_EQ(m_state.login.fieldErrors, expected.error().fields);
  EXPECT_FALSE(m_state.login.fieldErrors.empty());
}

TEST_F(LoginTest, GrantedSessionOpensHomeWithBadgesCalendarAndProfile) {
  m_state.login.role = domain::Role::Enterprise;
  m_state.login.loginName = "十堰测试有限公司";
  m_state.login.password = "Secret#2026";
  act(SubmitLogin{});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"POST /api/session"}));
  EXPECT_TRUE(m_state.login.submitting);

  domain::AccountProfile profile;
  profile.accountId = 5;
  profile.role = domain::Role::Enterprise;
  profile.loginName = "十堰测试有限公司";
  profile.displayName = "十堰测试有限公司";
  profile.enterprise = domain::NamedRef{9, "十堰测试有限公司"};
  nlohmann::json grant = {{"token", "tok-1"}, {"profile", wire::profileToJson(profile)}};
  answer(0, 200, grant.dump());

  EXPECT_EQ(m_state.screen, Screen::Home);
  EXPECT_EQ(storedSessionToken(), "tok-1");
  EXPECT_TRUE(m_state.login.password.empty()) << "the password is not kept after signing in";
  EXPECT_EQ(m_state.activeMenuKey, "company.info");
  // No box counts for an enterprise (only the roles that handle petitions ask for them); the unread
  // announcements and a pending survey are asked for once signed in.
  EXPECT_EQ(sentLines(), (std::vector<std::string>{"POST /api/session", "GET /api/calendar", "GET /api/me",
                                                   "GET /api/enterprises/9/operating-status?months=12",
                                                   "GET /api/enterprises/9/contacts?page=1&page_size=20&sort=date&order=desc",
                                                   "GET /api/enterprises/9", "GET /api/announcements/unread-count",
                                                   "GET /api/survey/prompt"}));
  EXPECT_EQ(sentRequests()[1].token, "tok-1");
}

TEST_F(LoginTest, WrongPasswordShowsTheServersMessageAboveTheButton) {
  m_state.login.role = domain::Role::SystemAdmin;
  m_state.login.loginName = "admin";
  m_state.login.password = "wrong";
  act(SubmitLogin{});
  answer(0, 401, R"({"error":{"code":"unauthorized","message":"用户名或密码错误"}})");
  EXPECT_EQ(m_state.screen, Screen::Login);
  EXPECT_EQ(m_state.login.formError, "用户名或密码错误");
  EXPECT_FALSE(m_state.login.submitting);
}

TEST_F(LoginTest, AKeptTokenTheServerNoLongerKnowsLeavesTheLoginPageQuietly) {
  storedSessionToken() = "old";
  act(ResumeSession{});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"GET /api/me"}));
  EXPECT_EQ(sentRequests()[0].token, "old");
  answer(0, 401);
  EXPECT_EQ(m_state.screen, Screen::Login);
  EXPECT_FALSE(m_state.session);
  EXPECT_TRUE(m_state.login.formError.empty()) << "no alarming message for an expired kept token";
  EXPECT_EQ(storedSessionToken(), "");
}

TEST_F(LoginTest, LogoutEndsTheSessionAtOnceAndTellsTheServer) {
  signIn(domain::Role::Cadre);
  storedSessionToken() = "t";
  act(Logout{});
  EXPECT_EQ(sentLines(), (std::vector<std::string>{"DELETE /api/session"}));
  EXPECT_EQ(m_state.screen, Screen::Login);
  EXPECT_EQ(m_state.notice, "您已安全退出。");
  EXPECT_EQ(storedSessionToken(), "");
}

}  // namespace
}  // namespace qinqing::web::test
