// The intents of 安全管理员's screens, performed by security_actions.cpp.
#pragma once

#include "app/type_list.hpp"
#include <string>

namespace qinqing::web {

struct AppState;

// 安全管理
struct LoadSessions {};
struct EndSession {
  std::string id;
};
struct LoadLockedAccounts {};
struct UnlockAccount {
  long long accountId = 0;
};
// 重置密码: the account list, and a one-time password for SecurityState::confirming.
struct LoadResetAccounts {};
struct GenerateTemporaryPassword {};

void perform(AppState& state, const LoadSessions& intent);
void perform(AppState& state, const EndSession& intent);
void perform(AppState& state, const LoadLockedAccounts& intent);
void perform(AppState& state, const UnlockAccount& intent);
void perform(AppState& state, const LoadResetAccounts& intent);
void perform(AppState& state, const GenerateTemporaryPassword& intent);

using SecurityIntents = TypeList<LoadSessions, EndSession, LoadLockedAccounts, UnlockAccount, LoadResetAccounts, GenerateTemporaryPassword>;

}  // namespace qinqing::web
