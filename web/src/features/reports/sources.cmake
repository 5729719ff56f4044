# The reports feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/reports/reports_actions.cpp
  ${qinqing_web_src}/features/reports/details_actions.cpp
  ${qinqing_web_src}/features/reports/overview_actions.cpp
  ${qinqing_web_src}/features/reports/assessment_actions.cpp
  ${qinqing_web_src}/features/reports/report_choices_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/reports/petition_stats_screen.cpp
  ${qinqing_web_src}/features/reports/stats_cell_panel.cpp
  ${qinqing_web_src}/features/reports/period_filter.cpp
  ${qinqing_web_src}/features/reports/report_filters.cpp
  ${qinqing_web_src}/features/reports/petition_details_screen.cpp
  ${qinqing_web_src}/features/reports/overview_screen.cpp
  ${qinqing_web_src}/features/reports/overview_bar_panel.cpp
  ${qinqing_web_src}/features/reports/unit_assessment_screen.cpp
  ${qinqing_web_src}/features/reports/assessment_weights_screen.cpp
  ${qinqing_web_src}/features/reports/register_reports.cpp
)
