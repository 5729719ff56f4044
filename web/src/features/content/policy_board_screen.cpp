// 政策指南 (§5, §10, §17): the published guides to the city's support policies. For an enterprise the
// server puts the guides that fit its industry or region first and labels them “与贵企业相关”.
#include "app/theme.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string relevantLabel(const wire::PolicyGuideView& p) {
  return p.relevant ? std::string(d::kPolicyRelevantLabel) : std::string();
}

void drawPolicy(AppState& state, Dispatch& dispatch) {
  auto& open = state.content.policies.open;
  if (content::backButton("policy.back", "返回政策指南")) dispatch(OpenPolicy{0});
  if (open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("policy.loading");
  }
  if (!open.error.empty()) ui::errorText("policy.error", open.error);
  if (!open.record) return;
  const auto& p = *open.record;
  const auto& c = p.content;
  ImGui::BeginChild("policy_body", ImVec2(0, 0));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("policy.title", c.title);
  ImGui::PopFont();
  if (p.relevant) {
    ui::statusBadge("policy.relevant", relevantLabel(p), theme::kSuccess);
    ImGui::SameLine();
  }
  ui::statusBadge("policy.validity", d::policyValidityLabel(p.validity),
                  p.validity == d::PolicyValidity::Valid ? theme::kPrimary : theme::kMutedText);
  const float labelW = 96 * state.dpr;
  const auto& refs = state.content.refs;
  ImGui::Spacing();
  ui::detailRow("policy.issuer", "发布机关", c.issuer, labelW);
  ui::detailRow("policy.number", "文号", c.documentNumber.empty() ? "—" : c.documentNumber, labelW);
  ui::detailRow("policy.issued_on", "发布日期", c.issuedOn.toIso(), labelW);
  ui::detailRow("policy.valid_until", "有效期至", c.validUntil ? c.validUntil->toIso() : "长期有效", labelW);
  ui::detailRow("policy.groups", "适用行业", content::namesOf(c.industryGroupIds, refs.industryGroups, "全部行业"), labelW);
  ui::detailRow("policy.regions", "适用区域", content::namesOf(c.regionIds, refs.regions, "全部区域"), labelW);
  if (!c.summary.empty()) {
    content::sectionTitle("摘要");
    content::wrapped("policy.summary", c.summary);
  }
  content::sectionTitle("全文");
  content::wrapped("policy.body", c.body);
  if (!p.attachments.empty()) {
    content::sectionTitle("附件");
    content::contentFiles(state, dispatch, ContentFileOwner::policy, p.id, "policy.files", "政策文件附件", false);
  }
  ImGui::EndChild();
}

}  // namespace

void drawPolicyBoardScreen(AppState& state, Dispatch& dispatch) {
  PolicyBoardState& s = state.content.policies;
  if (s.open.id != 0) return drawPolicy(state, dispatch);
  const bool enterprise = state.session && state.session->profile.role == d::Role::Enterprise;
  ui::screenTitle("policies.title", "政策指南",
                  enterprise ? "市、县两级惠企政策汇编。与贵企业行业或所在区域相关的政策排在最前。"
                             : "市、县两级惠企政策汇编，按发布日期从新到旧。");
  bool reload = false;
  if (content::check("policies.valid", "仅看有效", s.validOnly)) {
    s.list.request.page = 1;
    reload = true;
  }
  ImGui::Spacing();
  const std::vector<ui::TableColumn> columns = {{"", "标题", 4.2f}, {"", "发布机关", 1.5f}, {"", "文号", 1.6f},
                                                {"", "发布日期", 1.0f}, {"", "有效性", 0.8f}};
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题、发布机关、文号或内容查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的政策指南。";
  else if (s.validOnly) model.emptyText = "没有仍在有效期内的政策指南。";
  else model.emptyText = "暂无政策指南。";
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "policies", columns, model,
      [&](int row, int col) {
        const auto& p = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            if (p.relevant) {
              ui::statusBadge("policies.relevant." + r, relevantLabel(p), theme::kSuccess);
              ImGui::SameLine();
            }
            ImGui::TextUnformatted(p.content.title.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.content.title.c_str());
            probe::item("policies.title." + r, p.content.title);
            break;
          case 1: ImGui::TextUnformatted(p.content.issuer.c_str()); break;
          case 2: ImGui::TextUnformatted(p.content.documentNumber.c_str()); break;
          case 3: ImGui::TextUnformatted(p.content.issuedOn.toIso().c_str()); break;
          case 4:
            if (p.validity == d::PolicyValidity::Valid) ImGui::TextUnformatted(d::policyValidityLabel(p.validity).data());
            else ImGui::TextColored(theme::kMutedText, "%s", d::policyValidityLabel(p.validity).data());
            break;
        }
      },
      [&](int row) { dispatch(OpenPolicy{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadPolicies{});
}

}  // namespace qinqing::web
