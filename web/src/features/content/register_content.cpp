// 公告栏, 公告发布, 政策指南, 政策指南发布, 简报投稿, 简报审核, and the unread count after 公告栏 in the menu.
#include "app/screen_registry.hpp"
#include "features/content/content_actions.hpp"
#include "features/content/content_screens.hpp"
#include "qinqing/identity/menu.hpp"

namespace qinqing::web {
namespace {

constexpr std::string_view kNoticeBoardKey = "docs.notices";

bool readsNotices(const AppState& state) {
  if (!state.session) return false;
  for (const auto& group : domain::menuForRole(state.session->profile.role)) {
    if (group.key == kNoticeBoardKey) return true;
    for (const auto& item : group.items) {
      if (item.key == kNoticeBoardKey) return true;
    }
  }
  return false;
}

}  // namespace

void registerContent(ScreenRegistry& registry) {
  registry.add({std::string(kNoticeBoardKey), [](AppState& state, std::string_view) { openNoticeBoard(state); },
                drawNoticeBoardScreen});
  registry.add({"publish.notices", [](AppState& state, std::string_view) { openNoticePublish(state); }, drawNoticePublishScreen});
  registry.add({"docs.policies", [](AppState& state, std::string_view) { openPolicyBoard(state); }, drawPolicyBoardScreen});
  registry.add({"publish.policies", [](AppState& state, std::string_view) { openPolicyPublish(state); }, drawPolicyPublishScreen});
  registry.add({"docs.bulletins", [](AppState& state, std::string_view) { openBulletinBoard(state); }, drawBulletinBoardScreen});
  registry.add({"publish.bulletins", [](AppState& state, std::string_view) { openBulletinReview(state); }, drawBulletinReviewScreen});
  registry.addSignedInHook([](AppState& state) {
    state.content.unread = UnreadNotices{};
    if (readsNotices(state)) perform(state, LoadUnreadNoticeCount{});
  });
  registry.addMenuCount([](const AppState& state, std::string_view key) -> long long {
    return key == kNoticeBoardKey ? state.content.unread.count : 0;
  });
}

}  // namespace qinqing::web
