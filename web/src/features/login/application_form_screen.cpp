// 企业入驻申请 and 查询申请进度 (notice §13: "没有预设账号的企业可以在线申请，经过审核后可使用本平台"):
// two cards of the login page. The form is checked with the shared rules before it is sent; the
// server also refuses duplicates (the USCC or name of a registered enterprise or of a pending
// application). The status card shows the result and a rejection's reason, and offers to apply
// again (rejected) or to activate the account (approved).
#include <string>

#include "qinqing/org/enterprise_application.hpp"
#include "features/login/login_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"
#include "widgets/status_colours.hpp"

namespace qinqing::web {
namespace {

void heading(const char* probeId, const char* title, const char* explanation) {
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  probe::item(probeId, title);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(explanation);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
}

bool backLink(const char* probeId, Dispatch& dispatch) {
  if (ui::secondaryButton(probeId, "‹ 返回登录") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive())) {
    dispatch(OpenLoginPanel{LoginPanel::SignIn});
    return true;
  }
  return false;
}

bool field(const char* probeId, const char* label, std::string& value, const FormFeedback& fb, const char* key,
           float width, int maxChars, const char* hint) {
  ui::FieldOptions o;
  o.width = width;
  o.maxChars = maxChars;
  o.hint = hint;
  o.error = fb.field(key);
  return ui::textField(probeId, label, value, o);
}

void drawSubmitted(AppState& state, Dispatch& dispatch, float width) {
  const auto& a = *state.onboarding.apply.submitted;
  ImGui::TextColored(theme::kSuccess, "申请已提交，等待审核。");
  probe::item("apply.done", "申请已提交，等待审核。");
  const float labelW = 150 * state.dpr;
  ui::detailRow("apply.number", "申请编号", a.number, labelW);
  ui::detailRow("apply.done_name", "企业全称", a.name, labelW);
  ui::detailRow("apply.done_region", "所在区域", a.region.name, labelW);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("请记下申请编号。审核结果将以短信通知企业联络员，也可凭申请编号和统一社会信用代码查询进度。审核通过后，"
                         "用企业全称在登录页点击“激活账号”即可完成激活。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (ui::primaryButton("apply.to_status", "查询申请进度", false, ImVec2(width, 0))) {
    dispatch(OpenLoginPanel{LoginPanel::ApplicationStatus});
  }
  backLink("apply.back", dispatch);
}

}  // namespace

void drawApplicationFormPanel(AppState& state, Dispatch& dispatch, float width) {
  ApplicationFormState& s = state.onboarding.apply;
  heading("apply.title", "企业入驻申请",
          "没有平台账号的企业可在线申请，由系统管理员或所在县市区管理员审核。审核通过后平台为企业开通账号（登录名为企业全称），"
          "并以短信通知企业联络员激活。");
  if (s.submitted) return drawSubmitted(state, dispatch, width);

  FormFeedback& fb = s.feedback;
  domain::ApplicationForm& f = s.form;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (width - gap) * 0.5f;
  bool submit = false;
  submit |= field("apply.name", "企业全称", f.name, fb, "name", width, 100, "与营业执照一致，审核通过后作为登录名");

  float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  submit |= field("apply.uscc", "统一社会信用代码", f.uscc, fb, "uscc", half, 24, "18 位，见营业执照");
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  std::vector<ui::Choice> regions, groups;
  bool needsGroup = false;
  if (s.choices) {
    for (const auto& r : s.choices->regions) {
      regions.push_back({r.id, r.name});
      if (r.id == f.regionId) needsGroup = domain::regionNeedsIndustryGroup(r.name);
    }
    for (const auto& g : s.choices->industryGroups) groups.push_back({g.id, g.name});
  }
  ui::choiceField("apply.region", "所在区域", regions, f.regionId, fb.field("region_id"),
                  s.choicesLoading ? "正在加载…" : "请选择所在区域", half);
  ImGui::EndGroup();

  rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  groups.insert(groups.begin(), ui::Choice{0, needsGroup ? "请选择行业组别" : "（不选）"});
  ui::choiceField("apply.industry_group", needsGroup ? "行业组别（城区企业必填）" : "行业组别（选填）", groups,
                  s.industryGroupChoice, fb.field("industry_group_id"), "请选择行业组别", half);
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  submit |= field("apply.legal_rep", "法定代表人", f.legalRep, fb, "legal_rep", half, 50, "");
  ImGui::EndGroup();

  rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  submit |= field("apply.liaison", "企业联络员", f.liaison, fb, "liaison", half, 50, "");
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  submit |= field("apply.liaison_mobile", "联络员手机号", f.liaisonMobile, fb, "liaison_mobile", half, 11,
                  "接收审核结果和激活短信");
  ImGui::EndGroup();

  submit |= field("apply.address", "注册地址（选填）", f.address, fb, "address", width, 200, "");
  submit |= field("apply.intro", "企业简介（选填）", f.intro, fb, "intro", width, 2000, "主营业务、规模等");

  if (!s.choicesError.empty()) {
    ui::errorText("apply.choices_error", s.choicesError);
    if (ui::secondaryButton("apply.choices_retry", "重新加载")) dispatch(LoadApplicationChoices{});
  }
  if (!fb.formError.empty()) ui::errorText("apply.form_error", fb.formError);
  ImGui::Spacing();
  submit |= ui::primaryButton("apply.submit", "提交申请", fb.saving, ImVec2(width, 0));
  if (submit && !fb.saving) dispatch(SubmitApplication{});
  backLink("apply.back", dispatch);
}

void drawApplicationStatusPanel(AppState& state, Dispatch& dispatch, float width) {
  ApplicationStatusState& s = state.onboarding.status;
  FormFeedback& fb = s.feedback;
  heading("status.title", "查询申请进度", "请输入提交申请时获得的申请编号和企业的统一社会信用代码。");
  bool submit = false;
  submit |= field("status.number", "申请编号", s.lookup.number, fb, "number", width, 32, "如 SQ20260302000001");
  submit |= field("status.uscc", "统一社会信用代码", s.lookup.uscc, fb, "uscc", width, 24, "18 位");
  if (!fb.formError.empty()) ui::errorText("status.form_error", fb.formError);
  submit |= ui::primaryButton("status.submit", "查询", fb.saving, ImVec2(width, 0));
  if (submit && !fb.saving) dispatch(LookupApplication{});

  if (s.found) {
    const auto& a = *s.found;
    const float labelW = 120 * state.dpr;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ui::detailRow("status.found_number", "申请编号", a.number, labelW);
    ui::detailRow("status.found_name", "企业全称", a.name, labelW);
    ImGui::TextColored(theme::kMutedText, "审核状态");  // muted like the detail rows' labels
    ImGui::SameLine(labelW);
    ui::statusBadge("status.state", domain::applicationStatusName(a.status), ui::statusColour(a.status));
    ui::detailRow("status.submitted_at", "提交时间", minuteText(a.submittedAt), labelW);
    if (!a.reviewedAt.empty()) ui::detailRow("status.reviewed_at", "审核时间", minuteText(a.reviewedAt), labelW);
    if (a.status == domain::ApplicationStatus::Rejected) {
      ImGui::TextColored(theme::kMutedText, "驳回理由");
      ImGui::SameLine(labelW);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextColored(theme::kDanger, "%s", a.rejectReason.c_str());
      ImGui::PopTextWrapPos();
      probe::item("status.reason", a.rejectReason);
      ImGui::Spacing();
      if (ui::primaryButton("status.reapply", "修改后重新申请", false, ImVec2(width, 0))) dispatch(ReapplyApplication{});
    }
    if (a.status == domain::ApplicationStatus::Approved) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextColored(theme::kSuccess, "已开通企业账号，登录名为企业全称。请激活账号后登录。");
      ImGui::PopTextWrapPos();
      if (ui::primaryButton("status.activate", "激活账号", false, ImVec2(width, 0))) dispatch(ActivateApprovedApplication{});
    }
    if (a.status == domain::ApplicationStatus::Pending) {
      ImGui::TextColored(theme::kMutedText, "申请正在审核中，审核结果将以短信通知企业联络员。");
    }
  }
  backLink("status.back", dispatch);
}

}  // namespace qinqing::web
