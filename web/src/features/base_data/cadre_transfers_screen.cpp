// 基础数据—干部调入确认 (单位管理员, 县市区管理员, 系统管理员; issue 17, §2): a cadre who changed 工作单位
// in 个人信息 waits here for the new unit's administrator (or that unit's county administrator, or
// 系统管理员). 同意 moves the cadre and their account to the new unit, their enterprises staying
// assigned; 不同意 needs a reason. Server-paged; the decision is asked in a dialog.
#include <string>

#include "widgets/list_model.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {

constexpr const char* kDecisionPopup = "干部调入确认##transfer_decision";

std::string keptEnterprises(int count) {
  return count == 0 ? "暂无包联企业" : "其包联的" + std::to_string(count) + "家企业保持不变";
}

const domain::CadreTransfer* deciding(const CadreTransfersState& t) {
  for (const auto& x : t.list.page.items) {
    if (x.id == t.decidingId) return &x;
  }
  return nullptr;
}

void drawDecisionDialog(AppState& state, Dispatch& dispatch) {
  CadreTransfersState& t = state.admin.cadreTransfers;
  const domain::CadreTransfer* x = deciding(t);
  if (x && !ImGui::IsPopupOpen(kDecisionPopup)) ImGui::OpenPopup(kDecisionPopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560 * state.dpr, 0));
  if (!ImGui::BeginPopupModal(kDecisionPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) return;
  if (!x) {  // the row left the list (decided elsewhere)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  FormFeedback& fb = t.feedback;
  probe::item("transfer_dialog", t.approve ? "同意" : "不同意");
  const std::string question = t.approve ? "同意" + x->cadre.name + "由" + x->fromUnit.name + "调入" + x->toUnit.name + "？"
                                         : "不同意" + x->cadre.name + "由" + x->fromUnit.name + "调入" + x->toUnit.name + "？";
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(question.c_str());
  probe::item("transfer_dialog.question", question);
  ImGui::TextColored(theme::kMutedText, "%s",
                     t.approve ? ("同意后该干部及其账号归属" + x->toUnit.name + "，今后登录时选择新单位；" +
                                  keptEnterprises(x->enterpriseCount) + "，需要时可另行调整包联关系。")
                                     .c_str()
                               : "该干部的工作单位保持不变，原因随决定一并记录。");
  ImGui::PopTextWrapPos();
  ui::FieldOptions note;
  note.maxChars = static_cast<int>(domain::kTransferNoteMax);
  note.error = fb.field("note");
  note.hint = t.approve ? "选填" : "如：本单位无此人员，请核对调入单位";
  const std::string before = t.note;
  bool submit = ui::textField("transfer_dialog.note", t.approve ? "备注（选填）" : "不同意的原因", t.note, note);
  if (t.note != before) fb.clearField("note");
  if (!fb.formError.empty()) ui::errorText("transfer_dialog.error", fb.formError);
  ImGui::Spacing();
  submit |= ui::primaryButton("transfer_dialog.confirm", t.approve ? "确认同意" : "确认不同意", fb.saving);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("transfer_dialog.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving);
  if (submit && !fb.saving) dispatch(DecideCadreTransfer{});
  if (cancel) {
    t.decidingId = 0;
    t.note.clear();
    fb.fieldErrors.clear();
    fb.formError.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawCadreTransfersScreen(AppState& state, Dispatch& dispatch) {
  CadreTransfersState& t = state.admin.cadreTransfers;
  const domain::Role role = state.session->profile.role;
  ui::screenTitle("transfers.title", "干部调入确认",
                  role == domain::Role::UnitAdmin     ? "基础数据 / 干部调入确认：申请调入本单位的包联干部，确认后其工作单位改为本单位。"
                  : role == domain::Role::CountyAdmin ? "基础数据 / 干部调入确认：申请调入本县市区各单位的包联干部，确认后其工作单位改为新单位。"
                                                      : "基础数据 / 干部调入确认：全市申请调整工作单位的包联干部，确认后其工作单位改为新单位。");
  if (!t.feedback.message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme::kSuccess, "%s", t.feedback.message.c_str());
    ImGui::PopTextWrapPos();
    probe::item("transfers.message", t.feedback.message);
  }
  if (ui::secondaryButton("transfers.refresh", "刷新")) dispatch(LoadCadreTransfers{});

  std::vector<ui::TableColumn> columns = {{"", "干部", 1.0f},     {"", "原单位", 1.8f}, {"", "申请调入", 1.8f},
                                          {"", "申请时间", 1.3f}, {"", "包联企业", 1.8f}, {"", "操作", 1.3f}};
  ui::TableModel model = tableModelFor(t.list);
  model.searchable = false;  // the pending moves are few
  model.emptyText = "目前没有待确认的干部调入申请。干部在“个人信息”中把工作单位改为" +
                    std::string(role == domain::Role::UnitAdmin ? "本单位" : "您管理范围内的单位") + "后，申请会出现在这里。";
  const auto& items = t.list.page.items;
  bool reload = ui::dataTable("transfers", columns, model,
      [&](int row, int col) {
        const auto& x = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(x.cadre.name.c_str());
            probe::item("transfers.cadre." + r, x.cadre.name);
            break;
          case 1: ImGui::TextUnformatted(x.fromUnit.name.c_str()); probe::item("transfers.from." + r, x.fromUnit.name); break;
          case 2: ImGui::TextUnformatted(x.toUnit.name.c_str()); probe::item("transfers.to." + r, x.toUnit.name); break;
          case 3: ImGui::TextUnformatted(minuteText(x.requestedAt).c_str()); break;
          case 4: {
            const std::string kept = keptEnterprises(x.enterpriseCount);
            ImGui::TextColored(theme::kMutedText, "%s", kept.c_str());
            probe::item("transfers.enterprises." + r, kept);
            break;
          }
          case 5:
            if (ImGui::SmallButton(("同意##approve" + std::to_string(x.id)).c_str())) {
              t.decidingId = x.id;
              t.approve = true;
              t.note.clear();
              t.feedback.clear();
            }
            probe::item("transfers.approve." + r, "同意");
            ImGui::SameLine();
            if (ImGui::SmallButton(("不同意##reject" + std::to_string(x.id)).c_str())) {
              t.decidingId = x.id;
              t.approve = false;
              t.note.clear();
              t.feedback.clear();
            }
            probe::item("transfers.reject." + r, "不同意");
            break;
        }
      },
      [](int) {});
  if (reload) dispatch(LoadCadreTransfers{});
  drawDecisionDialog(state, dispatch);
}

}  // namespace qinqing::web
