# The applications feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/applications/applications_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/applications/applications_review_screen.cpp
  ${qinqing_web_src}/features/applications/register_applications.cpp
)
