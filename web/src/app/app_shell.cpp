// The signed-in frame: a top bar with the platform's name and the user, the role's menu on the left
// (as the notice lists it; screens of later versions shown disabled), the active screen on the right.
#include <algorithm>
#include <string>

#include "app/app_shell.hpp"
#include "app/screen_registry.hpp"
#include "app/theme.hpp"
#include "qinqing/identity/menu.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

void drawTopBar(AppState& state, Dispatch& dispatch, float height) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float dpr = state.dpr;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + height), ImGui::GetColorU32(theme::kTopBar));
  ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + 20 * dpr, vp->Pos.y + (height - ImGui::GetFontSize() * 1.2f) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.2f);
  ImGui::TextUnformatted("十堰亲清企业服务信息平台");
  ImGui::PopFont();

  const auto& p = state.session->profile;
  std::string who = std::string(domain::roleDisplayName(p.role)) + " · " + p.displayName;
  float logoutW = ImGui::CalcTextSize("退出登录").x + ImGui::GetStyle().FramePadding.x * 2;
  float whoW = ImGui::CalcTextSize(who.c_str()).x;
  float right = vp->Pos.x + vp->Size.x - 20 * dpr;
  float y = vp->Pos.y + (height - ImGui::GetFrameHeight()) * 0.5f;
  if (state.requestsInFlight > 0) {
    ImGui::SetCursorScreenPos(ImVec2(right - logoutW - whoW - 60 * dpr, y));
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("shell.busy");
  }
  ImGui::SetCursorScreenPos(ImVec2(right - logoutW - whoW - 16 * dpr, y + ImGui::GetStyle().FramePadding.y));
  ImGui::TextUnformatted(who.c_str());
  probe::item("shell.user", who);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(ImVec2(right - logoutW, y));
  if (ui::secondaryButton("shell.logout", "退出登录")) dispatch(Logout{});
}

void drawMenu(AppState& state, Dispatch& dispatch) {
  const auto& menu = domain::menuForRole(state.session->profile.role);
  auto entry = [&](std::string_view key, std::string_view label, float indent) {
    bool available = screenAvailable(key);
    bool selected = state.activeMenuKey == key;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::BeginDisabled(!available);
    std::string text(label);
    long long waiting = 0;  // petitions, unread announcements … waiting on this user
    for (MenuCountFn count : screenRegistry().menuCounts()) waiting += std::max(0LL, count(state, key));
    if (waiting > 0) text += "（" + std::to_string(waiting) + "）";
    text += "##" + std::string(key);
    // Clicking the open item again reloads it (back to its list, fresh from the server).
    if (ImGui::Selectable(text.c_str(), selected)) dispatch(OpenMenu{std::string(key)});
    ImGui::EndDisabled();
    if (!available) ImGui::SetItemTooltip("此功能尚未开放");
    probe::item("menu." + std::string(key), text.substr(0, text.find("##")));
  };
  for (const auto& group : menu) {
    if (group.items.empty()) {
      entry(group.key, group.label, 0);
      continue;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::TextUnformatted(group.label.data(), group.label.data() + group.label.size());
    ImGui::PopStyleColor();
    probe::item("menu_group." + std::string(group.key), group.label);
    for (const auto& item : group.items) entry(item.key, item.label, 12 * state.dpr);
    ImGui::Spacing();
  }
}

}  // namespace

bool screenAvailable(std::string_view menuKey) { return screenRegistry().find(menuKey) != nullptr; }

void drawAppShell(AppState& state, Dispatch& dispatch) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float dpr = state.dpr;
  const float barH = 56 * dpr;
  const float menuW = 220 * dpr;
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("##shell", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  drawTopBar(state, dispatch, barH);

  ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x, vp->Pos.y + barH));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * dpr, 16 * dpr));
  ImGui::BeginChild("menu", ImVec2(menuW, vp->Size.y - barH), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders);
  drawMenu(state, dispatch);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();

  ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + menuW, vp->Pos.y + barH));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * dpr, 20 * dpr));
  ImGui::BeginChild("content", ImVec2(vp->Size.x - menuW, vp->Size.y - barH), ImGuiChildFlags_AlwaysUseWindowPadding);
  // Warnings over the content (the calendar's provisional year), then the active entry's screen.
  for (DrawBannerFn banner : screenRegistry().banners()) {
    if (banner(state)) ImGui::Separator();
  }
  if (const ScreenRow* row = screenRegistry().find(state.activeMenuKey)) row->draw(state, dispatch);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  for (DrawScreenFn overlay : screenRegistry().overlays()) overlay(state, dispatch);
  ImGui::End();
}

}  // namespace qinqing::web
