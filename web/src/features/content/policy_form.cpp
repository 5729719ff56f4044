// 政策指南发布's 新建 / 编辑 form: title, 发布机关 and 文号, 发布日期 and 有效期至, the industry groups and
// regions it applies to (all, or chosen ones), summary and full text. The server's field errors
// stand beside their fields.
#include <algorithm>

#include "app/theme.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawPolicyForm(AppState& state, Dispatch& dispatch) {
  namespace d = qinqing::domain;
  PolicyForm& f = state.content.policyPublish.form;
  const float dpr = state.dpr;
  if (content::backButton("policy_form.cancel", "取消")) {
    dispatch(OpenPolicyAdmin{f.id});
    return;
  }
  ui::screenTitle("policy_form.heading", f.id ? "编辑政策指南" : "新建政策指南",
                  f.id ? "已发布的政策指南修改后保存为新版本，旧版本保留。" : "保存后为草稿，发布前可反复修改。");
  ImGui::BeginChild("policy_form_body", ImVec2(0, 0));
  const float width = std::min(ImGui::GetContentRegionAvail().x, 820 * dpr);
  const float half = (width - ImGui::GetStyle().ItemSpacing.x * 2) / 2;
  bool enter = false;
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, int maxChars, float w,
                   const char* hint) {
    ui::FieldOptions o;
    o.width = w;
    o.maxChars = maxChars;
    o.error = f.feedback.field(key);
    o.hint = hint;
    const std::string before = value;
    ImGui::BeginGroup();  // label, input and error as one item, so ui::beside places the next beside all
    enter |= ui::textField(id, label, value, o);
    ImGui::EndGroup();
    if (before != value) f.feedback.clearField(key);
  };
  field("policy_form.title", "title", "标题", f.title, static_cast<int>(d::kPublicationTitleMax), width, "政策名称");
  float rowY = ImGui::GetCursorPosY();
  field("policy_form.issuer", "issuer", "发布机关", f.issuer, static_cast<int>(d::kIssuerMax), half, "如：十堰市人民政府");
  ui::beside(rowY);
  field("policy_form.document_number", "document_number", "文号（可不填）", f.documentNumber,
        static_cast<int>(d::kDocumentNumberMax), half, "如：十政发〔2026〕12号");
  rowY = ImGui::GetCursorPosY();
  field("policy_form.issued_on", "issued_on", "发布日期", f.issuedOn, 10, half, "YYYY-MM-DD");
  ui::beside(rowY);
  field("policy_form.valid_until", "valid_until", "有效期至（不填为长期有效）", f.validUntil, 10, half, "YYYY-MM-DD");
  const auto& refs = state.content.refs;
  if (refs.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("policy_form.refs_loading");
  }
  if (!refs.error.empty()) ui::errorText("policy_form.refs_error", refs.error);
  ImGui::Spacing();
  ImGui::TextUnformatted("适用行业组别");
  if (content::refChecks("policy_form.group", "全部行业", f.allGroups, f.industryGroupIds, refs.industryGroups)) {
    f.feedback.clearField("industry_group_ids");
  }
  if (const auto* e = f.feedback.field("industry_group_ids")) ui::errorText("policy_form.industry_group_ids.error", *e);
  ImGui::Spacing();
  ImGui::TextUnformatted("适用区域");
  if (content::refChecks("policy_form.region", "全部区域", f.allRegions, f.regionIds, refs.regions)) {
    f.feedback.clearField("region_ids");
  }
  if (const auto* e = f.feedback.field("region_ids")) ui::errorText("policy_form.region_ids.error", *e);
  ImGui::Spacing();
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kPolicySummaryMax);
    o.error = f.feedback.field("summary");
    if (ui::textArea("policy_form.summary", "摘要（列表和详情顶部显示）", f.summary, o, 70 * dpr)) f.feedback.clearField("summary");
  }
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kPolicyBodyMax);
    o.error = f.feedback.field("body");
    if (ui::textArea("policy_form.body", "全文", f.body, o, 220 * dpr)) f.feedback.clearField("body");
  }
  ImGui::Spacing();
  if (!f.feedback.formError.empty()) ui::errorText("policy_form.error", f.feedback.formError);
  if (!f.feedback.fieldErrors.empty()) ui::errorText("policy_form.fix", "请按提示修改后再保存");
  if (ui::primaryButton("policy_form.save", f.id ? "保存修改" : "保存草稿", f.feedback.saving) || enter) dispatch(SavePolicy{});
  ImGui::SameLine();
  if (ui::secondaryButton("policy_form.cancel_button", "取消")) dispatch(OpenPolicyAdmin{f.id});
  ImGui::EndChild();
}

}  // namespace qinqing::web
