# The security feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/security/security_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/security/register_security.cpp
  ${qinqing_web_src}/features/security/security_screens.cpp
  ${qinqing_web_src}/features/security/temporary_password_screen.cpp
)
