// The survey feature's state: 干部测评 (the pop-up after login, 实时测评), 发起满意度测评, 测评问卷 and
// the survey results. Part of AppState (app/app_state.hpp).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"

namespace qinqing::web {

// One 干部测评 form (the pop-up and 实时测评 share it): a rating per duty (index into
// domain::kAllDutyRatings, -1 while unrated), comments, and per question of the quarter's
// questionnaire the chosen option (single), the ticked options (multiple) or the text.
struct SurveyForm {
  std::array<long long, 4> ratings{-1, -1, -1, -1};
  std::array<std::string, 4> comments;
  std::vector<long long> single;
  std::vector<std::vector<int>> ticked;  // 0/1 per option (ImGui checkboxes edit a bool copy)
  std::vector<std::string> texts;
  FormFeedback feedback;
};

struct SurveyState {
  // GET /api/survey/prompt, loaded after each sign-in of an enterprise.
  std::optional<wire::SurveyPrompt> prompt;
  bool promptLoading = false;
  std::string promptError;
  // 稍后评价: closes the pop-up for this session only (reset at the next sign-in).
  bool putOff = false;
  SurveyForm form;
  // 干部测评 menu: the enterprise's answers (GET /api/survey/answers?history=1).
  std::vector<wire::SurveyAnswerView> history;
  bool historyLoading = false;
  std::string historyError;
  // 测评结果 / 干部测评结果: the tallies of the caller's scope this quarter (never who rated).
  std::optional<wire::SurveyTallies> tallies;
  bool talliesLoading = false;
  std::string talliesError;
};

}  // namespace qinqing::web
