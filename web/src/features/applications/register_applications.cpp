// 系统管理—企业入驻申请.
#include "app/screen_registry.hpp"
#include "features/applications/applications_actions.hpp"
#include "features/applications/applications_screens.hpp"

namespace qinqing::web {

void registerApplications(ScreenRegistry& registry) {
  registry.add({"admin.applications", [](AppState& state, std::string_view) { openApplicationReview(state); },
                drawApplicationsReviewScreen});
}

}  // namespace qinqing::web
