// Actions on the signed-in account: change the password, bind a mobile number with an SMS code.
#pragma once

#include "actions.hpp"

namespace qinqing::web {

void changePassword(AppState& state);
void saveProfile(AppState& state);
void sendMobileCode(AppState& state);
void bindMobile(AppState& state);

}  // namespace qinqing::web
