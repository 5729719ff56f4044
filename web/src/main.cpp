// The web client's entry point: GLFW + WebGL2 + Dear ImGui, drawn on demand.
// Frames run from requestAnimationFrame only when asked (input, network replies, timers), so an idle
// page uses no CPU; the canvas backing store follows CSS size × devicePixelRatio for crisp HiDPI text.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "app/dispatch.hpp"
#include "app/app_state.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/font_loader.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "platform/frame_scheduler.hpp"
#include "platform/input_bridge.hpp"
#include "app/app_shell.hpp"
#include "app/screen_registry.hpp"
#include "features/feature_list.hpp"
#include "app/theme.hpp"
#include "widgets/probe.hpp"

extern "C" {
void qq_request_frame();
void qq_set_timer(int ms);
void qq_wait_base_font();
double qq_device_pixel_ratio();
int qq_viewport_width();
int qq_viewport_height();
void qq_install_resize_listener();
void qq_set_canvas_size(int width, int height);
void qq_install_page_api();
void qq_first_frame_done();
}

namespace qinqing::web {
namespace {

struct Client {
  GLFWwindow* window = nullptr;
  ScreenRegistry screens = featureRegistry();  // every feature's screens (features/feature_list.cpp)
  AppState state;
  Dispatch dispatch{state};
  bool fontReady = false;
  int framesWanted = 0;
  int changingFrames = 0;  // frames in a row that differed from the one before
  int frameCount = 0;
};

Client& client() {
  static Client c;  // the page's one client
  return c;
}

// Backing store = CSS size × DPR; the stylesheet pins the CSS size to the viewport.
void applyCanvasSize() {
  Client& c = client();
  float dpr = static_cast<float>(qq_device_pixel_ratio());
  int w = std::max(1, static_cast<int>(qq_viewport_width() * dpr));
  int h = std::max(1, static_cast<int>(qq_viewport_height() * dpr));
  if (dpr != c.state.dpr) {
    c.state.dpr = dpr;
    theme::apply(dpr);
  }
  qq_set_canvas_size(w, h);
}

const char* screenName(const AppState& s) {
  if (s.screen == Screen::Login) return "login";
  return s.activeMenuKey.c_str();
}

void drawFrame() {
  Client& c = client();
  c.state.now = domain::Instant::fromUnixSeconds(static_cast<std::int64_t>(emscripten_date_now() / 1000.0));
  // An action changes what is drawn: a popup or an auto-sized panel it opens takes its size one
  // frame later, so a few more frames follow (an idle page still draws none).
  const bool acted = c.dispatch.pending();
  c.dispatch.flush();
  if (acted) requestFrames(3);
  applyArrivedFontSlices();
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  probe::beginFrame(screenName(c.state), c.state.dpr);
  probe::fact("requests_in_flight", std::to_string(c.state.requestsInFlight));

  if (c.state.screen == Screen::Login || !c.state.session) {
    screenRegistry().loginScreen()(c.state, c.dispatch);
  } else {
    drawAppShell(c.state, c.dispatch);
  }
  drawImePreedit();

  ImGui::Render();
  int fbW = 0, fbH = 0;
  glfwGetFramebufferSize(c.window, &fbW, &fbH);
  glViewport(0, 0, fbW, fbH);
  glClearColor(0.957f, 0.965f, 0.976f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // A panel ImGui sizes from its content is hidden on its first frame; nothing else may wake the
  // loop after it, so keep drawing until a frame repeats the one before (bounded, for clocks).
  if (probe::endFrame()) {
    if (++c.changingFrames <= 8) requestFrames(2);
  } else {
    c.changingFrames = 0;
  }
  afterFrameInputBridge(c.state.dpr);
  if (++c.frameCount == 1) qq_first_frame_done();
}

}  // namespace

void requestFrames(int frames) {
  Client& c = client();
  c.framesWanted = std::max(c.framesWanted, frames);
  qq_request_frame();
}

void wakeAfter(int ms) { qq_set_timer(ms); }

}  // namespace qinqing::web

using namespace qinqing::web;
namespace domain = qinqing::domain;

extern "C" EMSCRIPTEN_KEEPALIVE void qq_frame(double) {
  Client& c = client();
  if (!c.fontReady) return;
  drawFrame();
  if (c.framesWanted > 0) --c.framesWanted;
  // Keep drawing while ImGui animates something, a request is in flight (spinner), or actions wait.
  bool busy = c.state.requestsInFlight > 0 || c.dispatch.pending();
  if (c.framesWanted > 0 || busy) qq_request_frame();
}

// Input and timers wake the loop; ImGui needs a few frames to settle after an event.
extern "C" EMSCRIPTEN_KEEPALIVE void qq_wake() { requestFrames(3); }

extern "C" EMSCRIPTEN_KEEPALIVE void qq_resized() {
  applyCanvasSize();
  requestFrames(3);
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_base_font_loaded(unsigned char* data, int size) {
  Client& c = client();
  if (!data || size <= 0 || !installBaseFont(data, size)) {
    // Without the font nothing Chinese can be drawn; the HTML loading text stays and explains.
    EM_ASM({ var el = document.getElementById("qq-loading"); if (el) el.lastChild.textContent = "字体加载失败，请刷新页面重试"; });
    return;
  }
  c.fontReady = true;
  c.dispatch(LoadLoginOptions{});
  c.dispatch(LoadCalendar{});  // deadlines shown anywhere are computed with the server's calendar
  c.dispatch(ResumeSession{});
  requestFrames(3);
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* qq_probe() { return probe::lastFrameJson().c_str(); }
extern "C" EMSCRIPTEN_KEEPALIVE int qq_frame_count() { return client().frameCount; }

// window.qinqing.dueDate('2020-09-30', 15) → '2020-10-28', from the wasm build of the shared engine
// and the calendar the server sent. Empty while the calendar is loading or for bad input.
extern "C" EMSCRIPTEN_KEEPALIVE const char* qq_due_date(const char* from, int workingDays) {
  static std::string result;  // returned to JS, read at once
  result.clear();
  const auto& cal = client().state.calendar.calendar;
  if (!cal || !from || workingDays < 1 || workingDays > domain::kMaxWorkingDays) return result.c_str();
  if (auto date = domain::Date::parseIso(from)) {
    result = domain::dueAfterWorkingDays(*cal, date.value(), workingDays).dueDate.toIso();
  } else if (auto instant = domain::parseInstant(from)) {
    result = domain::dueAfterWorkingDays(*cal, instant.value(), workingDays).dueDate.toIso();
  }
  return result.c_str();
}
extern "C" EMSCRIPTEN_KEEPALIVE int qq_calendar_ready() { return client().state.calendar.calendar ? 1 : 0; }

// Wheel events from the canvas: GLFW's emulation quantises them (imgui #6096), so ImGui's own
// handler is used, and every wheel wakes the loop.
static EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  float multiplier = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX) * multiplier, static_cast<float>(-e->deltaY) * multiplier);
  requestFrames(3);
  return EM_TRUE;
}

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  Client& c = client();
  useScreenRegistry(c.screens);
  c.window = glfwCreateWindow(1280, 800, "十堰亲清企业服务信息平台", nullptr, nullptr);
  if (!c.window) return 1;
  glfwMakeContextCurrent(c.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;                          // no file system; layout is fixed
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // Tab/Enter/Esc and arrows, as clerks expect
  io.ConfigInputTextCursorBlink = false;             // a blinking caret would cost frames while idle
  ImGui_ImplGlfw_InitForOpenGL(c.window, true);
  glfwSetCharCallback(c.window, nullptr);            // all text comes through the textarea bridge
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_wheel_callback("#canvas", nullptr, false, onWheel);
  installInputBridge();

  c.state.dpr = 0;  // forces theme::apply on the first sizing
  applyCanvasSize();
  qq_install_resize_listener();
  qq_install_page_api();
  qq_wait_base_font();
  return 0;
}
