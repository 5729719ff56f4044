// The sign-in card's actions (login_actions.cpp) and the start of a session they share with 激活账号.
#pragma once

#include <string>

#include "app/app_state.hpp"
#include "features/login/login_intents.hpp"

namespace qinqing::web {

// Takes the session a successful POST /api/session or POST /api/activation granted (its reply
// body): keeps the token and opens the home screen. False when the body cannot be read.
bool startSession(AppState& state, const std::string& grantBody);

}  // namespace qinqing::web
