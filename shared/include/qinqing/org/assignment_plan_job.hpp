// An import of the assignment plan as a job on the server (qinqing/org/assignment_plan.hpp): the
// file is uploaded, read, checked and — for an apply — written, while the client polls its progress.
// A check (dry run) writes nothing; an apply is accepted only for a file whose check was clean, and
// re-checks it inside the transaction that writes it. Plain data and the texts the screen shows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/org/assignment_plan.hpp"

namespace qinqing::domain {

enum class ImportMode {
  Check,  // 检查: read and check, write nothing
  Apply,  // 导入: check again and write everything in one transaction
};

enum class ImportPhase {
  Queued,    // waiting for an earlier import to finish
  Reading,   // reading the file (CSV or .xlsx)
  Checking,  // checking rows (rowsDone of rowsTotal)
  Writing,   // writing rows (rowsDone of rowsTotal)
  Done,      // finished: see summary / problems (a check may have found problems)
  Failed,    // the file could not be read as a table, or the server failed; nothing written
};

struct ImportJobStatus {
  long long id = 0;
  ImportMode mode = ImportMode::Check;
  std::string fileName;
  std::string sha256;      // of the uploaded bytes: an apply names the file its clean check saw
  ImportPhase phase = ImportPhase::Queued;
  long long rowsDone = 0;
  long long rowsTotal = 0;
  long long version = 0;   // grows with every change; pollers wait for a larger one
  PlanSummary summary;     // when Done (and the counts so far while checking)
  bool applied = false;    // an apply that wrote the plan
  std::string message;     // Chinese: why it failed, or what an apply did
  bool operator==(const ImportJobStatus&) const = default;
};

// Stable keys on the wire: "check"/"apply"; "queued", "reading", "checking", "writing", "done", "failed".
std::string_view importModeKey(ImportMode mode);
std::optional<ImportMode> importModeFromKey(std::string_view key);
std::string_view importPhaseKey(ImportPhase phase);
std::optional<ImportPhase> importPhaseFromKey(std::string_view key);

bool importFinished(const ImportJobStatus& job);
// True for a finished check without a single problem: the same file may now be applied.
bool importCheckIsClean(const ImportJobStatus& job);

// How far the job has come, 0..1, for a progress bar. Reading takes the first tenth; a check then
// spends the rest on rows, an apply splits it between checking (a third) and writing.
float importProgressFraction(const ImportJobStatus& job);

// What the bar says: 排队中…, 正在读取文件…, 正在检查 3200 / 10000 行, 正在写入 …, 已完成, 失败.
std::string importProgressText(const ImportJobStatus& job);

// The plan in one sentence, e.g. "新建干部 2 名、企业 3 家（含账号 5 个），调整包联干部 1 家，不变 4 行".
std::string describePlanSummary(const PlanSummary& summary);

}  // namespace qinqing::domain
