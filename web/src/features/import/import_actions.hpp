// 包联方案导入 (系统管理员, notice §21): the chosen file goes to the server as a job — a check (dry
// run) first, then, only for the same file and only when its check found nothing, the import. Each
// job is followed by long polling (GET with after_version) until it ends; the screen draws its
// progress bar from the job as last seen.
#pragma once

#include <string>

#include "app/dispatch.hpp"

namespace qinqing::web {

// A file was chosen: forget the previous file's jobs and problems.
void importFileChosen(AppState& state, std::string name, std::string bytes);
void checkImportFile(AppState& state);
// Only after a clean check of the same bytes (the server checks that too, and everything again).
void applyImportFile(AppState& state);
void loadImportProblems(AppState& state);

}  // namespace qinqing::web
