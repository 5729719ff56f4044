// app/request's ReplyGuard: the checks every signed-in reply passes before its feature sees it.
#include "app/request.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

using ReplyGuardTest = WebClientTest;

// Every screen that loads something on opening: its first reply being 401 ends the session.
TEST_F(ReplyGuardTest, UnauthorizedReplyOnAnyScreenSignsOutWithSessionExpired) {
  int opened = 0;
  for (const ScreenRow& row : m_registry.rows()) {
    if (!row.onOpen) continue;
    resetHttp();
    signIn(domain::Role::SystemAdmin);
    m_state.login.formError.clear();
    storedSessionToken() = "t-keep";
    act(OpenMenu{row.menuKey});
    // A screen without a first request (the password form) and the public calendar, which never
    // answers 401, have nothing to check here.
    if (unanswered().empty() || row.menuKey == "admin.calendar") continue;
    answer(unanswered().front(), 401, R"({"error":{"code":"unauthorized","message":"请先登录"}})");
    EXPECT_EQ(m_state.screen, Screen::Login) << row.menuKey;
    EXPECT_FALSE(m_state.session) << row.menuKey;
    EXPECT_EQ(m_state.login.formError, kSessionExpired) << row.menuKey;
    EXPECT_EQ(storedSessionToken(), "") << row.menuKey << ": the kept token is forgotten";
    ++opened;
  }
  EXPECT_GT(opened, 15);
}

TEST_F(ReplyGuardTest, UnauthorizedReplyClearsTheLoadingFlagFirst) {
  signIn(domain::Role::SecurityAdmin);
  act(LoadLockedAccounts{});
  EXPECT_TRUE(m_state.security.lockedLoading);
  answerAll(401);
  EXPECT_FALSE(m_state.security.lockedLoading);
  EXPECT_EQ(m_state.screen, Screen::Login);
}

TEST_F(ReplyGuardTest, SupersededListReplyIsDropped) {
  signIn(domain::Role::SystemAdmin);
  act(LoadEnterprises{});
  act(LoadEnterprises{});
  ASSERT_EQ(sentRequests().size(), 2u);
  const std::string page = R"({"items":[],"total":3,"page":1,"page_size":20})";
  answer(0, 200, page);
  EXPECT_TRUE(m_state.baseData.enterprises.loading) << "the older reply does not end the newer request";
  EXPECT_EQ(m_state.baseData.enterprises.page.total, 0);
  answer(1, 200, page);
  EXPECT_FALSE(m_state.baseData.enterprises.loading);
  EXPECT_EQ(m_state.baseData.enterprises.page.total, 3);
}

TEST_F(ReplyGuardTest, SupersededUnauthorizedReplyIsDroppedToo) {
  signIn(domain::Role::SystemAdmin);
  act(LoadEnterprises{});
  act(LoadEnterprises{});
  answer(0, 401);
  EXPECT_EQ(m_state.screen, Screen::Home);
  answer(1, 401);
  EXPECT_EQ(m_state.screen, Screen::Login);
}

TEST_F(ReplyGuardTest, FailedListReplyNamesTheListAndTheServersMessage) {
  signIn(domain::Role::SystemAdmin);
  act(LoadEnterprises{});
  answerAll(500, R"({"error":{"code":"internal","message":"数据库不可用"}})");
  EXPECT_NE(m_state.baseData.enterprises.error.find("数据库不可用"), std::string::npos) << m_state.baseData.enterprises.error;
  EXPECT_EQ(m_state.screen, Screen::Home);
}

TEST_F(ReplyGuardTest, NetworkFailureSaysSoAndKeepsTheSession) {
  signIn(domain::Role::SecurityAdmin);
  act(LoadLockedAccounts{});
  answerAll(0, "");
  EXPECT_NE(m_state.security.lockedError.find(kNetworkError), std::string::npos) << m_state.security.lockedError;
  EXPECT_TRUE(m_state.session);
}

}  // namespace
}  // namespace qinqing::web::test
