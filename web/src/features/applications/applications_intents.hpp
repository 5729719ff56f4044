// The intents of 系统管理—企业入驻申请 (系统管理员, 县市区管理员), performed by applications_actions.cpp.
#pragma once

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

// 系统管理—企业入驻申请
struct LoadApplications {};
struct OpenApplication {
  long long id = 0;  // 0: back to the list
};
struct SearchApplicationCadres {};
struct ApproveApplication {};
struct RejectApplication {};

void perform(AppState& state, const LoadApplications& intent);
void perform(AppState& state, const OpenApplication& intent);
void perform(AppState& state, const SearchApplicationCadres& intent);
void perform(AppState& state, const ApproveApplication& intent);
void perform(AppState& state, const RejectApplication& intent);

using ApplicationsIntents = TypeList<LoadApplications, OpenApplication, SearchApplicationCadres, ApproveApplication, RejectApplication>;

}  // namespace qinqing::web
