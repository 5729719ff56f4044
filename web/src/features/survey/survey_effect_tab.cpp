// 测评结果 → 包联成效 (§16): the chosen quarter's 包联成效问卷 with what the answers in the reader's
// scope said — for a choice question a bar per option with its count and share, for a text
// question the texts written (the same text once with how many wrote it, newest first).
#include <cstdio>

#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/charts.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

void drawChoices(const d::QuestionTally& q, float dpr) {
  ui::RankedBars chart;
  chart.probeId = "survey_effect.q" + std::to_string(q.question.number);
  chart.color = theme::kPrimary;
  const int answered = std::max(1, q.answered);
  for (std::size_t i = 0; i < q.question.options.size(); ++i) {
    const int n = i < q.optionCounts.size() ? q.optionCounts[i] : 0;
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.1f%%", 100.0 * n / answered);
    chart.labels.push_back(q.question.options[i]);
    chart.fractions.push_back(static_cast<double>(n) / answered);
    chart.valueTexts.push_back(std::to_string(n) + "（" + pct + "）");
    chart.hoverTexts.push_back(q.question.options[i] + "：" + std::to_string(n) + " 份，占作答的 " + pct);
  }
  chart.labelWidth = 220 * dpr;
  chart.rowHeight = ImGui::GetTextLineHeight() * 1.45f;
  chart.width = std::min(ImGui::GetContentRegionAvail().x, 900 * dpr);
  ui::rankedBars(chart);
}

}  // namespace

void drawSurveyEffectTab(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  if (s.questionTalliesLoading) ui::spinner(8);
  if (!s.questionTalliesError.empty()) {
    ui::errorText("survey_effect.error", s.questionTalliesError);
    if (ui::secondaryButton("survey_effect.retry", "重试")) dispatch(LoadQuestionTallies{});
  }
  if (!s.questionTallies) return;
  const wire::QuestionTallies& t = *s.questionTallies;
  if (t.questions.empty()) {
    ui::emptyState("survey_effect.empty", t.quarter.label() + "没有设置包联成效问卷（系统管理员在“包联成效问卷”中设置）。");
    return;
  }
  const std::string summary = t.title + " · 共 " + std::to_string(t.answerCount) + " 份答卷";
  ImGui::TextColored(theme::kMutedText, "%s", summary.c_str());
  probe::item("survey_effect.summary", summary);
  for (const d::QuestionTally& q : t.questions) {
    ImGui::Spacing();
    const std::string heading = std::to_string(q.question.number) + ". " + q.question.text + "（" +
                                std::string(d::questionKindLabel(q.question.kind)) + "，" + std::to_string(q.answered) +
                                " 份作答）";
    ImGui::TextColored(theme::kTopBar, "%s", heading.c_str());
    probe::item("survey_effect.q" + std::to_string(q.question.number) + ".title", heading);
    switch (q.question.kind) {
      case d::QuestionKind::SingleChoice:
      case d::QuestionKind::MultipleChoice: drawChoices(q, state.dpr); break;
      case d::QuestionKind::Text:
        if (q.texts.empty()) {
          ImGui::TextColored(theme::kMutedText, "尚无企业填写。");
          break;
        }
        {
          int shown = 0;
          for (std::size_t i = 0; i < q.texts.size(); ++i) {
            const d::TextCount& x = q.texts[i];
            shown += x.count;
            const std::string line = x.count > 1 ? x.text + "（" + std::to_string(x.count) + " 家）" : x.text;
            ImGui::Bullet();
            ImGui::TextWrapped("%s", line.c_str());
            probe::item("survey_effect.q" + std::to_string(q.question.number) + ".text." + std::to_string(i), line);
          }
          if (q.answered > shown)
            ImGui::TextColored(theme::kMutedText, "%s", ("另有 " + std::to_string(q.answered - shown) +
                                                        " 条未列出；全部内容见“测评答卷”。").c_str());
        }
        break;
    }
  }
}

}  // namespace qinqing::web
