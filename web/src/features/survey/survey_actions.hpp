// 干部测评's requests (no ImGui): the prompt, the answer, the history.
#pragma once

#include "app/app_state.hpp"

namespace qinqing::web {

// Run after every sign-in (ScreenRegistry::addSignedInHook): a new session forgets 稍后评价 and an
// enterprise loads this quarter's prompt.
void surveyAfterSignIn(AppState& state);
// Whether the pop-up shows now: an enterprise whose quarter is unanswered and not put off.
bool surveyPopupDue(const AppState& state);

}  // namespace qinqing::web
