// Actions of the security administrator: online sessions (end one), locked accounts (unlock) and
// 重置密码 (a one-time password for an account whose holder cannot use 忘记密码).
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void loadSessions(AppState& state);
void endSession(AppState& state, const std::string& id);
void loadLockedAccounts(AppState& state);
void unlockAccount(AppState& state, long long accountId);
// Opening 重置密码 from the menu: the first page of accounts, no password kept from before.
void openResetAccounts(AppState& state);
void loadResetAccounts(AppState& state);
// For SecurityState::confirming; the reply's password goes to SecurityState::temporary only.
void generateTemporaryPassword(AppState& state);

}  // namespace qinqing::web
