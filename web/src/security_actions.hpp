// Actions of the security administrator: online sessions (end one) and locked accounts (unlock).
#pragma once

#include "actions.hpp"

namespace qinqing::web {

void loadSessions(AppState& state);
void endSession(AppState& state, const std::string& id);
void loadLockedAccounts(AppState& state);
void unlockAccount(AppState& state, long long accountId);

}  // namespace qinqing::web
