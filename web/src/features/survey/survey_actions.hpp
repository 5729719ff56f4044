// 干部测评's requests (no ImGui): the prompt, the answer, the history; 包联成效问卷's pure helpers.
#pragma once

#include "app/app_state.hpp"

namespace qinqing::web {

// Run after every sign-in (ScreenRegistry::addSignedInHook): a new session forgets 稍后评价 and an
// enterprise loads this quarter's prompt.
void surveyAfterSignIn(AppState& state);
// Whether the pop-up shows now: an enterprise whose quarter is unanswered and not put off.
bool surveyPopupDue(const AppState& state);

// The quarter `offset` quarters from `current` (-1 the previous, 0 itself, 1 the next; 包联成效问卷's
// picker offers no others).
domain::Quarter quarterAtOffset(domain::Quarter current, long long offset);
// The questionnaire the editor holds: numbered 1..n in order, titles and texts trimmed, options one
// per non-blank line (none for a text question). Checked with domain::validateQuestionnaire.
domain::Questionnaire questionnaireOf(const QuestionnaireEditor& editor);

}  // namespace qinqing::web
