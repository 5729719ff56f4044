// The intents of the signed-in account's 个人信息, 重置密码 and mobile binding (profile_actions.cpp).
#pragma once

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

// 重置密码 and the first login
struct ChangePassword {};
struct SaveProfile {};
struct WithdrawUnitTransfer {};  // a cadre's pending move of 工作单位
struct SendMobileCode {};
struct BindMobile {};

void perform(AppState& state, const ChangePassword& intent);
void perform(AppState& state, const SaveProfile& intent);
void perform(AppState& state, const WithdrawUnitTransfer& intent);
void perform(AppState& state, const SendMobileCode& intent);
void perform(AppState& state, const BindMobile& intent);

using ProfileIntents = TypeList<ChangePassword, SaveProfile, WithdrawUnitTransfer, SendMobileCode, BindMobile>;

}  // namespace qinqing::web
