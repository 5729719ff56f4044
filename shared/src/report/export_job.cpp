#include "qinqing/report/export_job.hpp"

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<ExportPhase, 4> kExportPhases = {{
    {ExportPhase::Queued, "queued", "排队中"},
    {ExportPhase::Writing, "writing", "正在导出"},
    {ExportPhase::Done, "done", "已完成"},
    {ExportPhase::Failed, "failed", "导出失败"},
}};

}  // namespace

std::string_view exportPhaseKey(ExportPhase phase) { return vocabularyKey(kExportPhases, phase); }
std::optional<ExportPhase> exportPhaseFromKey(std::string_view key) { return vocabularyFromKey(kExportPhases, key); }

bool exportFinished(const ExportJobStatus& job) {
  return job.phase == ExportPhase::Done || job.phase == ExportPhase::Failed;
}

float exportProgressFraction(const ExportJobStatus& job) {
  switch (job.phase) {
    case ExportPhase::Queued: return 0.0F;
    case ExportPhase::Writing:
      return job.rowsTotal > 0 ? static_cast<float>(job.rowsDone) / static_cast<float>(job.rowsTotal) : 0.0F;
    case ExportPhase::Done:
    case ExportPhase::Failed: return 1.0F;
  }
  return 0.0F;
}

std::string exportProgressText(const ExportJobStatus& job) {
  switch (job.phase) {
    case ExportPhase::Queued: return "排队中…";
    case ExportPhase::Writing:
      return "正在导出 " + std::to_string(job.rowsDone) + " / " + std::to_string(job.rowsTotal) + " 行";
    case ExportPhase::Done: return "已完成，共 " + std::to_string(job.rowsTotal) + " 行，可以下载";
    case ExportPhase::Failed: return "导出失败：" + job.message;
  }
  return "";
}

}  // namespace qinqing::domain
