// 公告发布's 新建公告 / 编辑公告 form: title, body (with a character counter), audience (reader roles and
// all or some regions) and 置顶. Saving keeps a draft (or, once published, a new version).
#include <algorithm>

#include "app/theme.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawNoticeForm(AppState& state, Dispatch& dispatch) {
  namespace d = qinqing::domain;
  AnnouncementForm& f = state.content.noticePublish.form;
  const float dpr = state.dpr;
  if (content::backButton("notice_form.cancel", "取消")) {
    dispatch(OpenNoticeAdmin{f.id});
    return;
  }
  ui::screenTitle("notice_form.heading", f.id ? "编辑公告" : "新建公告",
                  f.id ? "已发布的公告修改后保存为新版本，旧版本保留。" : "保存后为草稿，发布前可反复修改。");
  ImGui::BeginChild("notice_form_body", ImVec2(0, 0));
  const float width = std::min(ImGui::GetContentRegionAvail().x, 820 * dpr);
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kPublicationTitleMax);
    o.error = f.feedback.field("title");
    o.hint = "公告标题";
    const std::string before = f.title;
    if (ui::textField("notice_form.title", "标题", f.title, o)) dispatch(SaveNotice{});
    if (before != f.title) f.feedback.clearField("title");
  }
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kAnnouncementBodyMax);
    o.error = f.feedback.field("body");
    if (ui::textArea("notice_form.body", "正文", f.body, o, 240 * dpr)) f.feedback.clearField("body");
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("公告对象");
  if (content::roleChecks("notice_form.role", f.roles)) {
    f.feedback.clearField("roles");
    f.feedback.clearField("audience");
  }
  if (const auto* e = f.feedback.field("roles")) ui::errorText("notice_form.roles.error", *e);
  if (const auto* e = f.feedback.field("audience")) ui::errorText("notice_form.audience.error", *e);
  ImGui::Spacing();
  ImGui::TextUnformatted("区域");
  const auto& refs = state.content.refs;
  if (refs.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("notice_form.regions_loading");
  }
  if (!refs.error.empty()) ui::errorText("notice_form.regions_error", refs.error);
  if (content::refChecks("notice_form.region", "全部区域", f.allRegions, f.regionIds, refs.regions)) {
    f.feedback.clearField("region_ids");
  }
  if (const auto* e = f.feedback.field("region_ids")) ui::errorText("notice_form.region_ids.error", *e);
  ImGui::TextColored(theme::kMutedText, "市级管理员、分办员和巡查员不分区域，收到发给其角色的全部公告。");
  ImGui::Spacing();
  content::check("notice_form.pinned", "置顶（在公告栏中排在最前）", f.pinned);
  ImGui::Spacing();
  if (!f.feedback.formError.empty()) ui::errorText("notice_form.error", f.feedback.formError);
  if (!f.feedback.fieldErrors.empty()) ui::errorText("notice_form.fix", "请按提示修改后再保存");
  if (ui::primaryButton("notice_form.save", f.id ? "保存修改" : "保存草稿", f.feedback.saving)) dispatch(SaveNotice{});
  ImGui::SameLine();
  if (ui::secondaryButton("notice_form.cancel_button", "取消")) dispatch(OpenNoticeAdmin{f.id});
  ImGui::EndChild();
}

}  // namespace qinqing::web
