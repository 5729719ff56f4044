// 安全管理—重置密码 (安全管理员, issue 17): for a holder who cannot use 忘记密码 (no bound mobile), a
// one-time password. The accounts are searched and paged on the server; 生成临时密码 asks first, then
// shows the password ONCE in a dialog with a copy button. The account must replace it at its next
// login; its lock is cleared and its sessions end. The password is dropped when the dialog closes.
#include <string>

#include "widgets/list_model.hpp"
#include "features/security/security_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/status_colours.hpp"

namespace qinqing::web {
namespace {

constexpr const char* kTemporaryPasswordConfirmPopup = "生成临时密码##temp_confirm";
constexpr const char* kPasswordPopup = "临时密码##temp_password";

std::string accountRefName(const std::optional<domain::NamedRef>& ref) { return ref ? ref->name : std::string(); }

void drawTemporaryPasswordConfirm(AppState& state, Dispatch& dispatch) {
  SecurityState& s = state.security;
  if (s.confirming && !ImGui::IsPopupOpen(kTemporaryPasswordConfirmPopup)) ImGui::OpenPopup(kTemporaryPasswordConfirmPopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560 * state.dpr, 0));
  if (!ImGui::BeginPopupModal(kTemporaryPasswordConfirmPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) return;
  if (!s.confirming) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const auto& a = *s.confirming;
  probe::item("temp_confirm.dialog", a.loginName);
  const std::string question = "为账号“" + a.loginName + "”" + (a.holderName.empty() ? "" : "（持有人 " + a.holderName + "）") +
                               "生成临时密码？";
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(question.c_str());
  probe::item("temp_confirm.question", question);
  ImGui::TextColored(theme::kMutedText, "%s",
                     "生成后原密码立即失效，该账号的登录全部退出、锁定解除；持有人用临时密码登录后须立即设置新密码。"
                     "请先核实来电或来访者确为持有人本人。");
  ImGui::PopTextWrapPos();
  if (!s.generateError.empty()) ui::errorText("temp_confirm.error", s.generateError);
  ImGui::Spacing();
  const bool confirm = ui::primaryButton("temp_confirm.confirm", "确认生成", s.generating) ||
                       (ImGui::IsKeyPressed(ImGuiKey_Enter) && !s.generating);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("temp_confirm.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !s.generating);
  if (confirm && !s.generating) dispatch(GenerateTemporaryPassword{});
  if (cancel) {
    s.confirming.reset();
    s.generateError.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

// The one-time password, once: closing the dialog forgets it. Only the button closes it (not Esc),
// so a stray key cannot lose a password nobody has noted yet.
void drawPassword(AppState& state) {
  SecurityState& s = state.security;
  if (s.temporary && !ImGui::IsPopupOpen(kPasswordPopup)) ImGui::OpenPopup(kPasswordPopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560 * state.dpr, 0));
  if (!ImGui::BeginPopupModal(kPasswordPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) return;
  if (!s.temporary) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  auto& t = *s.temporary;
  probe::item("temp_password.dialog", t.loginName);
  ImGui::TextUnformatted(("账号“" + t.loginName + "”的临时密码：").c_str());
  const float copyW = 120 * state.dpr;
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.4f);
  ui::FieldOptions shown;
  shown.readOnly = true;  // selectable, so Ctrl+C works as well
  shown.width = ImGui::GetContentRegionAvail().x - copyW - ImGui::GetStyle().ItemSpacing.x;
  ImGui::BeginGroup();
  ui::textField("temp_password.value", "", t.password, shown);
  ImGui::EndGroup();
  const float fieldH = ImGui::GetItemRectSize().y;
  ImGui::PopFont();
  ImGui::SameLine();
  if (ui::primaryButton("temp_password.copy", s.copied ? "已复制" : "复制", false, ImVec2(copyW, fieldH))) {
    ImGui::SetClipboardText(t.password.c_str());
    s.copied = true;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(theme::kWarning, "%s",
                     "请将临时密码当面或电话告知持有人，持有人登录后须立即修改；关闭后将无法再次查看");
  ImGui::PopTextWrapPos();
  probe::item("temp_password.notice", "请将临时密码当面或电话告知持有人，持有人登录后须立即修改；关闭后将无法再次查看");
  ImGui::Spacing();
  if (ui::secondaryButton("temp_password.close", "我已记下，关闭")) {
    // Overwritten before it is dropped: the password stays in memory no longer than shown.
    t.password.assign(t.password.size(), '\0');
    s.temporary.reset();
    s.copied = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawTemporaryPasswordScreen(AppState& state, Dispatch& dispatch) {
  SecurityState& s = state.security;
  ui::screenTitle("temp.title", "重置密码",
                  "安全管理 / 重置密码：持有人忘记密码且未绑定手机号、无法在登录页自助找回时，为其账号生成一次性的临时密码。");
  if (!s.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", s.message.c_str());
    probe::item("temp.message", s.message);
  }
  std::vector<ui::TableColumn> columns = {{"login_name", "账号", 2.0f}, {"role", "用户类型", 1.1f}, {"", "持有人", 1.0f},
                                          {"unit", "单位", 1.6f},       {"", "手机号", 1.1f},       {"", "状态", 0.8f},
                                          {"", "操作", 1.1f}};
  ui::TableModel model = tableModelFor(s.accounts);
  model.searchHint = "按账号或持有人查询（回车）";
  model.emptyText = s.accounts.request.query.empty() ? "平台中还没有账号。"
                                                     : "没有账号或持有人包含“" + s.accounts.request.query + "”的账号";
  const auto& items = s.accounts.page.items;
  const long long self = state.session ? state.session->profile.accountId : 0;
  bool reload = ui::dataTable("temp_accounts", columns, model,
      [&](int row, int col) {
        const auto& a = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0: ImGui::TextUnformatted(a.loginName.c_str()); probe::item("temp_accounts.cell." + r, a.loginName); break;
          case 1: ImGui::TextUnformatted(std::string(domain::roleDisplayName(a.role)).c_str()); break;
          case 2: ImGui::TextUnformatted(a.holderName.c_str()); break;
          case 3: ImGui::TextUnformatted(accountRefName(a.unit).empty() ? accountRefName(a.region).c_str() : accountRefName(a.unit).c_str()); break;
          case 4: ImGui::TextUnformatted(a.mobileMasked.empty() ? "未绑定" : a.mobileMasked.c_str()); break;
          case 5:
            ui::statusBadge("temp_accounts.status." + r, domain::accountStatusName(a.status), ui::statusColour(a.status));
            break;
          case 6: {
            // Not for one's own account (三权分立) nor a disabled one: the server refuses both.
            const bool allowed = a.id != self && a.status != domain::AccountStatus::Disabled;
            ImGui::BeginDisabled(!allowed);
            if (ImGui::SmallButton(("生成临时密码##temp" + std::to_string(a.id)).c_str())) {
              s.confirming = a;
              s.generateError.clear();
            }
            ImGui::EndDisabled();
            if (!allowed) ImGui::SetItemTooltip(a.id == self ? "不能为本人账号生成临时密码" : "账号已停用");
            probe::item("temp_accounts.generate." + r, allowed ? "生成临时密码" : "");
            break;
          }
        }
      },
      [](int) {});
  if (reload) dispatch(LoadResetAccounts{});
  drawTemporaryPasswordConfirm(state, dispatch);
  drawPassword(state);
}

}  // namespace qinqing::web
