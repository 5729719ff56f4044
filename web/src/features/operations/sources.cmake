# The operations feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/operations/job_actions.cpp
  ${qinqing_web_src}/features/operations/sms_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/operations/jobs_screen.cpp
  ${qinqing_web_src}/features/operations/register_operations.cpp
  ${qinqing_web_src}/features/operations/sms_log_screen.cpp
  ${qinqing_web_src}/features/operations/sms_usage_panel.cpp
)
