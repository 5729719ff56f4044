// The intents of 包联方案导入 (系统管理员; part of the Action variant in actions.hpp, performed by
// import_actions.cpp). Choosing the file happens in the screen itself: browsers open a file dialog
// only inside the click that asks for it.
#pragma once

#include "app/type_list.hpp"

namespace qinqing::web {

struct CheckImportFile {};     // 检查: upload the chosen file as a dry run and follow it
struct ApplyImportFile {};     // 导入 (after 确认): upload it again to be written
struct LoadImportProblems {};  // the problems table's page, sort or filter changed

struct AppState;

void perform(AppState& state, const CheckImportFile& intent);
void perform(AppState& state, const ApplyImportFile& intent);
void perform(AppState& state, const LoadImportProblems& intent);

using ImportIntents = TypeList<CheckImportFile, ApplyImportFile, LoadImportProblems>;

}  // namespace qinqing::web
