// 公告发布 (系统管理员, §10, §18): every announcement in every state; a row opens it with 编辑, 发布 (the
// confirmation says how many enterprises will be texted) or 撤回, and the versions kept since it was
// first published. 新建公告 and 编辑 open the form (notice_form.cpp) in place of the list.
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

ImVec4 stateColour(d::PublicationState s) {
  switch (s) {
    case d::PublicationState::Draft: return theme::kMutedText;
    case d::PublicationState::Published: return theme::kSuccess;
    case d::PublicationState::Withdrawn: return theme::kWarning;
  }
  return theme::kMutedText;
}

std::string roleNames(const std::vector<d::Role>& roles) {
  std::string out;
  for (d::Role r : roles) out += (out.empty() ? "" : "、") + std::string(d::roleDisplayName(r));
  return out;
}

void drawConfirm(AppState& state, Dispatch& dispatch) {
  NoticePublishState& s = state.content.noticePublish;
  PublishConfirm& c = s.confirm;
  const auto& a = *s.open.record;
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.97f, 0.9f, 1.0f));
  ImGui::BeginChild("notice_confirm", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding);
  std::string text;
  if (c.step == PublishStep::Withdraw) {
    text = "撤回后读者将看不到这条公告（内容和版本保留，可再次发布）。确定撤回吗？";
  } else if (c.counting) {
    text = "正在统计受众中的企业数量…";
  } else if (c.enterprises >= 0) {
    text = "公告对象包含企业：发布后将向 " + std::to_string(c.enterprises) + " 家企业发送短信提醒（每家一条）。确定发布吗？";
  } else if (!a.publishedAt.empty()) {
    text = "这条公告曾经发布过，再次发布不再发送短信。确定发布吗？";
  } else {
    text = "公告对象不含企业，发布不发送短信。确定发布吗？";
  }
  content::wrapped("notice.confirm_text", text);
  if (c.counting) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!c.error.empty()) ui::errorText("notice.confirm_error", c.error);
  const bool publish = c.step == PublishStep::Publish;
  ImGui::BeginDisabled(c.counting);
  if (ui::primaryButton("notice.confirm", publish ? "确认发布" : "确认撤回", c.busy)) dispatch(ConfirmNoticeStep{});
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ui::secondaryButton("notice.confirm_cancel", "取消")) c.step = PublishStep::None;
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void drawVersions(const NoticePublishState& s) {
  if (s.versions.empty()) return;
  content::sectionTitle("版本记录（首次发布起，每次修改保留一版）");
  for (size_t i = 0; i < s.versions.size(); ++i) {
    const auto& v = s.versions[i];
    const std::string head = "第 " + std::to_string(v.version) + " 版 · " + minuteText(v.savedAt) +
                             (v.savedBy.empty() ? "" : " · " + v.savedBy) + " · " + v.content.title;
    if (ImGui::TreeNode((head + "##v" + std::to_string(i)).c_str())) {
      ImGui::TextColored(theme::kMutedText, "对象：%s", roleNames(v.content.audience.roles).c_str());
      content::wrapped("notice.version_body." + std::to_string(i), v.content.body);
      ImGui::TreePop();
    }
    probe::item("notice.version." + std::to_string(i), head);
  }
}

void drawRecord(AppState& state, Dispatch& dispatch) {
  NoticePublishState& s = state.content.noticePublish;
  const bool confirming = s.confirm.step != PublishStep::None;
  if (confirming && !s.confirm.busy && content::escapePressed()) s.confirm.step = PublishStep::None;  // Esc: 取消
  if (content::backButton("notice_admin.back", "返回列表", !confirming)) dispatch(OpenNoticeAdmin{0});
  if (s.open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("notice_admin.loading");
  }
  if (!s.confirm.message.empty()) content::successText("notice_admin.message", s.confirm.message);
  if (!s.open.error.empty()) ui::errorText("notice_admin.error", s.open.error);
  if (!s.open.record) return;
  const auto& a = *s.open.record;
  ImGui::BeginChild("notice_admin_body", ImVec2(0, 0));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("notice_admin.title", a.content.title);
  ImGui::PopFont();
  ui::statusBadge("notice_admin.state", d::publicationStateLabel(a.state), stateColour(a.state));
  ImGui::SameLine();
  ImGui::TextColored(theme::kMutedText, "第 %d 版", a.version);
  ImGui::Spacing();
  if (s.confirm.step == PublishStep::None) {
    if (ui::secondaryButton("notice_admin.edit", "编辑")) dispatch(StartNoticeForm{a.id});
    ImGui::SameLine();
    if (a.state == d::PublicationState::Published) {
      if (ui::secondaryButton("notice_admin.withdraw", "撤回")) dispatch(AskNoticeStep{true});
    } else if (ui::primaryButton("notice_admin.publish", "发布", false)) {
      dispatch(AskNoticeStep{false});
    }
  } else {
    drawConfirm(state, dispatch);
  }
  const float labelW = 96 * state.dpr;
  content::sectionTitle("发布范围");
  ui::detailRow("notice_admin.roles", "公告对象", roleNames(a.content.audience.roles), labelW);
  ui::detailRow("notice_admin.regions", "区域",
                content::namesOf(a.content.audience.regionIds, state.content.refs.regions, "全部区域"), labelW);
  ui::detailRow("notice_admin.pinned", "置顶", a.content.pinned ? "是" : "否", labelW);
  ui::detailRow("notice_admin.created", "创建时间", minuteText(a.createdAt), labelW);
  ui::detailRow("notice_admin.published", "首次发布", minuteText(a.publishedAt), labelW);
  if (!a.withdrawnAt.empty()) ui::detailRow("notice_admin.withdrawn", "撤回时间", minuteText(a.withdrawnAt), labelW);
  if (!a.publishedAt.empty()) ui::detailRow("notice_admin.sms", "短信提醒", std::to_string(a.smsQueued) + " 条", labelW);
  content::sectionTitle("正文");
  content::wrapped("notice_admin.body", a.content.body);
  content::sectionTitle("附件");
  content::contentFiles(state, dispatch, ContentFileOwner::announcement, a.id, "notice_admin.files", "公告附件", true);
  drawVersions(s);
  ImGui::EndChild();
}

}  // namespace

void drawNoticeForm(AppState& state, Dispatch& dispatch);  // notice_form.cpp

void drawNoticePublishScreen(AppState& state, Dispatch& dispatch) {
  NoticePublishState& s = state.content.noticePublish;
  if (s.form.visible) return drawNoticeForm(state, dispatch);
  if (s.open.id != 0) return drawRecord(state, dispatch);
  ui::screenTitle("notice_admin.title", "公告发布",
                  "起草、发布和撤回公告栏的公告。公告对象包含企业时，首次发布会向受众中的每家企业发送一条短信。");
  if (!s.confirm.message.empty()) content::successText("notice_admin.message", s.confirm.message);
  if (ui::primaryButton("notice_admin.new", "新建公告", false)) dispatch(StartNoticeForm{0});
  ImGui::SameLine();
  std::vector<std::string> labels;
  for (auto st : d::kAllPublicationStates) labels.emplace_back(d::publicationStateLabel(st));
  bool reload = false;
  {
    ImGui::BeginGroup();
    if (content::stateFilter("notice_admin.filter", "状态", labels, s.stateFilter, 140 * state.dpr)) {
      s.list.request.page = 1;
      reload = true;
    }
    ImGui::EndGroup();
  }
  ImGui::Spacing();
  const std::vector<ui::TableColumn> columns = {{"title", "标题", 4.0f},          {"", "状态", 0.8f},
                                                {"", "公告对象", 2.2f},           {"updated_at", "更新时间", 1.3f},
                                                {"published_at", "发布时间", 1.3f}};
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题或正文查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的公告。";
  else if (s.stateFilter) model.emptyText = "没有" + labels[static_cast<size_t>(s.stateFilter - 1)] + "的公告。";
  else model.emptyText = "暂无公告。点击“新建公告”起草第一条。";
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "notice_admin", columns, model,
      [&](int row, int col) {
        const auto& a = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            if (a.content.pinned) {
              ui::statusBadge("notice_admin.pinned." + r, "置顶", theme::kDanger);
              ImGui::SameLine();
            }
            ImGui::TextUnformatted(a.content.title.c_str());
            probe::item("notice_admin.title." + r, a.content.title);
            break;
          case 1: ui::statusBadge("notice_admin.state." + r, d::publicationStateLabel(a.state), stateColour(a.state)); break;
          case 2: {  // several roles wrap inside the column instead of running under the next one
            const std::string names = roleNames(a.content.audience.roles);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(names.c_str());
            ImGui::PopTextWrapPos();
            probe::item("notice_admin.roles." + r, names);
            break;
          }
          case 3: ImGui::TextUnformatted(minuteText(a.updatedAt).c_str()); break;
          case 4: ImGui::TextUnformatted(minuteText(a.publishedAt).c_str()); break;
        }
      },
      [&](int row) { dispatch(OpenNoticeAdmin{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadNoticeAdmin{});
}

}  // namespace qinqing::web
