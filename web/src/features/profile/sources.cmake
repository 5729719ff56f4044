# The profile feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/profile/profile_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/profile/first_login_dialog.cpp
  ${qinqing_web_src}/features/profile/password_screen.cpp
  ${qinqing_web_src}/features/profile/profile_screen.cpp
  ${qinqing_web_src}/features/profile/register_profile.cpp
)
