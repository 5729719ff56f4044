# The login feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/login/login_actions.cpp
  ${qinqing_web_src}/features/login/onboarding_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/login/activation_screen.cpp
  ${qinqing_web_src}/features/login/application_form_screen.cpp
  ${qinqing_web_src}/features/login/login_screen.cpp
  ${qinqing_web_src}/features/login/password_form_parts.cpp
  ${qinqing_web_src}/features/login/password_reset_screen.cpp
  ${qinqing_web_src}/features/login/register_login.cpp
)
