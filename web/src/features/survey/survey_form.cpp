// The 干部测评 form: the cadre, the four duties (§6) each rated 满意/基本满意/不满意 with an optional
// comment, then the quarter's 包联成效 questionnaire (single choice, multiple choice, text).
#include "app/theme.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

const std::vector<ui::Choice>& ratingChoices() {
  static const std::vector<ui::Choice> choices = [] {
    std::vector<ui::Choice> out;
    for (std::size_t i = 0; i < d::kAllDutyRatings.size(); ++i) {
      out.push_back({static_cast<long long>(i), std::string(d::dutyRatingLabel(d::kAllDutyRatings[i]))});
    }
    return out;
  }();
  return choices;
}

void fieldSurveyFormError(const FormFeedback& fb, const std::string& field, const std::string& probeId) {
  if (const std::string* e = fb.field(field)) ui::errorText(probeId, *e);
}

}  // namespace

void drawSurveyForm(AppState& state, Dispatch& /*dispatch*/, const std::string& prefix, float width) {
  SurveyState& s = state.survey;
  if (!s.prompt) return;
  SurveyForm& f = s.form;
  const auto& prompt = *s.prompt;
  const std::string cadre = prompt.cadre ? prompt.cadre->name : "（暂无包联干部）";
  ImGui::TextUnformatted(("包联干部：" + cadre).c_str());
  probe::item(prefix + ".cadre", cadre);
  ImGui::TextColored(theme::kMutedText, "%s", (prompt.quarter.label() + " · 请对包联干部践行四员职责的情况进行评价").c_str());
  ImGui::Spacing();
  for (std::size_t i = 0; i < d::kAllCadreDuties.size(); ++i) {
    const auto duty = d::kAllCadreDuties[i];
    const std::string key(d::cadreDutyKey(duty));
    const std::string id = prefix + ".duty." + key;
    if (ui::radioField(id, d::cadreDutyLabel(duty), ratingChoices(), f.ratings[i], f.feedback.field("duties." + key))) {
      f.feedback.clearField("duties." + key);
    }
    ui::FieldOptions comment;
    comment.width = width;
    comment.maxChars = static_cast<int>(d::kDutyCommentMax);
    comment.hint = "意见建议（选填）";
    comment.error = f.feedback.field("duties." + key + ".comment");
    ui::textField(id + ".comment", "", f.comments[i], comment);  // the duty above is its label
    ImGui::Spacing();
  }
  const auto& q = prompt.questionnaire;
  if (!q.questions.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(("包联成效调查：" + q.title).c_str());
    probe::item(prefix + ".questionnaire", q.title);
    for (std::size_t i = 0; i < q.questions.size() && i < f.texts.size(); ++i) {
      const auto& question = q.questions[i];
      const std::string field = "answers." + std::to_string(question.number);
      const std::string id = prefix + ".q" + std::to_string(question.number);
      const std::string label = std::to_string(question.number) + ". " + question.text + "（" +
                                std::string(d::questionKindLabel(question.kind)) + (question.required ? "，必答）" : "，选答）");
      switch (question.kind) {
        case d::QuestionKind::SingleChoice: {
          std::vector<ui::Choice> options;
          for (std::size_t o = 0; o < question.options.size(); ++o) options.push_back({static_cast<long long>(o), question.options[o]});
          if (ui::radioField(id, label, options, f.single[i], f.feedback.field(field))) f.feedback.clearField(field);
          break;
        }
        case d::QuestionKind::MultipleChoice: {
          ImGui::TextUnformatted(label.c_str());
          for (std::size_t o = 0; o < question.options.size(); ++o) {
            bool on = f.ticked[i][o] != 0;
            if (o > 0) ImGui::SameLine();
            const std::string optionId = id + ".option." + std::to_string(o);
            if (ImGui::Checkbox((question.options[o] + "##" + optionId).c_str(), &on)) {
              f.ticked[i][o] = on ? 1 : 0;
              f.feedback.clearField(field);
            }
            probe::item(optionId, question.options[o]);
          }
          fieldSurveyFormError(f.feedback, field, id + ".error");
          break;
        }
        case d::QuestionKind::Text: {
          ui::FieldOptions text;
          text.width = width;
          text.maxChars = static_cast<int>(d::kTextAnswerMax);
          text.error = f.feedback.field(field);
          ui::textField(id, label, f.texts[i], text);
          break;
        }
      }
      ImGui::Spacing();
    }
  }
  if (!f.feedback.formError.empty()) ui::errorText(prefix + ".error", f.feedback.formError);
  fieldSurveyFormError(f.feedback, "quarter", prefix + ".quarter_error");
}

}  // namespace qinqing::web
