# The relation feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/relation/contact_actions.cpp
  ${qinqing_web_src}/features/relation/operating_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/relation/contact_form.cpp
  ${qinqing_web_src}/features/relation/contact_log_screen.cpp
  ${qinqing_web_src}/features/relation/contact_table.cpp
  ${qinqing_web_src}/features/relation/contacts_tab.cpp
  ${qinqing_web_src}/features/relation/operating_status_form.cpp
  ${qinqing_web_src}/features/relation/operating_status_tab.cpp
  ${qinqing_web_src}/features/relation/operating_trend_chart.cpp
  ${qinqing_web_src}/features/relation/register_relation.cpp
)
