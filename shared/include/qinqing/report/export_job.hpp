// A long export as a job on the server (issue 12 "Exports"): 诉求办理明细 of a year of the city is
// written to a file row by row while the reader watches a progress bar, then downloaded. A job
// belongs to the account that started it; nobody else sees it. Plain data and the bar's texts.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace qinqing::domain {

enum class ExportPhase {
  Queued,   // waiting for an earlier export
  Writing,  // rowsDone of rowsTotal written
  Done,     // the file can be downloaded
  Failed,   // nothing to download: see message
};
inline constexpr std::array kAllExportPhases = {ExportPhase::Queued, ExportPhase::Writing, ExportPhase::Done,
                                                ExportPhase::Failed};
std::string_view exportPhaseKey(ExportPhase phase);  // "queued", "writing", "done", "failed"
std::optional<ExportPhase> exportPhaseFromKey(std::string_view key);

struct ExportJobStatus {
  long long id = 0;
  std::string fileName;  // 诉求办理明细_2026-01-01_2026-12-31.xlsx
  ExportPhase phase = ExportPhase::Queued;
  long long rowsDone = 0;
  long long rowsTotal = 0;
  long long version = 0;  // grows with every change; pollers wait for a larger one
  std::string message;    // Chinese: why it failed
  bool operator==(const ExportJobStatus&) const = default;
};

bool exportFinished(const ExportJobStatus& job);
// 0..1 for the progress bar.
float exportProgressFraction(const ExportJobStatus& job);
// 排队中…, 正在导出 3200 / 10000 行, 已完成，可以下载, 导出失败：….
std::string exportProgressText(const ExportJobStatus& job);

}  // namespace qinqing::domain
