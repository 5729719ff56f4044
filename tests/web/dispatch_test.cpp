// The Action variant and its dispatch: queued actions wait for flush, and every intent of every
// feature has its perform() overload (checked at compile time, so a new intent cannot be forgotten).
#include <type_traits>
#include <variant>

#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

template <typename T>
concept Performable = requires(AppState& state, const T& intent) { perform(state, intent); };

template <typename... Ts>
constexpr bool allPerformable(TypeList<Ts...>) {
  return (Performable<Ts> && ...);
}

static_assert(allPerformable(AllIntents{}), "every intent in app/action.hpp has a perform() overload");
static_assert(std::variant_size_v<Action> > 80, "the Action variant holds every feature's intents");

using DispatchTest = WebClientTest;

TEST_F(DispatchTest, ActionsWaitForFlushAndRunInOrder) {
  signIn(domain::Role::AuditAdmin);
  m_dispatch(LoadAuditLog{});
  m_dispatch(LoadCalendar{});
  EXPECT_TRUE(m_dispatch.pending());
  EXPECT_TRUE(sentRequests().empty()) << "nothing is sent while a frame is drawn";
  m_dispatch.flush();
  EXPECT_FALSE(m_dispatch.pending());
  ASSERT_EQ(sentRequests().size(), 2u);
  EXPECT_EQ(sentRequests()[0].path.rfind("/api/audit", 0), 0u) << sentRequests()[0].path;
  EXPECT_EQ(sentRequests()[1].path, "/api/calendar");
}

TEST_F(DispatchTest, SignedInRequestsCarryTheSessionToken) {
  signIn(domain::Role::SecurityAdmin);
  act(LoadLockedAccounts{});
  ASSERT_EQ(sentRequests().size(), 1u);
  EXPECT_EQ(sentRequests()[0].token, "t-" + std::string(domain::roleKey(domain::Role::SecurityAdmin)));
  EXPECT_EQ(m_state.requestsInFlight, 1);
  answerAll(200, "[]");
  EXPECT_EQ(m_state.requestsInFlight, 0);
}

TEST_F(DispatchTest, OpenMenuShowsTheEntryEvenWithoutARegistryRow) {
  signIn(domain::Role::Enterprise);
  act(OpenMenu{"no.such.key"});
  EXPECT_EQ(m_state.activeMenuKey, "no.such.key");
  EXPECT_TRUE(sentRequests().empty());
}

}  // namespace
}  // namespace qinqing::web::test
