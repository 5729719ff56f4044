# The base data feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/base_data/admin_actions.cpp
  ${qinqing_web_src}/features/base_data/enterprise_actions.cpp
  ${qinqing_web_src}/features/base_data/provisioning_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/base_data/accounts_screen.cpp
  ${qinqing_web_src}/features/base_data/cadre_edit_panel.cpp
  ${qinqing_web_src}/features/base_data/cadre_list_screen.cpp
  ${qinqing_web_src}/features/base_data/cadre_transfers_screen.cpp
  ${qinqing_web_src}/features/base_data/enterprise_detail_panel.cpp
  ${qinqing_web_src}/features/base_data/enterprise_list_screen.cpp
  ${qinqing_web_src}/features/base_data/new_account_panel.cpp
  ${qinqing_web_src}/features/base_data/new_enterprise_panel.cpp
  ${qinqing_web_src}/features/base_data/organisation_screen.cpp
  ${qinqing_web_src}/features/base_data/register_base_data.cpp
)
