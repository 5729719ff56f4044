# The content feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/content/content_announcement_actions.cpp
  ${qinqing_web_src}/features/content/content_bulletin_actions.cpp
  ${qinqing_web_src}/features/content/content_policy_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/content/bulletin_board_screen.cpp
  ${qinqing_web_src}/features/content/bulletin_review_screen.cpp
  ${qinqing_web_src}/features/content/content_parts.cpp
  ${qinqing_web_src}/features/content/notice_board_screen.cpp
  ${qinqing_web_src}/features/content/notice_form.cpp
  ${qinqing_web_src}/features/content/notice_publish_screen.cpp
  ${qinqing_web_src}/features/content/policy_board_screen.cpp
  ${qinqing_web_src}/features/content/policy_form.cpp
  ${qinqing_web_src}/features/content/policy_publish_screen.cpp
  ${qinqing_web_src}/features/content/register_content.cpp
)
