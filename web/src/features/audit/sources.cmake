# The audit feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/audit/audit_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/audit/audit_log_screen.cpp
  ${qinqing_web_src}/features/audit/register_audit.cpp
)
