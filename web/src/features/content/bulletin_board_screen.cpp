// 简报投稿 (§5, §19): every reader reads the adopted bulletins; cadres (包联成效) and enterprises (企业动态)
// also submit, see their own in every state under 我的投稿 (with the reviewer's comment when returned)
// and edit a returned one, which submits it again.
#include <algorithm>

#include "app/theme.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"
#include "widgets/status_colours.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string whoOf(const wire::BulletinView& b) {
  return b.unit ? b.author + "（" + b.unit->name + "）" : b.author;
}

void drawBulletinBoardForm(AppState& state, Dispatch& dispatch) {
  BulletinForm& f = state.content.bulletins.form;
  const float dpr = state.dpr;
  if (content::backButton("bulletin_form.cancel", "取消")) {
    dispatch(OpenBulletin{f.id});
    return;
  }
  ui::screenTitle("bulletin_form.heading", f.id ? "修改投稿" : "投稿",
                  f.id ? "修改后重新提交，等待系统管理员审核。" : "提交后由系统管理员审核，采用后全平台可见。");
  if (!f.reviewComment.empty()) {
    ImGui::TextColored(theme::kWarning, "退回意见：");
    ImGui::SameLine();
    content::wrapped("bulletin_form.comment", f.reviewComment);
  }
  const float width = std::min(ImGui::GetContentRegionAvail().x, 820 * dpr);
  ui::FieldOptions t;
  t.width = width;
  t.maxChars = static_cast<int>(d::kPublicationTitleMax);
  t.error = f.feedback.field("title");
  t.hint = "简报标题";
  const std::string before = f.title;
  const bool enter = ui::textField("bulletin_form.title", "标题", f.title, t);
  if (before != f.title) f.feedback.clearField("title");
  ui::FieldOptions o;
  o.width = width;
  o.maxChars = static_cast<int>(d::kBulletinBodyMax);
  o.error = f.feedback.field("body");
  if (ui::textArea("bulletin_form.body", "正文", f.body, o, 260 * dpr)) f.feedback.clearField("body");
  ImGui::Spacing();
  if (!f.feedback.formError.empty()) ui::errorText("bulletin_form.error", f.feedback.formError);
  if (ui::primaryButton("bulletin_form.submit", f.id ? "重新提交" : "提交投稿", f.feedback.saving) || enter) dispatch(SaveBulletin{});
  ImGui::SameLine();
  if (ui::secondaryButton("bulletin_form.cancel_button", "取消")) dispatch(OpenBulletin{f.id});
}

void drawBulletin(AppState& state, Dispatch& dispatch) {
  auto& open = state.content.bulletins.open;
  if (content::backButton("bulletin.back")) dispatch(OpenBulletin{0});
  if (open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("bulletin.loading");
  }
  if (!open.error.empty()) ui::errorText("bulletin.error", open.error);
  if (!open.record) return;
  const auto& b = *open.record;
  ImGui::BeginChild("bulletin_body", ImVec2(0, 0));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("bulletin.title", b.content.title);
  ImGui::PopFont();
  ui::statusBadge("bulletin.status", d::bulletinStatusLabel(b.status), ui::statusColour(b.status));
  ImGui::SameLine();
  ImGui::TextColored(theme::kMutedText, "%s · %s · 投稿于 %s", std::string(d::bulletinKindLabel(b.kind)).c_str(),
                     whoOf(b).c_str(), minuteText(b.submittedAt).c_str());
  if (!b.reviewComment.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(b.status == d::BulletinStatus::Returned ? theme::kWarning : theme::kMutedText, "审核意见：");
    ImGui::SameLine();
    content::wrapped("bulletin.comment", b.reviewComment);
  }
  if (b.editable) {
    ImGui::Spacing();
    if (ui::primaryButton("bulletin.edit", b.status == d::BulletinStatus::Returned ? "修改并重新提交" : "修改", false)) {
      dispatch(StartBulletinForm{b.id});
    }
  }
  ImGui::Separator();
  ImGui::Spacing();
  content::wrapped("bulletin.body", b.content.body);
  ImGui::EndChild();
}

}  // namespace

void drawBulletinBoardScreen(AppState& state, Dispatch& dispatch) {
  BulletinBoardState& s = state.content.bulletins;
  if (s.form.visible) return drawBulletinBoardForm(state, dispatch);
  if (s.open.id != 0) return drawBulletin(state, dispatch);
  const d::Role role = state.session ? state.session->profile.role : d::Role::Inspector;
  const bool submits = d::bulletinKindFor(role).has_value();
  ui::screenTitle("bulletins.title", "简报投稿",
                  submits ? "已采用的简报全平台可见。在“我的投稿”中查看审核进度；退回修改的稿件可修改后重新提交。"
                          : "包联干部和企业报送、经系统管理员采用的简报。");
  if (!s.message.empty()) content::successText("bulletins.message", s.message);
  bool reload = false;
  if (submits) {
    long long mine = s.mine ? 1 : 0;
    if (ui::radioField("bulletins.view", "", {{0, "已采用简报"}, {1, "我的投稿"}}, mine, nullptr)) {
      s.mine = mine == 1;
      s.list.request.page = 1;
      s.message.clear();
      reload = true;
    }
    ImGui::SameLine(0, 40 * state.dpr);
    if (ui::primaryButton("bulletins.new", "投稿", false)) dispatch(StartBulletinForm{0});
  }
  ImGui::Spacing();
  std::vector<ui::TableColumn> columns = {{"title", "标题", 4.0f}, {"", "类别", 0.9f}, {"", "作者", 2.2f}};
  if (s.mine) columns.push_back({"", "状态", 0.9f});
  columns.push_back({"submitted_at", "投稿时间", 1.3f});
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题或正文查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的简报。";
  else if (s.mine) model.emptyText = "您还没有投稿。点击“投稿”报送包联成效或企业动态。";
  else model.emptyText = "暂无已采用的简报。";
  const auto& items = s.list.page.items;
  const bool mineColumns = s.mine;
  reload |= ui::dataTable(
      "bulletins", columns, model,
      [&](int row, int col) {
        const auto& b = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        if (!mineColumns && col >= 3) col += 1;  // no status column
        switch (col) {
          case 0:
            ImGui::TextUnformatted(b.content.title.c_str());
            probe::item("bulletins.title." + r, b.content.title);
            break;
          case 1: ImGui::TextUnformatted(d::bulletinKindLabel(b.kind).data()); break;
          case 2: ImGui::TextUnformatted(whoOf(b).c_str()); break;
          case 3: ui::statusBadge("bulletins.status." + r, d::bulletinStatusLabel(b.status), ui::statusColour(b.status)); break;
          case 4: ImGui::TextUnformatted(minuteText(b.submittedAt).c_str()); break;
        }
      },
      [&](int row) { dispatch(OpenBulletin{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadBulletins{});
}

}  // namespace qinqing::web
