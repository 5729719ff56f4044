# The calendar feature's sources, included by web/logic.cmake: actions (no ImGui) and screens.
list(APPEND qinqing_web_feature_logic_sources
  ${qinqing_web_src}/features/calendar/calendar_actions.cpp
)
list(APPEND qinqing_web_feature_screen_sources
  ${qinqing_web_src}/features/calendar/calendar_panels.cpp
  ${qinqing_web_src}/features/calendar/calendar_screen.cpp
  ${qinqing_web_src}/features/calendar/register_calendar.cpp
)
