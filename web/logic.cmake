# The web client's code that is not the browser: the shell (app/), the features and the widgets.
# Included by web/CMakeLists.txt for the wasm build and, natively, by tests/web/ so the same sources
# are tested under GoogleTest with fakes of platform/ (tests/web/fake_*.cpp).
#   qinqing_web_logic   — AppState, dispatch, requests and every feature's actions; no ImGui.
#   qinqing_web_screens — the screens, widgets, the shell's frame and the screen registry's rows.
set(qinqing_web_src "${CMAKE_CURRENT_LIST_DIR}/src")
set(imgui_dir "${QINQING_THIRD_PARTY}/imgui")
if(NOT EXISTS "${imgui_dir}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources missing in ${imgui_dir}: run scripts/setup.sh")
endif()

add_library(imgui STATIC
  ${imgui_dir}/imgui.cpp
  ${imgui_dir}/imgui_draw.cpp
  ${imgui_dir}/imgui_tables.cpp
  ${imgui_dir}/imgui_widgets.cpp
  ${imgui_dir}/misc/cpp/imgui_stdlib.cpp
)
target_include_directories(imgui SYSTEM PUBLIC ${imgui_dir} ${imgui_dir}/backends ${imgui_dir}/misc/cpp)
# WCHAR32: names use characters beyond the BMP (𠀀 U+20000). No file I/O: fonts arrive from fetch.
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
                                        IMGUI_DISABLE_DEBUG_TOOLS)

# -Werror=switch: a switch over a domain enum names every value (no default:), so a new value does
# not compile until each switch handles it.
set(qinqing_web_warnings -Wall -Wextra -Werror=switch)

add_library(qinqing_web_logic STATIC
  ${qinqing_web_src}/app/app_state.cpp
  ${qinqing_web_src}/app/dispatch.cpp
  ${qinqing_web_src}/app/file_list_actions.cpp
  ${qinqing_web_src}/app/request.cpp
  ${qinqing_web_src}/app/screen_registry.cpp
)
# Every feature lists its own sources in features/<feature>/sources.cmake, appending to these two.
set(qinqing_web_feature_logic_sources)
set(qinqing_web_feature_screen_sources)
foreach(feature applications audit base_data calendar content import login operations petitions profile
                relation reports security survey)
  include(${qinqing_web_src}/features/${feature}/sources.cmake)
endforeach()
target_sources(qinqing_web_logic PRIVATE ${qinqing_web_feature_logic_sources})
target_include_directories(qinqing_web_logic PUBLIC ${qinqing_web_src})
target_link_libraries(qinqing_web_logic PUBLIC qinqing_shared qinqing_wire)
target_compile_options(qinqing_web_logic PRIVATE ${qinqing_web_warnings})

add_library(qinqing_web_screens STATIC
  ${qinqing_web_src}/app/app_shell.cpp
  ${qinqing_web_src}/app/theme.cpp
  ${qinqing_web_src}/features/feature_list.cpp
  ${qinqing_web_src}/widgets/cadre_picker.cpp
  ${qinqing_web_src}/widgets/data_table.cpp
  ${qinqing_web_src}/widgets/charts.cpp
  ${qinqing_web_src}/widgets/due_date_view.cpp
  ${qinqing_web_src}/widgets/file_list_view.cpp
  ${qinqing_web_src}/widgets/form_widgets.cpp
  ${qinqing_web_src}/widgets/petition_badges.cpp
  ${qinqing_web_src}/widgets/probe.cpp
  ${qinqing_web_src}/widgets/status_badge.cpp
  ${qinqing_web_src}/widgets/status_colours.cpp
)
target_sources(qinqing_web_screens PRIVATE ${qinqing_web_feature_screen_sources})
target_link_libraries(qinqing_web_screens PUBLIC qinqing_web_logic imgui)
target_compile_options(qinqing_web_screens PRIVATE ${qinqing_web_warnings})

if(EMSCRIPTEN)
  # Size matters more than speed for the first load (goal: ≤ 1.5 MB with the font).
  target_compile_options(imgui PRIVATE -Oz)
  target_compile_options(qinqing_web_logic PRIVATE -Oz)
  target_compile_options(qinqing_web_screens PRIVATE -Oz)
endif()
