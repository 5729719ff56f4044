// 登录 (notice §1, §7, §13): choose the user type; a cadre then chooses region and unit and types
// their own name; others type their fixed account name or the enterprise's full name.
#include <algorithm>

#include "features/login/login_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
using domain::Role;

std::vector<ui::Choice> roleLoginChoices() {
  std::vector<ui::Choice> out;
  for (Role r : domain::kAllRoles) out.push_back({static_cast<long long>(r), std::string(domain::roleDisplayName(r))});
  return out;
}

void drawOptionsState(AppState& state, Dispatch& dispatch) {
  if (state.loginOptions.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载区域和单位…");
    probe::item("login.options_loading", "正在加载区域和单位…");
  } else if (!state.loginOptions.error.empty()) {
    ui::errorText("login.options_error", state.loginOptions.error);
    if (ui::secondaryButton("login.options_retry", "重新加载")) dispatch(LoadLoginOptions{});
  }
}

void drawCadreUnitChoice(AppState& state, float width) {
  LoginForm& f = state.login;
  std::vector<ui::Choice> regions, units;
  if (state.loginOptions.options) {
    for (const auto& r : state.loginOptions.options->regions) regions.push_back({r.id, r.name});
    for (const auto& u : state.loginOptions.options->units) {
      if (u.regionId == f.regionId) units.push_back({u.id, u.name});
    }
  }
  float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  if (ui::choiceField("login.region", "区域", regions, f.regionId, nullptr, "请选择区域", half)) f.unitId = 0;
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  const std::string* unitError = state.loginFieldError("unit_id");
  ImGui::BeginDisabled(f.regionId == 0);
  ui::choiceField("login.unit", "单位", units, f.unitId, unitError, f.regionId == 0 ? "请先选择区域" : "请选择单位", half);
  ImGui::EndDisabled();
  ImGui::EndGroup();
}

// A locked account's holder unlocks it with a code sent to the bound mobile (issue 4), so nobody can
// keep a real user locked out by typing wrong passwords.
void drawUnlock(AppState& state, Dispatch& dispatch, float width) {
  LoginForm& f = state.login;
  ImGui::BeginDisabled(f.unlocking);
  if (ui::secondaryButton("login.unlock_send", f.unlockCodeSent ? "重新发送解锁验证码" : "通过短信验证码解锁")) {
    dispatch(RequestUnlockCode{});
  }
  ImGui::EndDisabled();
  if (f.unlockCodeSent) {
    ui::FieldOptions code;
    code.width = width;
    code.maxChars = 6;
    code.hint = "短信中的 6 位验证码";
    bool submit = ui::textField("login.unlock_code", "解锁验证码", f.unlockCode, code);
    submit |= ui::primaryButton("login.unlock_submit", "解锁账号", f.unlocking, ImVec2(width, 0));
    if (submit && !f.unlocking) dispatch(SubmitUnlock{});
  }
  if (!f.unlockMessage.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(f.unlockMessage.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item("login.unlock_message", f.unlockMessage);
  }
}

// 激活账号 / 企业入驻申请 / 查询申请进度 under the sign-in form (issue 4, §13).
void drawPanelLinks(Dispatch& dispatch) {
  ImGui::Spacing();
  if (ui::secondaryButton("login.open_activation", "激活账号")) dispatch(OpenLoginPanel{LoginPanel::Activate});
  ImGui::SameLine();
  if (ui::secondaryButton("login.open_apply", "企业入驻申请")) dispatch(OpenLoginPanel{LoginPanel::Apply});
  ImGui::SameLine();
  if (ui::secondaryButton("login.open_status", "查询申请进度")) dispatch(OpenLoginPanel{LoginPanel::ApplicationStatus});
}

}  // namespace

bool drawLoginAccountFields(AppState& state, Dispatch& dispatch, float width) {
  LoginForm& f = state.login;
  long long roleId = static_cast<long long>(f.role);
  if (ui::choiceField("login.role", "用户类型", roleLoginChoices(), roleId, nullptr, "请选择用户类型", width)) {
    f.role = static_cast<Role>(roleId);
    f.fieldErrors.clear();
    f.formError.clear();
    f.locked = false;
    state.onboarding.loginNotActivated = false;
  }
  drawOptionsState(state, dispatch);
  if (f.role == Role::Cadre) drawCadreUnitChoice(state, width);

  ui::FieldOptions nameOpts;
  nameOpts.error = state.loginFieldError("login_name");
  nameOpts.maxChars = 100;
  std::string nameLabel(domain::loginNameLabel(f.role));
  nameOpts.hint = f.role == Role::Enterprise ? "请输入营业执照上的企业全称" : (f.role == Role::Cadre ? "请输入本人姓名" : "请输入账号");
  return ui::textField("login.name", nameLabel, f.loginName, nameOpts);
}

void drawLoginScreen(AppState& state, Dispatch& dispatch) {
  LoginForm& f = state.login;
  const float dpr = state.dpr;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("##login_bg", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);

  // Banner strip across the top.
  ImDrawList* bg = ImGui::GetWindowDrawList();
  bg->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + 220 * dpr), ImGui::GetColorU32(theme::kTopBar));

  const LoginPanel panel = state.onboarding.panel;
  const float cardW = std::min((panel == LoginPanel::Apply ? 760.0f : 520.0f) * dpr, vp->Size.x - 32 * dpr);
  const float cardH = (panel == LoginPanel::Apply ? 760.0f : f.role == Role::Cadre ? 640.0f : 560.0f) * dpr;  // a guess for centring; the card sizes itself
  ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - cardW) * 0.5f, vp->Pos.y + std::max(24 * dpr, (vp->Size.y - cardH) * 0.35f)));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8 * dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(36 * dpr, 28 * dpr));
  ImGui::BeginChild("login_card", ImVec2(cardW, 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);

  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.35f);
  ImGui::TextUnformatted("十堰亲清企业服务信息平台");
  ImGui::PopFont();
  probe::item("login.title", "十堰亲清企业服务信息平台");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted("“千名干部进千企 服务产业促发展”");
  ImGui::PopStyleColor();
  ImGui::Spacing();

  const float width = ImGui::GetContentRegionAvail().x;
  if (panel == LoginPanel::Activate) drawActivationPanel(state, dispatch, width);
  if (panel == LoginPanel::Apply) drawApplicationFormPanel(state, dispatch, width);
  if (panel == LoginPanel::ApplicationStatus) drawApplicationStatusPanel(state, dispatch, width);
  if (panel == LoginPanel::ResetPassword) drawPasswordResetPanel(state, dispatch, width);
  if (panel != LoginPanel::SignIn) {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::End();
    return;
  }
  bool submit = drawLoginAccountFields(state, dispatch, width);
  ui::FieldOptions pwOpts;
  pwOpts.password = true;
  pwOpts.error = state.loginFieldError("password");
  pwOpts.maxChars = 128;
  pwOpts.hint = "请输入密码";
  submit |= ui::textField("login.password", "密码", f.password, pwOpts);

  if (!f.formError.empty()) ui::errorText("login.form_error", f.formError);
  if (f.locked) drawUnlock(state, dispatch, width);
  if (state.onboarding.loginNotActivated &&
      ui::primaryButton("login.activate_now", "立即激活账号", false, ImVec2(width, 0))) {
    dispatch(OpenLoginPanel{LoginPanel::Activate});
  }
  ImGui::Spacing();
  // 忘记密码 beside 登录 (issue 17): an SMS code to the bound mobile replaces the password.
  const float forgotW = ImGui::CalcTextSize("忘记密码").x + ImGui::GetStyle().FramePadding.x * 2 + 16 * dpr;
  const float loginW = width - forgotW - ImGui::GetStyle().ItemSpacing.x;
  submit |= ui::primaryButton("login.submit", "登录", f.submitting, ImVec2(loginW, 0));
  if (submit && !f.submitting) dispatch(SubmitLogin{});
  if (!f.submitting) {  // while signing in, the button's spinner takes this place
    ImGui::SameLine(ImGui::GetCursorPosX() + loginW + ImGui::GetStyle().ItemSpacing.x);
    if (ui::secondaryButton("login.forgot", "忘记密码", ImVec2(forgotW, 0))) dispatch(OpenLoginPanel{LoginPanel::ResetPassword});
  }

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("初始密码请咨询本单位管理员，或致电市双千办 8111697、8111693。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  probe::item("login.help");
  drawPanelLinks(dispatch);

  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  if (!state.notice.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(vp->Pos.x + (vp->Size.x - cardW) * 0.5f, ImGui::GetItemRectMax().y + 12 * dpr));
    ImGui::TextColored(theme::kSuccess, "%s", state.notice.c_str());
    probe::item("login.notice", state.notice);
  }
  ImGui::End();
}

}  // namespace qinqing::web
