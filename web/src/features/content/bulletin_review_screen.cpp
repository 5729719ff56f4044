// 简报审核 (系统管理员, §5, §19): the bulletins by status (待审核 first shown), one opened for 采用,
// 退回修改 (with a comment, which the server requires) or 不予采用; and a second tab with how many
// 包联成效 stories each unit's cadres submitted and had adopted in a date range (the unit assessment).
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

void drawReview(AppState& state, Dispatch& dispatch) {
  BulletinReviewState& s = state.content.bulletinReview;
  if (content::backButton("review.back")) dispatch(OpenBulletinReview{0});
  if (s.open.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("review.loading");
  }
  if (!s.open.error.empty()) ui::errorText("review.error", s.open.error);
  if (!s.open.record) return;
  const auto& b = *s.open.record;
  ImGui::BeginChild("review_body", ImVec2(0, 0));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  content::wrapped("review.title", b.content.title);
  ImGui::PopFont();
  ui::statusBadge("review.status", d::bulletinStatusLabel(b.status), ui::statusColour(b.status));
  const float labelW = 96 * state.dpr;
  ImGui::Spacing();
  ui::detailRow("review.kind", "类别", d::bulletinKindLabel(b.kind), labelW);
  ui::detailRow("review.author", "投稿人", b.author, labelW);
  if (b.unit) ui::detailRow("review.unit", "单位", b.unit->name, labelW);
  ui::detailRow("review.submitted", "投稿时间", minuteText(b.submittedAt), labelW);
  if (!b.reviewComment.empty()) ui::detailRow("review.old_comment", "审核意见", b.reviewComment, labelW);
  content::sectionTitle("正文");
  content::wrapped("review.body", b.content.body);
  if (b.status == d::BulletinStatus::Submitted) {
    content::sectionTitle("审核");
    ui::FieldOptions o;
    o.width = std::min(ImGui::GetContentRegionAvail().x, 820 * state.dpr);
    o.maxChars = static_cast<int>(d::kReviewCommentMax);
    o.error = s.feedback.field("comment");
    if (ui::textArea("review.comment", "审核意见（退回修改时必填，作者可见）", s.comment, o, 80 * state.dpr)) {
      s.feedback.clearField("comment");
    }
    if (const auto* e = s.feedback.field("review")) ui::errorText("review.review.error", *e);
    if (!s.feedback.formError.empty()) ui::errorText("review.form_error", s.feedback.formError);
    bool first = true;
    for (d::BulletinReview r : d::kAllBulletinReviews) {
      if (!first) ImGui::SameLine();
      first = false;
      const std::string id = "review." + std::string(d::bulletinReviewKey(r));
      const std::string label(d::bulletinReviewLabel(r));
      const bool clicked = r == d::BulletinReview::Adopt ? ui::primaryButton(id, label, s.feedback.saving)
                                                         : ui::secondaryButton(id, label);
      if (clicked && !s.feedback.saving) dispatch(ReviewBulletin{r});
    }
  }
  ImGui::EndChild();
}

void drawReviewList(AppState& state, Dispatch& dispatch) {
  BulletinReviewState& s = state.content.bulletinReview;
  if (!s.message.empty()) content::successText("review.message", s.message);
  std::vector<std::string> labels;
  for (auto st : d::kAllBulletinStatuses) labels.emplace_back(d::bulletinStatusLabel(st));
  bool reload = false;
  if (content::stateFilter("review.filter", "状态", labels, s.statusFilter, 140 * state.dpr)) {
    s.list.request.page = 1;
    reload = true;
  }
  const std::vector<ui::TableColumn> columns = {{"title", "标题", 4.0f}, {"", "类别", 0.9f}, {"", "投稿人", 2.2f},
                                                {"", "状态", 0.9f}, {"submitted_at", "投稿时间", 1.3f}};
  ui::TableModel model = tableModelFor(s.list);
  model.searchHint = "按标题或正文查找（回车）";
  if (!s.list.request.query.empty()) model.emptyText = "没有符合“" + s.list.request.query + "”的简报。";
  else if (s.statusFilter) model.emptyText = "没有" + labels[static_cast<size_t>(s.statusFilter - 1)] + "的简报。";
  else model.emptyText = "还没有人投稿。";
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "review", columns, model,
      [&](int row, int col) {
        const auto& b = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(b.content.title.c_str());
            probe::item("review.title." + r, b.content.title);
            break;
          case 1: ImGui::TextUnformatted(d::bulletinKindLabel(b.kind).data()); break;
          case 2: ImGui::TextUnformatted((b.unit ? b.author + "（" + b.unit->name + "）" : b.author).c_str()); break;
          case 3: ui::statusBadge("review.status." + r, d::bulletinStatusLabel(b.status), ui::statusColour(b.status)); break;
          case 4: ImGui::TextUnformatted(minuteText(b.submittedAt).c_str()); break;
        }
      },
      [&](int row) { dispatch(OpenBulletinReview{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadBulletinReviews{});
}

void drawCounts(AppState& state, Dispatch& dispatch) {
  BulletinReviewState& s = state.content.bulletinReview;
  const float dpr = state.dpr;
  content::wrapped("counts.note", "各单位包联干部在所选期间报送的包联成效简报数量和其中被采用的数量，计入单位考核统计。日期不填为不限。");
  ui::FieldOptions o;
  o.width = 150 * dpr;
  o.maxChars = 10;
  o.hint = "YYYY-MM-DD";
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();  // label and input as one item, so the next field goes beside both
  bool enter = ui::textField("counts.from", "开始日期", s.countsFrom, o);
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  enter |= ui::textField("counts.to", "结束日期", s.countsTo, o);
  ImGui::EndGroup();
  ImGui::SameLine();
  if (ui::primaryButton("counts.query", "统计", s.countsLoading) || enter) dispatch(LoadBulletinUnitCounts{});
  if (s.countsLoading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("counts.loading");
  }
  if (!s.countsError.empty()) ui::errorText("counts.error", s.countsError);
  ImGui::Spacing();
  if (s.counts.empty() && !s.countsLoading && s.countsError.empty()) {
    ui::emptyState("counts.empty", "所选期间没有单位报送包联成效简报。");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("counts", 4, flags, ImVec2(std::min(ImGui::GetContentRegionAvail().x, 820 * dpr), 0))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("单位", 0, 3.0f);
    ImGui::TableSetupColumn("区域", 0, 1.5f);
    ImGui::TableSetupColumn("报送", 0, 0.8f);
    ImGui::TableSetupColumn("采用", 0, 0.8f);
    ImGui::TableHeadersRow();
    int total = 0, adopted = 0;
    for (size_t i = 0; i < s.counts.size(); ++i) {
      const auto& c = s.counts[i];
      total += c.submitted;
      adopted += c.adopted;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.unit.name.c_str());
      probe::item("counts.unit." + std::to_string(i), c.unit.name);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.region.name.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", c.submitted);
      probe::item("counts.submitted." + std::to_string(i), std::to_string(c.submitted));
      ImGui::TableNextColumn();
      ImGui::Text("%d", c.adopted);
      probe::item("counts.adopted." + std::to_string(i), std::to_string(c.adopted));
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(theme::kMutedText, "合计");
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::Text("%d", total);
    ImGui::TableNextColumn();
    ImGui::Text("%d", adopted);
    ImGui::EndTable();
  }
}

}  // namespace

void drawBulletinReviewScreen(AppState& state, Dispatch& dispatch) {
  BulletinReviewState& s = state.content.bulletinReview;
  if (s.open.id != 0) return drawReview(state, dispatch);
  ui::screenTitle("review.heading", "简报审核", "审核包联干部和企业的投稿：采用后全平台可见；退回修改须写明意见，作者修改后重新提交。");
  if (ImGui::BeginTabBar("review_tabs")) {
    if (ImGui::BeginTabItem("投稿审核")) {
      probe::item("review.tab.list");
      s.countsTab = false;
      drawReviewList(state, dispatch);
      ImGui::EndTabItem();
    } else {
      probe::item("review.tab.list");
    }
    if (ImGui::BeginTabItem("各单位投稿统计")) {
      probe::item("review.tab.counts");
      if (!s.countsTab) {
        s.countsTab = true;
        dispatch(LoadBulletinUnitCounts{});
      }
      drawCounts(state, dispatch);
      ImGui::EndTabItem();
    } else {
      probe::item("review.tab.counts");
    }
    ImGui::EndTabBar();
  }
}

}  // namespace qinqing::web
