// 定时任务 (系统管理员, issue 5: a scheduled job inside `qinqing serve`, with run logs an
// administrator can see): each job's schedule, last outcome and next run, 立即运行 with its progress,
// and the selected job's run history.
#include "features/operations/job_actions.hpp"
#include "platform/frame_scheduler.hpp"
#include "features/operations/operations_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {

ImVec4 outcomeColour(domain::JobOutcome o) {
  switch (o) {
    case domain::JobOutcome::Ok: return theme::kSuccess;
    case domain::JobOutcome::Running: return theme::kPrimary;
    case domain::JobOutcome::Failed: return theme::kDanger;
  }
  return theme::kMutedText;
}

// The job's state in one badge: 等待运行 / 运行中 while a run is under way, else the last outcome.
void jobBadge(const domain::JobInfo& job) {
  const std::string id = "jobs.status." + job.name;
  if (job.queued) return ui::statusBadge(id, "等待运行", theme::kPrimary);
  if (job.running) return ui::statusBadge(id, "运行中", theme::kPrimary);
  if (!job.lastRun) return ui::statusBadge(id, "尚未运行", theme::kMutedText);
  ui::statusBadge(id, domain::jobOutcomeLabel(job.lastRun->outcome), outcomeColour(job.lastRun->outcome));
}

void drawJobTable(AppState& state, Dispatch& dispatch) {
  JobsState& j = state.jobs;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("jobs", 6, flags)) return;
  ImGui::TableSetupColumn("任务", 0, 1.5f);
  ImGui::TableSetupColumn("计划", 0, 0.9f);
  ImGui::TableSetupColumn("上次运行", 0, 1.5f);
  ImGui::TableSetupColumn("结果", 0, 3.4f);
  ImGui::TableSetupColumn("下次运行", 0, 1.5f);
  ImGui::TableSetupColumn("操作", 0, 1.1f);
  ImGui::TableHeadersRow();
  for (const auto& job : j.jobs) {
    ImGui::TableNextRow(0, ImGui::GetFrameHeightWithSpacing());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    const bool selected = j.selected == job.name;
    if (ImGui::Selectable((job.label + "##" + job.name).c_str(), selected) && !selected) {
      dispatch(SelectJob{job.name});
    }
    ui::tooltipIfHovered(job.description + "（点击查看运行记录）");
    probe::item("jobs.row." + job.name, job.label);

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(job.schedule.c_str());

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (job.lastRun) {
      ImGui::TextUnformatted(secondText(job.lastRun->startedAt).c_str());
      if (job.lastRun->trigger == domain::JobTrigger::Manual) ui::tooltipIfHovered("由 " + job.lastRun->triggeredBy + " 手动运行");
    } else {
      ImGui::TextColored(theme::kMutedText, "—");
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    jobBadge(job);
    if (job.lastRun && !job.queued && !job.running) {
      const bool failed = job.lastRun->outcome == domain::JobOutcome::Failed;
      const std::string& text = failed ? job.lastRun->error : job.lastRun->summary;
      ImGui::SameLine();
      if (failed) ImGui::TextColored(theme::kDanger, "%s", text.c_str());
      else ImGui::TextUnformatted(text.c_str());
      ui::tooltipIfHovered(text);
      probe::item("jobs.summary." + job.name, text);
    } else if (job.queued || job.running) {
      ImGui::SameLine();
      ui::spinner(ImGui::GetFontSize() * 0.4f);
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(secondText(job.nextRunAt).c_str());
    probe::item("jobs.next." + job.name, job.nextRunAt);

    ImGui::TableNextColumn();
    const bool busy = job.queued || job.running || j.requesting == job.name;
    if (ui::primaryButton("jobs.run." + job.name, busy ? "运行" : "立即运行", busy)) dispatch(RunJob{job.name});
  }
  ImGui::EndTable();
}

void drawRuns(AppState& state, Dispatch& dispatch) {
  JobsState& j = state.jobs;
  const domain::JobInfo* job = nullptr;
  for (const auto& candidate : j.jobs) {
    if (candidate.name == j.selected) job = &candidate;
  }
  if (!job) return;
  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  const std::string heading = "运行记录 · " + job->label;
  ImGui::TextUnformatted(heading.c_str());
  ImGui::PopFont();
  probe::item("job_runs.title", heading);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(job->description.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();

  const std::vector<ui::TableColumn> columns = {{"", "开始时间", 1.4f}, {"", "结束时间", 1.4f}, {"", "方式", 0.6f},
                                                {"", "操作人", 0.9f},   {"", "结果", 0.7f},     {"", "摘要", 4.0f}};
  ui::TableModel model;
  model.request = &j.runsRequest;
  model.searchText = &j.runsSearchText;
  model.searchable = false;
  model.total = j.runs.total;
  model.rowCount = static_cast<int>(j.runs.items.size());
  model.loading = j.runsLoading;
  model.error = j.runsError;
  model.emptyText = "该任务尚未运行过。下次按计划运行：" + secondText(job->nextRunAt) + "，也可点击“立即运行”。";
  const auto& runs = j.runs.items;
  const bool reload = ui::dataTable("job_runs", columns, model,
      [&](int row, int col) {
        const auto& run = runs[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0: ImGui::TextUnformatted(secondText(run.startedAt).c_str()); break;
          case 1:
            if (run.finishedAt.empty()) ImGui::TextColored(theme::kMutedText, "—");
            else ImGui::TextUnformatted(secondText(run.finishedAt).c_str());
            break;
          case 2:
            ImGui::TextUnformatted(std::string(domain::jobTriggerLabel(run.trigger)).c_str());
            probe::item("job_runs.trigger." + r, domain::jobTriggerLabel(run.trigger));
            break;
          case 3: ImGui::TextUnformatted(run.triggeredBy.empty() ? "（系统）" : run.triggeredBy.c_str()); break;
          case 4: ui::statusBadge("job_runs.outcome." + r, domain::jobOutcomeLabel(run.outcome), outcomeColour(run.outcome)); break;
          case 5: {
            const bool failed = run.outcome == domain::JobOutcome::Failed;
            const std::string& text = failed ? run.error : run.summary;
            if (failed) ImGui::TextColored(theme::kDanger, "%s", text.c_str());
            else ImGui::TextUnformatted(text.c_str());
            ui::tooltipIfHovered(text);
            probe::item("job_runs.summary." + r, text);
            break;
          }
        }
      },
      [](int) {});
  if (reload) dispatch(LoadJobRuns{});
}

}  // namespace

void drawJobsScreen(AppState& state, Dispatch& dispatch) {
  JobsState& j = state.jobs;
  ui::screenTitle("jobs.title", "定时任务",
                  "系统管理 / 定时任务：平台服务内按计划自动运行的任务，每次运行的开始、结束、结果都有记录；"
                  "“立即运行”会在后台运行一次，不影响原定计划。");

  // While a run is queued or under way the list is refreshed about once a second (the progress).
  if (jobsNeedPolling(j)) {
    if (!j.loading && state.now.unixSeconds() - j.lastPolledAt >= 1) dispatch(LoadJobs{});
    wakeAfter(1000);
  }

  if (!j.runError.empty()) ui::errorText("jobs.run_error", j.runError);
  if (!j.message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(j.message.find("运行失败") != std::string::npos ? theme::kDanger : theme::kSuccess, "%s",
                       j.message.c_str());
    ImGui::PopTextWrapPos();
    probe::item("jobs.message", j.message);
  }
  if (!j.error.empty()) ui::errorText("jobs.error", j.error);
  if (j.jobs.empty()) {
    if (j.loading) {
      ui::spinner(ImGui::GetFontSize() * 0.4f);
      probe::item("jobs.loading");
    } else if (j.error.empty()) {
      ui::emptyState("jobs.empty", "本服务没有登记任何定时任务。");
    }
    return;
  }
  drawJobTable(state, dispatch);
  drawRuns(state, dispatch);
}

}  // namespace qinqing::web
