// 包联方案导入 (系统管理员, notice §21): a county's 一对一包联分配方案 — choose the file, 检查 (a dry
// run on the server with a real progress bar), read every problem row by row, and only when the
// file is clean, 导入 it after a confirmation. The rules and their Chinese messages are shared with
// the server and `qinqing import` (qinqing/org/assignment_plan.hpp).
#include <algorithm>
#include <cstdio>
#include <string>

#include "platform/download.hpp"
#include "platform/file_upload.hpp"
#include "features/import/import_actions.hpp"
#include "qinqing/org/assignment_plan.hpp"
#include "widgets/list_model.hpp"
#include "features/import/import_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

constexpr const char* kConfirmPopup = "确认导入##import_confirm";

std::string sizeText(std::size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " 字节";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

void successText(std::string_view probeId, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kSuccess);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  probe::item(probeId, text);
}

// What the file must look like, and the template to start from.
void drawFormat() {
  std::string required, optional;
  for (auto column : domain::planColumns()) {
    std::string& list = domain::planColumnRequired(column) ? required : optional;
    if (!list.empty()) list += "、";
    list += domain::planColumnHeader(column);
  }
  ui::mutedWrapped("文件：CSV（UTF-8 或 Excel 默认的 GBK 编码）或 Excel .xlsx 的第一个工作表；表头一行，列的顺序不限。");
  ui::mutedWrapped("必填列：" + required + "。选填列：" + optional +
               "。行业组填写经信、住建、商务、交通、农业或文旅（城区企业）；联络员手机用于新企业账号的开通短信。");
  if (ui::secondaryButton("import.template", "下载模板")) {
    downloadText("包联分配方案模板.csv", domain::assignmentPlanTemplateCsv(), "text/csv;charset=utf-8");
  }
}

void drawFileRow(AppState& state, Dispatch& dispatch) {
  ImportPlanState& s = state.importPlan;
  const bool busy = s.uploading || (s.job && !domain::importFinished(*s.job));
  ImGui::BeginDisabled(busy);
  if (ui::secondaryButton("import.choose_file", "选择文件…")) {
    chooseBinaryFile(".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     [&state](const std::string& name, std::string bytes) { importFileChosen(state, name, std::move(bytes)); });
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (s.fileName.empty()) {
    ImGui::TextColored(theme::kMutedText, "尚未选择文件");
    probe::item("import.file", "");
  } else {
    const std::string shown = s.fileName + "（" + sizeText(s.bytes.size()) + "）";
    ImGui::TextUnformatted(shown.c_str());
    probe::item("import.file", s.fileName);
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(s.fileName.empty() || (busy && s.mode == domain::ImportMode::Apply));
  const bool checking = busy && s.mode == domain::ImportMode::Check;
  if (ui::primaryButton("import.check", "检查", checking)) dispatch(CheckImportFile{});
  ImGui::EndDisabled();
}

void drawProgress(AppState& state) {
  ImportPlanState& s = state.importPlan;
  float fraction = 0.0f;
  std::string text = "正在上传文件…";
  if (!s.uploading && s.job) {
    fraction = domain::importProgressFraction(*s.job);
    text = domain::importProgressText(*s.job);
  }
  ImGui::ProgressBar(fraction, ImVec2(std::min(ImGui::GetContentRegionAvail().x, 720 * state.dpr), 0), text.c_str());
  probe::item("import.progress", text);
  probe::fact("import_progress", std::to_string(static_cast<int>(fraction * 100)));
}

void drawProblems(AppState& state, Dispatch& dispatch) {
  ImportPlanState& s = state.importPlan;
  auto& list = s.problems;
  std::vector<ui::TableColumn> columns = {{"row", "行号", 0.7f}, {"column", "列", 1.4f}, {"", "问题", 6.0f}};
  ui::TableModel model = tableModelFor(list);
  model.searchHint = "按列名或问题查询（回车）";
  model.emptyText = list.request.query.empty() ? "没有问题。" : "没有包含“" + list.request.query + "”的问题";
  const auto& items = list.page.items;
  bool reload = ui::dataTable("import.problems", columns, model,
      [&](int row, int col) {
        const auto& p = items[static_cast<size_t>(row)];
        if (col == 0) {
          const std::string text = p.row > 0 ? std::to_string(p.row) : "文件";
          ImGui::TextUnformatted(text.c_str());
        } else if (col == 1) {
          ImGui::TextUnformatted(p.column.empty() ? "—" : p.column.c_str());
        } else {
          ImGui::PushTextWrapPos(0.0f);
          ImGui::TextUnformatted(p.message.c_str());
          ImGui::PopTextWrapPos();
          probe::item("import.problem." + std::to_string(row), (p.row > 0 ? std::to_string(p.row) : std::string("文件")) + "|" +
                                                                   p.column + "|" + p.message);
        }
      },
      [](int) {});
  if (reload) dispatch(LoadImportProblems{});
}

void drawImportConfirm(AppState& state, Dispatch& dispatch) {
  ImportPlanState& s = state.importPlan;
  if (s.confirming && !ImGui::IsPopupOpen(kConfirmPopup)) ImGui::OpenPopup(kConfirmPopup);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(520 * state.dpr, 0));
  if (!ImGui::BeginPopupModal(kConfirmPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) return;
  probe::item("import.confirm_dialog", "确认导入");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(("将导入“" + s.fileName + "”。").c_str());
  if (s.cleanCheck) ImGui::TextUnformatted(domain::describePlanSummary(s.cleanCheck->summary).c_str());
  ImGui::TextColored(theme::kMutedText, "%s", "导入在一个事务中完成：导入前会再次检查，发现任何问题则不写入任何数据。新开通的账号须由本人在登录页“激活账号”。");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const bool confirm = ui::primaryButton("import.confirm", "确认导入", false);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("import.cancel", "取消") || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (confirm) dispatch(ApplyImportFile{});
  if (confirm || cancel) {
    s.confirming = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void drawImportScreen(AppState& state, Dispatch& dispatch) {
  ImportPlanState& s = state.importPlan;
  ui::screenTitle("import.title", "包联方案导入",
                  "系统管理 / 包联方案导入：各县市区报送的“一对一包联分配方案”（干部与所包联企业），先检查、后导入，"
                  "新建的干部和企业账号待本人激活。");
  drawFormat();
  ImGui::Separator();
  drawFileRow(state, dispatch);

  const bool running = s.uploading || (s.job && !domain::importFinished(*s.job));
  if (running) drawProgress(state);
  if (!s.error.empty()) ui::errorText("import.error", s.error);
  if (!s.job || running) {
    if (s.fileName.empty()) ui::emptyState("import.empty", "请选择填写好的包联方案文件，然后点击“检查”。");
    drawImportConfirm(state, dispatch);
    return;
  }

  const auto& job = *s.job;
  if (job.phase == domain::ImportPhase::Failed) {
    ui::errorText("import.failed", job.message);
  } else if (job.mode == domain::ImportMode::Apply && job.applied) {
    successText("import.result", job.message);
    if (ui::secondaryButton("import.view_cadres", "查看包联干部")) dispatch(OpenMenu{"base.cadres"});
  } else if (job.summary.problems == 0) {
    successText("import.result", "检查通过，可以导入。" + domain::describePlanSummary(job.summary));
    if (ui::primaryButton("import.apply", "导入", false)) s.confirming = true;
  } else {
    ui::errorText("import.result", job.message);
    drawProblems(state, dispatch);
  }
  drawImportConfirm(state, dispatch);
}

}  // namespace qinqing::web
