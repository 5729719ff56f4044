// Actions of 系统管理员's 账号管理 and 组织机构, the cadre editor (基础数据—包联干部) and 更换包联干部
// on an enterprise record.
#pragma once

#include <string>

#include "app/dispatch.hpp"

namespace qinqing::web {

// What opening a menu entry starts for these screens (called by actions.cpp's openMenu).
void openAdminMenu(AppState& state, const std::string& key);

void loadAccounts(AppState& state);
void openAccount(AppState& state, long long id);
void handOverAccount(AppState& state);
void loadOrganisation(AppState& state);
void selectRegion(AppState& state, long long id);
void loadUnits(AppState& state);
void saveUnit(AppState& state);
void saveRegion(AppState& state);
void saveCadre(AppState& state);
void loadAssignments(AppState& state, long long enterpriseId);
void searchReassignCadres(AppState& state);
void reassignCadre(AppState& state);

}  // namespace qinqing::web
