// Actions on the signed-in account: change the password, bind a mobile number with an SMS code,
// edit 个人信息 (a cadre's 工作单位 asks for a move the new unit's administrator confirms).
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void changePassword(AppState& state);
void saveProfile(AppState& state);
void withdrawUnitTransfer(AppState& state);
void sendMobileCode(AppState& state);
void bindMobile(AppState& state);

}  // namespace qinqing::web
