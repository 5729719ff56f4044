// 系统管理—企业入驻申请 (系统管理员, 县市区管理员): the list, an application's detail, 同意 with the
// chosen cadre, 驳回 with a reason.
#pragma once

#include "app/app_state.hpp"
#include "features/applications/applications_intents.hpp"

namespace qinqing::web {

// The review screen is opened from the menu: back to the list, first page reloaded.
void openApplicationReview(AppState& state);
void loadApplications(AppState& state);
void openApplication(AppState& state, long long id);
void searchApplicationCadres(AppState& state);
void approveApplication(AppState& state);
void rejectApplication(AppState& state);

}  // namespace qinqing::web
