// 公告栏 (§10, §18): the platform's announcements addressed to the reader's role and region, pinned
// first, then newest; unread ones marked with a dot; opening one shows its full text and marks it read.
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

void drawNotice(AppState& state, Dispatch& dispatch) {
  auto& open = state.content.notices.open;
  if (content::backButton("notice.back", "返回公告栏")) dispatch(OpenNotice{0});
  if (open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("notice.loading");
  }
  if (!open.error.empty()) ui::errorText("notice.error", open.error);
  if (!open.record) return;
  const auto& a = *open.record;
  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("notice.title", a.content.title);
  ImGui::PopFont();
  if (a.content.pinned) {
    ui::statusBadge("notice.pinned", "置顶", theme::kDanger);
    ImGui::SameLine();
  }
  ImGui::TextColored(theme::kMutedText, "发布时间：%s", minuteText(a.publishedAt).c_str());
  if (a.read) {
    ImGui::SameLine();
    ImGui::TextColored(theme::kMutedText, "· 已读");
    probe::item("notice.read", "已读");
  }
  ImGui::Separator();
  ImGui::Spacing();
  ImGui::BeginChild("notice_body", ImVec2(0, 0));
  content::wrapped("notice.body", a.content.body);
  if (!a.attachments.empty()) {
    ImGui::Spacing();
    content::contentFiles(state, dispatch, ContentFileOwner::announcement, a.id, "notice.files", "公告附件", false);
  }
  ImGui::EndChild();
}

}  // namespace

void drawNoticeBoardScreen(AppState& state, Dispatch& dispatch) {
  NoticeBoardState& s = state.content.notices;
  if (s.open.id != 0) return drawNotice(state, dispatch);
  ui::screenTitle("notices.title", "公告栏", "平台发布的通知公告，置顶的在前，其余按发布时间从新到旧。新公告发布时会短信提醒企业。");
  bool reload = false;
  if (content::check("notices.unread", "仅看未读", s.unreadOnly)) {
    s.list.request.page = 1;
    reload = true;
  }
  ImGui::Spacing();

  const std::vector<ui::TableColumn> columns = {{"title", "标题", 5.0f}, {"published_at", "发布时间", 1.3f}};
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题或正文中的词查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的公告。";
  else if (s.unreadOnly) model.emptyText = "公告都已读过。";
  else model.emptyText = "暂无公告。";
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "notices", columns, model,
      [&](int row, int col) {
        const auto& a = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        if (col == 1) {
          ImGui::TextUnformatted(minuteText(a.publishedAt).c_str());
          return;
        }
        // Unread: a blue dot and the title in the primary colour; read: plain.
        {
          const float h = ImGui::GetTextLineHeight();
          const ImVec2 at = ImGui::GetCursorScreenPos();
          if (!a.read) {
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + h * 0.3f, at.y + h * 0.5f), h * 0.22f,
                                                        ImGui::GetColorU32(theme::kPrimary));
          }
          ImGui::Dummy(ImVec2(h * 0.6f, h));
          ImGui::SameLine();
        }
        if (a.content.pinned) {
          ui::statusBadge("notices.pinned." + r, "置顶", theme::kDanger);
          ImGui::SameLine();
        }
        if (!a.read) ImGui::TextColored(theme::kPrimary, "%s", a.content.title.c_str());
        else ImGui::TextUnformatted(a.content.title.c_str());
        probe::item("notices.title." + r, a.content.title);
        probe::item("notices.state." + r, a.read ? "已读" : "未读");
      },
      [&](int row) { dispatch(OpenNotice{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadNotices{});
}

}  // namespace qinqing::web
