// 企业入驻申请 review (notice §13): 系统管理员 sees every application, 县市区管理员 those of its county.
// A server-paged list (status filter, search, sort); a row opens the application; a pending one is
// approved with a cadre chosen from the reviewer's own cadres (一对一) and a confirmation, or
// rejected with a reason the applicant will see.
#include <string>
#include <utility>

#include "features/applications/applications_screens.hpp"
#include "app/theme.hpp"
#include "widgets/cadre_picker.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"
#include "widgets/status_colours.hpp"

namespace qinqing::web {
namespace {
using Decision = ApplicationReviewState::Decision;

// 待审核 / 已通过 / 已驳回 / 全部, as the server's status keys.
void drawStatusFilter(AppState& state, Dispatch& dispatch) {
  ApplicationReviewState& r = state.applicationReview;
  static constexpr std::pair<const char*, const char*> kFilters[] = {
      {"pending", "待审核"}, {"approved", "已通过"}, {"rejected", "已驳回"}, {"", "全部"}};
  int index = 0;
  for (const auto& [key, label] : kFilters) {
    if (index++ > 0) ImGui::SameLine();
    const bool selected = r.statusFilter == key;
    if (selected) {
      ImGui::PushStyleColor(ImGuiCol_Button, theme::kPrimary);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const std::string id = std::string("applications.filter.") + (key[0] ? key : "all");
    const bool clicked = ui::secondaryButton(id, label);
    if (selected) ImGui::PopStyleColor(2);
    if (clicked && !selected) {
      r.statusFilter = key;
      r.list.request.page = 1;
      dispatch(LoadApplications{});
    }
  }
}

void drawApplicationList(AppState& state, Dispatch& dispatch) {
  ApplicationReviewState& r = state.applicationReview;
  drawStatusFilter(state, dispatch);
  ImGui::Spacing();
  std::vector<ui::TableColumn> columns = {{"submitted_at", "申请编号", 1.5f}, {"name", "企业全称", 3.0f},
                                          {"uscc", "统一社会信用代码", 2.0f}, {"region", "区域", 1.1f},
                                          {"", "提交时间", 1.4f},        {"status", "状态", 0.8f}};
  ui::TableModel model;
  model.request = &r.list.request;
  model.searchText = &r.list.searchText;
  model.total = r.list.page.total;
  model.rowCount = static_cast<int>(r.list.page.items.size());
  model.loading = r.list.loading;
  model.error = r.list.error;
  model.searchHint = "按企业名称、统一社会信用代码或申请编号查询（回车）";
  const std::string which = r.statusFilter == "pending"    ? "待审核的"
                            : r.statusFilter == "approved" ? "已通过的"
                            : r.statusFilter == "rejected" ? "已驳回的"
                                                           : "";
  model.emptyText = !r.list.request.query.empty()
                        ? "没有名称、代码或编号包含“" + r.list.request.query + "”的" + which + "申请"
                        : "您的审核范围内暂无" + which + "企业入驻申请。";
  const auto& items = r.list.page.items;
  bool reload = ui::dataTable("applications", columns, model,
      [&](int row, int col) {
        const auto& a = items[static_cast<size_t>(row)];
        switch (col) {
          case 0: ImGui::TextUnformatted(a.number.c_str()); break;
          case 1:
            ImGui::TextUnformatted(a.name.c_str());
            probe::item("applications.cell." + std::to_string(row), a.name);
            break;
          case 2: ImGui::TextUnformatted(a.uscc.c_str()); break;
          case 3: ImGui::TextUnformatted(a.region.name.c_str()); break;
          case 4: ImGui::TextUnformatted(minuteText(a.submittedAt).c_str()); break;
          case 5:
            ui::statusBadge("applications.status." + std::to_string(row), domain::applicationStatusName(a.status),
                            ui::statusColour(a.status));
            break;
        }
      },
      [&](int row) { dispatch(OpenApplication{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadApplications{});
}

void drawApprove(AppState& state, Dispatch& dispatch, const domain::EnterpriseApplication& a, float width) {
  ApplicationReviewState& r = state.applicationReview;
  FormFeedback& fb = r.feedback;
  ImGui::TextUnformatted("选择包联干部（一对一：审核通过后由该干部包联此企业）");
  const auto pick = drawCadrePicker("application_cadres", r.cadres, r.chosen, width, 300 * state.dpr);
  if (pick.chosen) {
    r.chosen = pick.chosen;
    r.confirming = false;
    r.feedback.clear();
  }
  if (pick.reload) dispatch(SearchApplicationCadres{});
  if (const std::string* e = fb.field("cadre_id")) ui::errorText("approve.cadre_id.error", *e);
  const std::string chosen = r.chosen ? r.chosen->name + "（" + r.chosen->unit.name + "）" : "";
  ui::detailRow("approve.chosen", "包联干部", r.chosen ? chosen : "请在上表中点选", 120 * state.dpr);
  if (!fb.formError.empty()) ui::errorText("approve.error", fb.formError);
  if (r.confirming && r.chosen) {
    const std::string question = "确认通过 " + a.name + " 的入驻申请，由 " + chosen +
                                 " 包联，并开通企业账号（待激活）？企业联络员和包联干部将收到短信。";
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item("approve.question", question);
    if (ui::primaryButton("approve.confirm", "确认通过", fb.saving)) dispatch(ApproveApplication{});
    ImGui::SameLine();
    if (ui::secondaryButton("approve.back", "返回修改")) r.confirming = false;
  } else {
    if (ui::primaryButton("approve.submit", "通过", false)) {
      fb.clear();
      if (!r.chosen) fb.fieldErrors = {{"cadre_id", "请选择包联干部"}};
      else r.confirming = true;
    }
    ImGui::SameLine();
    if (ui::secondaryButton("approve.cancel", "取消")) {
      r.decision = Decision::None;
      fb.clear();
    }
  }
}

void drawReject(AppState& state, Dispatch& dispatch, float width) {
  ApplicationReviewState& r = state.applicationReview;
  FormFeedback& fb = r.feedback;
  ui::FieldOptions reason;
  reason.width = width;
  reason.maxChars = static_cast<int>(domain::kRejectReasonMax);
  reason.error = fb.field("reason");
  reason.hint = "如：统一社会信用代码与营业执照不符，请核对后重新申请";
  bool submit = ui::textField("reject.reason", "驳回理由（申请人可见）", r.reason, reason);
  if (!fb.formError.empty()) ui::errorText("reject.error", fb.formError);
  submit |= ui::primaryButton("reject.submit", "确认驳回", fb.saving);
  if (submit && !fb.saving) dispatch(RejectApplication{});
  ImGui::SameLine();
  if (ui::secondaryButton("reject.cancel", "取消")) {
    r.decision = Decision::None;
    fb.clear();
  }
}

void drawApplicationDetail(AppState& state, Dispatch& dispatch) {
  ApplicationReviewState& r = state.applicationReview;
  if (r.detailLoading) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载申请…");
    probe::item("application.loading");
    return;
  }
  if (!r.detailError.empty()) {
    ui::errorText("application.error", r.detailError);
    if (ui::secondaryButton("application.retry", "重新加载")) dispatch(OpenApplication{r.openId});
    return;
  }
  if (!r.detail) return;
  const auto& a = *r.detail;
  const float labelW = 150 * state.dpr;
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted(a.name.c_str());
  ImGui::PopFont();
  probe::item("application.name", a.name);
  ImGui::SameLine();
  ui::statusBadge("application.status", domain::applicationStatusName(a.status), ui::statusColour(a.status));
  ui::detailRow("application.number", "申请编号", a.number, labelW);
  ui::detailRow("application.uscc", "统一社会信用代码", a.uscc, labelW);
  ui::detailRow("application.region", "所在区域", a.region.name, labelW);
  ui::detailRow("application.industry_group", "行业组别", a.industryGroup ? a.industryGroup->name : "", labelW);
  ui::detailRow("application.legal_rep", "法定代表人", a.legalRep, labelW);
  ui::detailRow("application.liaison", "企业联络员", a.liaison, labelW);
  ui::detailRow("application.liaison_mobile", "联络员手机号", a.liaisonMobile, labelW);
  ui::detailRow("application.address", "注册地址", a.address, labelW);
  ImGui::PushTextWrapPos(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x));
  ui::detailRow("application.intro", "企业简介", a.intro, labelW);
  ImGui::PopTextWrapPos();
  ui::detailRow("application.submitted_at", "提交时间", minuteText(a.submittedAt), labelW);
  if (a.status != domain::ApplicationStatus::Pending) {
    ui::detailRow("application.reviewed", "审核", minuteText(a.reviewedAt) + "  " + a.reviewer, labelW);
  }
  if (a.status == domain::ApplicationStatus::Rejected) ui::detailRow("application.reason", "驳回理由", a.rejectReason, labelW);
  if (a.status == domain::ApplicationStatus::Approved && a.cadre) {
    ui::detailRow("application.cadre", "包联干部", a.cadre->name, labelW);
  }
  if (!r.feedback.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", r.feedback.message.c_str());
    probe::item("application.message", r.feedback.message);
  }
  ImGui::Spacing();
  if (a.status != domain::ApplicationStatus::Pending) return;

  ImGui::Separator();
  ImGui::Spacing();
  if (r.decision == Decision::None) {
    if (ui::primaryButton("application.approve", "通过", false)) {
      r.decision = Decision::Approve;
      r.feedback.clear();
      r.cadres = {};
      dispatch(SearchApplicationCadres{});
    }
    ImGui::SameLine();
    if (ui::secondaryButton("application.reject", "驳回")) {
      r.decision = Decision::Reject;
      r.feedback.clear();
    }
    return;
  }
  // Drawn inline (the rule above opens it), not in an auto-sized child: such a child takes its size a
  // frame after its content (opening 驳回, an error or the confirmation appearing), and the client
  // draws no frame while nothing changes, so the form stayed hidden or its buttons clipped.
  const float indent = 12 * state.dpr;
  ImGui::TextColored(theme::kPrimary, "%s", r.decision == Decision::Approve ? "通过申请" : "驳回申请");
  ImGui::Indent(indent);
  const float width = std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x);
  if (r.decision == Decision::Approve) drawApprove(state, dispatch, a, width);
  else drawReject(state, dispatch, width);
  ImGui::Unindent(indent);
  ImGui::Separator();
}

}  // namespace

void drawApplicationsReviewScreen(AppState& state, Dispatch& dispatch) {
  ApplicationReviewState& r = state.applicationReview;
  const bool county = state.session->profile.role == domain::Role::CountyAdmin;
  ui::screenTitle("applications.title", "企业入驻申请",
                  county ? "基础数据 / 企业入驻申请：审核本县市区企业的入驻申请，通过时指定包联干部。"
                         : "系统管理 / 企业入驻申请：审核全部企业入驻申请，通过时指定包联干部。");
  if (r.openId == 0) return drawApplicationList(state, dispatch);
  const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput && !r.feedback.saving;
  if (escape && r.confirming) {
    r.confirming = false;
  } else if (escape && r.decision != Decision::None) {
    r.decision = Decision::None;
  } else if (ui::secondaryButton("application.back", "‹ 返回列表") || escape) {
    dispatch(OpenApplication{0});
    return;
  }
  ImGui::Spacing();
  drawApplicationDetail(state, dispatch);
}

}  // namespace qinqing::web
