// 公告栏, 公告发布, 政策指南, 政策指南发布, 简报投稿, 简报审核.
#include "app/screen_registry.hpp"
#include "features/content/content_actions.hpp"
#include "features/content/content_screens.hpp"

namespace qinqing::web {

void registerContent(ScreenRegistry& registry) {
  registry.add({"docs.notices", [](AppState& state, std::string_view) { openNoticeBoard(state); }, drawNoticeBoardScreen});
  registry.add({"publish.notices", [](AppState& state, std::string_view) { openNoticePublish(state); }, drawNoticePublishScreen});
  registry.add({"docs.policies", [](AppState& state, std::string_view) { openPolicyBoard(state); }, drawPolicyBoardScreen});
  registry.add({"publish.policies", [](AppState& state, std::string_view) { openPolicyPublish(state); }, drawPolicyPublishScreen});
  registry.add({"docs.bulletins", [](AppState& state, std::string_view) { openBulletinBoard(state); }, drawBulletinBoardScreen});
  registry.add({"publish.bulletins", [](AppState& state, std::string_view) { openBulletinReview(state); }, drawBulletinReviewScreen});
}

}  // namespace qinqing::web
