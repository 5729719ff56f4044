// 包联成效问卷 (系统管理员, §16): pick a quarter (上季度, 本季度, 下季度), edit its questions (single choice,
// multiple choice or text; options one per line), check them with the shared validateQuestionnaire
// (errors beside their fields), confirm, then save; the server's errors land beside the fields too.
#include <algorithm>

#include "app/theme.hpp"
#include "features/survey/survey_actions.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "qinqing/time/instant.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

const std::vector<ui::Choice>& kindChoices() {
  static const std::vector<ui::Choice> choices = [] {
    std::vector<ui::Choice> out;
    for (std::size_t i = 0; i < d::kAllQuestionKinds.size(); ++i) {
      out.push_back({static_cast<long long>(i), std::string(d::questionKindLabel(d::kAllQuestionKinds[i])) + "题"});
    }
    return out;
  }();
  return choices;
}

// Any edit voids a pending confirmation (the admin confirms what is on screen).
void edited(QuestionnaireEditor& e) {
  e.confirming = false;
  e.feedback.message.clear();
}

// Moving or removing a question renumbers the rest: errors about numbered questions no longer fit.
void dropQuestionErrors(QuestionnaireEditor& e) {
  std::erase_if(e.feedback.fieldErrors, [](const d::FieldError& f) { return f.field.rfind("questions", 0) == 0; });
  if (e.feedback.fieldErrors.empty()) e.feedback.formError.clear();
}

void drawQuestion(QuestionnaireEditor& e, std::size_t i, float width, int& moveUp, int& moveDown,
                  int& remove) {
  QuestionDraft& q = e.questions[i];
  const std::string n = std::to_string(i + 1);
  const std::string id = "questionnaire.q" + n;
  const std::string field = "questions." + n;
  ImGui::PushID(static_cast<int>(i));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.97f, 0.98f, 1.0f, 1.0f));
  ImGui::BeginChild("question", ImVec2(width, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding);
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kPrimary, "第 %s 题", n.c_str());
  probe::item(id, "第 " + n + " 题");
  // 上移 / 下移 / 删除 at the right of the heading row.
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const auto buttonW = [](const char* t) { return ImGui::CalcTextSize(t).x + ImGui::GetStyle().FramePadding.x * 2; };
  const float buttons = buttonW("上移") + buttonW("下移") + buttonW("删除") + spacing * 2;
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - buttons));
  ImGui::BeginDisabled(i == 0);
  if (ui::secondaryButton(id + ".up", "上移")) moveUp = static_cast<int>(i);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(i + 1 == e.questions.size());
  if (ui::secondaryButton(id + ".down", "下移")) moveDown = static_cast<int>(i);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ui::secondaryButton(id + ".remove", "删除")) remove = static_cast<int>(i);

  const float rowY = ImGui::GetCursorPosY();
  if (ui::radioField(id + ".kind", "题型", kindChoices(), q.kind, e.feedback.field(field + ".kind"))) {
    e.feedback.clearField(field + ".kind");
    e.feedback.clearField(field + ".options");
    edited(e);
  }
  ui::beside(rowY);
  ImGui::BeginGroup();
  long long required = q.required ? 1 : 0;
  if (ui::radioField(id + ".required", "作答要求", {{1, "必答"}, {0, "选答"}}, required, nullptr)) {
    q.required = required == 1;
    edited(e);
  }
  ImGui::EndGroup();

  const float inner = ImGui::GetContentRegionAvail().x;
  ui::FieldOptions text;
  text.width = inner;
  text.maxChars = static_cast<int>(d::kQuestionTextMax);
  text.hint = "例如：包联干部本季度帮助贵企业解决了哪些问题";
  text.error = e.feedback.field(field + ".text");
  const std::string before = q.text;
  ui::textField(id + ".text", "题目", q.text, text);
  if (before != q.text) {
    e.feedback.clearField(field + ".text");
    edited(e);
  }
  if (d::kAllQuestionKinds[static_cast<std::size_t>(q.kind)] != d::QuestionKind::Text) {
    ui::FieldOptions options;
    options.width = inner;
    options.maxChars = static_cast<int>(d::kOptionsMax * d::kOptionTextMax);
    options.error = e.feedback.field(field + ".options");
    const std::string label = "选项（每行一个，" + std::to_string(d::kOptionsMin) + "至" + std::to_string(d::kOptionsMax) + "个）";
    if (ui::textArea(id + ".options", label, q.options, options, ImGui::GetTextLineHeightWithSpacing() * 3.5f +
                                                                     ImGui::GetStyle().FramePadding.y * 2)) {
      e.feedback.clearField(field + ".options");
      edited(e);
    }
  } else {
    ImGui::TextColored(theme::kMutedText, "文字题由企业自行填写，不设选项。");
    if (const auto* err = e.feedback.field(field + ".options")) ui::errorText(id + ".options.error", *err);
  }
  if (const auto* err = e.feedback.field(field + ".number")) ui::errorText(id + ".number.error", *err);
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopID();
}

void drawQuestionnaireConfirm(QuestionnaireEditor& e, Dispatch& dispatch) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.97f, 0.9f, 1.0f));
  ImGui::BeginChild("questionnaire_confirm", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding);
  const std::string text = "保存后，企业在" + e.quarter.label() + "的干部测评中将回答这 " +
                           std::to_string(e.questions.size()) + " 个问题" +
                           (e.existing ? "（替换原有问卷，已提交的答卷不变）" : "") + "。确定保存吗？";
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  probe::item("questionnaire.confirm_text", text);
  if (ui::primaryButton("questionnaire.confirm", "确认保存", e.feedback.saving)) dispatch(ConfirmSaveQuestionnaire{});
  ImGui::SameLine();
  const bool esc = ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive();
  if ((ui::secondaryButton("questionnaire.confirm_cancel", "取消") || esc) && !e.feedback.saving) e.confirming = false;
  ImGui::EndChild();
  ImGui::PopStyleColor();
  // It replaces 保存问卷 at the foot of a long form and is taller: bring it into view once (it takes
  // a frame or two to learn its height), then leave the scrolling to the user.
  if (!e.confirmInView) {
    if (ImGui::GetItemRectMax().y > ImGui::GetWindowPos().y + ImGui::GetWindowHeight()) ImGui::SetScrollHereY(1.0f);
    else e.confirmInView = true;
  }
}

}  // namespace

void drawQuestionnaireScreen(AppState& state, Dispatch& dispatch) {
  QuestionnaireEditor& e = state.survey.editor;
  const float dpr = state.dpr;
  ui::screenTitle("questionnaire.heading", "包联成效问卷",
                  "设置企业每季度干部测评中回答的包联成效调查问题：单选、多选或文字题，选项每行一个。");
  const d::Quarter current = d::Quarter::of(d::localDate(state.now));
  const std::vector<ui::Choice> quarters = {{-1, "上季度（" + quarterAtOffset(current, -1).label() + "）"},
                                            {0, "本季度（" + current.label() + "）"},
                                            {1, "下季度（" + quarterAtOffset(current, 1).label() + "）"}};
  long long offset = e.quarterOffset;
  if (ui::radioField("questionnaire.quarter", "季度", quarters, offset, nullptr) && !e.feedback.saving) {
    dispatch(OpenQuestionnaire{offset});
  }
  ImGui::Spacing();
  if (e.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("questionnaire.loading");
  }
  if (!e.loadError.empty()) {
    ui::errorText("questionnaire.load_error", e.loadError);
    if (ui::secondaryButton("questionnaire.retry", "重试")) dispatch(OpenQuestionnaire{e.quarterOffset});
  }
  if (!e.loaded) return;

  const std::string status = e.existing ? e.quarter.label() + "已设置问卷，修改后保存即替换"
                                        : e.quarter.label() + "尚未设置问卷：企业测评时只评价四员职责";
  ImGui::TextColored(e.existing ? theme::kSuccess : theme::kMutedText, "%s", status.c_str());
  probe::item("questionnaire.status", status);
  ImGui::Separator();

  ImGui::BeginChild("questionnaire_body", ImVec2(0, 0));
  const float width = std::min(ImGui::GetContentRegionAvail().x, 820 * dpr);
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kQuestionnaireTitleMax);
    o.error = e.feedback.field("title");
    o.hint = "例如：2026年第四季度包联成效问卷";
    const std::string before = e.title;
    ui::textField("questionnaire.title", "问卷标题", e.title, o);
    if (before != e.title) {
      e.feedback.clearField("title");
      edited(e);
    }
  }
  ImGui::Spacing();
  int moveUp = -1, moveDown = -1, remove = -1;
  for (std::size_t i = 0; i < e.questions.size(); ++i) {
    drawQuestion(e, i, width, moveUp, moveDown, remove);
    ImGui::Spacing();
  }
  if (e.questions.empty()) {
    ImGui::TextColored(theme::kMutedText, "还没有问题：点击“添加问题”设置第一个问题。");
    probe::item("questionnaire.empty");
  }
  if (const auto* err = e.feedback.field("questions")) ui::errorText("questionnaire.questions.error", *err);
  ImGui::BeginDisabled(e.questions.size() >= d::kQuestionsMax);
  if (ui::secondaryButton("questionnaire.add", "＋ 添加问题")) {
    e.questions.push_back(QuestionDraft{});
    e.feedback.clearField("questions");
    edited(e);
  }
  ImGui::EndDisabled();
  if (moveUp > 0) std::swap(e.questions[static_cast<std::size_t>(moveUp)], e.questions[static_cast<std::size_t>(moveUp - 1)]);
  if (moveDown >= 0 && moveDown + 1 < static_cast<int>(e.questions.size())) {
    std::swap(e.questions[static_cast<std::size_t>(moveDown)], e.questions[static_cast<std::size_t>(moveDown + 1)]);
  }
  if (remove >= 0) e.questions.erase(e.questions.begin() + remove);
  if (moveUp > 0 || moveDown >= 0 || remove >= 0) {
    dropQuestionErrors(e);
    edited(e);
  }

  ImGui::Spacing();
  ImGui::Separator();
  if (!e.feedback.formError.empty()) ui::errorText("questionnaire.error", e.feedback.formError);
  if (!e.feedback.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", e.feedback.message.c_str());
    probe::item("questionnaire.message", e.feedback.message);
  }
  if (e.confirming) {
    drawQuestionnaireConfirm(e, dispatch);
  } else if (ui::primaryButton("questionnaire.save", "保存问卷", e.feedback.saving)) {
    dispatch(AskSaveQuestionnaire{});
  }
  ImGui::EndChild();
}

}  // namespace qinqing::web
