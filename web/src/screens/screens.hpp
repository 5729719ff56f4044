// One function per screen; each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include "actions.hpp"
#include "app_state.hpp"

namespace qinqing::web {

void drawLoginScreen(AppState& state, Dispatch& dispatch);
// The login form's account fields (用户类型, 区域/单位 for cadres, the login name): 激活账号 names the
// account with the same fields. Returns true when Enter was pressed in the name.
bool drawLoginAccountFields(AppState& state, Dispatch& dispatch, float width);
// The login page's other cards (the sign-in card's links open them).
void drawActivationPanel(AppState& state, Dispatch& dispatch, float width);
void drawApplicationFormPanel(AppState& state, Dispatch& dispatch, float width);
void drawApplicationStatusPanel(AppState& state, Dispatch& dispatch, float width);
// 系统管理—企业入驻申请 (系统管理员, 县市区管理员).
void drawApplicationsReviewScreen(AppState& state, Dispatch& dispatch);
// The signed-in frame: top bar, the role's menu, and the active screen in the content area.
void drawAppShell(AppState& state, Dispatch& dispatch);
void drawProfileScreen(AppState& state, Dispatch& dispatch);
void drawCalendarScreen(AppState& state, Dispatch& dispatch);
void drawEnterpriseListScreen(AppState& state, Dispatch& dispatch);
void drawCadreListScreen(AppState& state, Dispatch& dispatch);
void drawCompanyInfoScreen(AppState& state, Dispatch& dispatch);
void drawPasswordScreen(AppState& state, Dispatch& dispatch);
// The password form alone (the screen and the first-login dialog both use it).
void drawPasswordForm(AppState& state, Dispatch& dispatch);
// Mobile number + SMS code + 绑定 (first login, and 更换手机号 in 个人信息).
void drawMobileBinding(AppState& state, Dispatch& dispatch, const std::string& probePrefix);
// A modal over everything while the account must bind a mobile or replace its password.
void drawFirstLoginDialog(AppState& state, Dispatch& dispatch);
void drawAuditLogScreen(AppState& state, Dispatch& dispatch);
void drawSessionsScreen(AppState& state, Dispatch& dispatch);
void drawLockedAccountsScreen(AppState& state, Dispatch& dispatch);
void drawPasswordPolicyScreen(AppState& state, Dispatch& dispatch);
// 诉求: the menu boxes' lists (a row opens the detail in place), the detail with its action form, 发布诉求.
void drawPetitionListScreen(AppState& state, Dispatch& dispatch);
void drawPetitionDetailScreen(AppState& state, Dispatch& dispatch);
void drawPetitionActionForm(AppState& state, Dispatch& dispatch);
void drawPetitionFormScreen(AppState& state, Dispatch& dispatch);
void drawSmsLogScreen(AppState& state, Dispatch& dispatch);  // 短信日志
void drawJobsScreen(AppState& state, Dispatch& dispatch);    // 定时任务
void drawAccountsScreen(AppState& state, Dispatch& dispatch);      // 账号管理
void drawNewAccountPanel(AppState& state, Dispatch& dispatch);     // 账号管理 → 新建账号
void drawOrganisationScreen(AppState& state, Dispatch& dispatch);  // 组织机构
void drawImportScreen(AppState& state, Dispatch& dispatch);        // 包联方案导入
// 系统管理员's cadre editor in 基础数据—包联干部: openCadreEditor(state, nullptr) starts a new cadre.
void openCadreEditor(AppState& state, const domain::CadreSummary* cadre);
void drawCadreEditPanel(AppState& state, Dispatch& dispatch);
// The open enterprise record (view or edit form), shared by the lists and 企业信息.
void drawEnterpriseDetail(AppState& state, Dispatch& dispatch);
// 基础数据—包联企业 → 新增企业 (系统管理员).
void drawNewEnterprisePanel(AppState& state, Dispatch& dispatch);
void drawCadreTransfersScreen(AppState& state, Dispatch& dispatch);       // 基础数据—干部调入确认
void drawTemporaryPasswordScreen(AppState& state, Dispatch& dispatch);    // 安全管理—重置密码
// The login page's 忘记密码 card.
void drawPasswordResetPanel(AppState& state, Dispatch& dispatch, float width);
// The shared password policy's verdict on what is typed so far, line by line, under a new-password
// field (the server checks it again); recorded in the probe under probeId.
void drawPasswordPolicyHints(std::string_view probeId, const std::string& password, const std::string& loginName);

// A table of the cadres the caller may assign (server-searched, paged), in a child of the given
// size; the chosen one is marked. `chosen` in the result: the row clicked this frame; `reload`: the
// search or page changed (dispatch the list's load).
struct CadrePickResult {
  std::optional<domain::CadreSummary> chosen;
  bool reload = false;
};
CadrePickResult drawCadrePicker(std::string_view probeId, ListState<domain::CadreSummary>& cadres,
                                const std::optional<domain::CadreSummary>& chosen, float width, float height);

// The menu keys whose screens exist in this version; the rest of a role's menu is shown disabled.
bool screenAvailable(std::string_view menuKey);

}  // namespace qinqing::web
