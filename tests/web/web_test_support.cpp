#include "web_test_support.hpp"

#include "features/feature_list.hpp"

namespace qinqing::web::test {

WebClientTest::WebClientTest() : m_registry(featureRegistry()) {
  resetHttp();
  resetPlatform();
  useScreenRegistry(m_registry);
  m_state.now = domain::Instant::fromUnixSeconds(1780000000);  // 2026-05-29, a Friday
}

WebClientTest::~WebClientTest() {
  static const ScreenRegistry kNone;
  useScreenRegistry(kNone);
  resetHttp();
}

void WebClientTest::act(Action action) {
  m_dispatch(std::move(action));
  m_dispatch.flush();
}

void WebClientTest::signIn(domain::Role role) {
  domain::AccountProfile profile;
  profile.accountId = 42;
  profile.role = role;
  profile.loginName = "tester";
  profile.displayName = "测试用户";
  profile.mobileBound = true;
  if (role == domain::Role::Enterprise) profile.enterprise = domain::NamedRef{7, "十堰测试有限公司"};
  m_state.session = Session{"t-" + std::string(domain::roleKey(role)), profile};
  m_state.screen = Screen::Home;
}

std::vector<std::string> WebClientTest::sentLines() const {
  std::vector<std::string> out;
  for (const auto& r : sentRequests()) out.push_back(r.method + " " + r.path);
  return out;
}

void WebClientTest::answerAll(int status, const std::string& body) {
  for (size_t i : unanswered()) {
    if (!sentRequests()[i].answered) answer(i, status, body);
  }
}

}  // namespace qinqing::web::test
