// 政策指南发布 (系统管理员, §17): every guide in every state; a row opens it with 编辑, 发布 or 撤回 (each
// confirmed first). 新建政策指南 and 编辑 open the form (policy_form.cpp) in place of the list.
#include "app/theme.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

ImVec4 policyStateColour(d::PublicationState s) {
  switch (s) {
    case d::PublicationState::Draft: return theme::kMutedText;
    case d::PublicationState::Published: return theme::kSuccess;
    case d::PublicationState::Withdrawn: return theme::kWarning;
  }
  return theme::kMutedText;
}

void drawPolicyPublishRecord(AppState& state, Dispatch& dispatch) {
  PolicyPublishState& s = state.content.policyPublish;
  const bool confirming = s.confirm.step != PublishStep::None;
  if (confirming && !s.confirm.busy && content::escapePressed()) s.confirm.step = PublishStep::None;  // Esc: 取消
  if (content::backButton("policy_admin.back", "返回列表", !confirming)) dispatch(OpenPolicyAdmin{0});
  if (s.open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("policy_admin.loading");
  }
  if (!s.confirm.message.empty()) content::successText("policy_admin.message", s.confirm.message);
  if (!s.open.error.empty()) ui::errorText("policy_admin.error", s.open.error);
  if (!s.open.record) return;
  const auto& p = *s.open.record;
  const auto& c = p.content;
  ImGui::BeginChild("policy_admin_body", ImVec2(0, 0));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("policy_admin.title", c.title);
  ImGui::PopFont();
  ui::statusBadge("policy_admin.state", d::publicationStateLabel(p.state), policyStateColour(p.state));
  ImGui::SameLine();
  ImGui::TextColored(theme::kMutedText, "第 %d 版%s", p.version,
                     s.versionCount > 0 ? ("，保留 " + std::to_string(s.versionCount) + " 个版本").c_str() : "");
  ImGui::Spacing();
  PublishConfirm& confirm = s.confirm;
  const bool published = p.state == d::PublicationState::Published;
  if (confirm.step == PublishStep::None) {
    if (ui::secondaryButton("policy_admin.edit", "编辑")) dispatch(StartPolicyForm{p.id});
    ImGui::SameLine();
    if (published) {
      if (ui::secondaryButton("policy_admin.withdraw", "撤回")) confirm.step = PublishStep::Withdraw;
    } else if (ui::primaryButton("policy_admin.publish", "发布", false)) {
      confirm.step = PublishStep::Publish;
    }
  } else {
    const bool withdraw = confirm.step == PublishStep::Withdraw;
    content::wrapped("policy_admin.confirm_text", withdraw ? "撤回后读者将看不到这份政策指南。确定撤回吗？"
                                                           : "发布后所有读者可在“政策指南”中查阅（不发送短信）。确定发布吗？");
    if (!confirm.error.empty()) ui::errorText("policy_admin.confirm_error", confirm.error);
    if (ui::primaryButton("policy_admin.confirm", withdraw ? "确认撤回" : "确认发布", confirm.busy)) {
      dispatch(ConfirmPolicyStep{withdraw});
    }
    ImGui::SameLine();
    if (ui::secondaryButton("policy_admin.confirm_cancel", "取消")) confirm.step = PublishStep::None;
  }
  const float labelW = 96 * state.dpr;
  const auto& refs = state.content.refs;
  ImGui::Spacing();
  ui::detailRow("policy_admin.issuer", "发布机关", c.issuer, labelW);
  ui::detailRow("policy_admin.number", "文号", c.documentNumber.empty() ? "—" : c.documentNumber, labelW);
  ui::detailRow("policy_admin.issued_on", "发布日期", c.issuedOn.toIso(), labelW);
  ui::detailRow("policy_admin.valid_until", "有效期至", c.validUntil ? c.validUntil->toIso() : "长期有效", labelW);
  ui::detailRow("policy_admin.validity", "有效性", d::policyValidityLabel(p.validity), labelW);
  ui::detailRow("policy_admin.groups", "适用行业", content::namesOf(c.industryGroupIds, refs.industryGroups, "全部行业"), labelW);
  ui::detailRow("policy_admin.regions", "适用区域", content::namesOf(c.regionIds, refs.regions, "全部区域"), labelW);
  ui::detailRow("policy_admin.published", "首次发布", minuteText(p.publishedAt), labelW);
  content::sectionTitle("摘要");
  content::wrapped("policy_admin.summary", c.summary.empty() ? "—" : c.summary);
  content::sectionTitle("全文");
  content::wrapped("policy_admin.body", c.body);
  content::sectionTitle("附件");
  content::contentFiles(state, dispatch, ContentFileOwner::policy, p.id, "policy_admin.files", "政策文件附件", true);
  ImGui::EndChild();
}

}  // namespace

void drawPolicyForm(AppState& state, Dispatch& dispatch);  // policy_form.cpp

void drawPolicyPublishScreen(AppState& state, Dispatch& dispatch) {
  PolicyPublishState& s = state.content.policyPublish;
  if (s.form.visible) return drawPolicyForm(state, dispatch);
  if (s.open.id != 0) return drawPolicyPublishRecord(state, dispatch);
  ui::screenTitle("policy_admin.heading", "政策指南发布",
                  "起草、发布和撤回政策指南。可限定适用的行业组别和区域：企业查阅时，与其相关的政策排在最前。");
  if (!s.confirm.message.empty()) content::successText("policy_admin.message", s.confirm.message);
  if (ui::primaryButton("policy_admin.new", "新建政策指南", false)) dispatch(StartPolicyForm{0});
  ImGui::SameLine();
  std::vector<std::string> labels;
  for (auto st : d::kAllPublicationStates) labels.emplace_back(d::publicationStateLabel(st));
  bool reload = false;
  ImGui::BeginGroup();
  if (content::stateFilter("policy_admin.filter", "状态", labels, s.stateFilter, 140 * state.dpr)) {
    s.list.request.page = 1;
    reload = true;
  }
  ImGui::EndGroup();
  ImGui::Spacing();
  const std::vector<ui::TableColumn> columns = {{"title", "标题", 4.0f},       {"", "状态", 0.8f},
                                                {"", "发布机关", 1.5f},        {"", "文号", 1.6f},
                                                {"updated_at", "更新时间", 1.3f}, {"published_at", "发布时间", 1.3f}};
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题、发布机关、文号或内容查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的政策指南。";
  else if (s.stateFilter) model.emptyText = "没有" + labels[static_cast<size_t>(s.stateFilter - 1)] + "的政策指南。";
  else model.emptyText = "暂无政策指南。点击“新建政策指南”起草。";
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "policy_admin", columns, model,
      [&](int row, int col) {
        const auto& p = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(p.content.title.c_str());
            probe::item("policy_admin.title." + r, p.content.title);
            break;
          case 1: ui::statusBadge("policy_admin.state." + r, d::publicationStateLabel(p.state), policyStateColour(p.state)); break;
          case 2: ImGui::TextUnformatted(p.content.issuer.c_str()); break;
          case 3: ImGui::TextUnformatted(p.content.documentNumber.c_str()); break;
          case 4: ImGui::TextUnformatted(minuteText(p.updatedAt).c_str()); break;
          case 5: ImGui::TextUnformatted(minuteText(p.publishedAt).c_str()); break;
        }
      },
      [&](int row) { dispatch(OpenPolicyAdmin{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadPolicyAdmin{});
}

}  // namespace qinqing::web
