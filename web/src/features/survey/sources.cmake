# The survey feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/survey/survey_actions.cpp
  ${qinqing_web_src}/features/survey/survey_request_actions.cpp
  ${qinqing_web_src}/features/survey/questionnaire_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/survey/register_survey.cpp
  ${qinqing_web_src}/features/survey/survey_form.cpp
  ${qinqing_web_src}/features/survey/survey_prompt_dialog.cpp
  ${qinqing_web_src}/features/survey/survey_screen.cpp
  ${qinqing_web_src}/features/survey/survey_results_screen.cpp
  ${qinqing_web_src}/features/survey/survey_answers_tab.cpp
  ${qinqing_web_src}/features/survey/survey_cadre_results_tab.cpp
  ${qinqing_web_src}/features/survey/survey_effect_tab.cpp
  ${qinqing_web_src}/features/survey/survey_request_screen.cpp
  ${qinqing_web_src}/features/survey/questionnaire_screen.cpp
)
