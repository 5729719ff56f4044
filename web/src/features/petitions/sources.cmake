# The petitions feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/petitions/attachment_actions.cpp
  ${qinqing_web_src}/features/petitions/petition_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/petitions/attachment_list.cpp
  ${qinqing_web_src}/features/petitions/petition_action_form.cpp
  ${qinqing_web_src}/features/petitions/petition_detail_screen.cpp
  ${qinqing_web_src}/features/petitions/petition_form_screen.cpp
  ${qinqing_web_src}/features/petitions/petition_list_screen.cpp
  ${qinqing_web_src}/features/petitions/register_petitions.cpp
)
