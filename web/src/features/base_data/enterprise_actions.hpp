// Actions of the base data (基础数据), a cadre's 包联企业 and an enterprise's 企业信息.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void loadEnterprises(AppState& state);
void loadCadres(AppState& state);
void openEnterprise(AppState& state, long long id);
void saveEnterprise(AppState& state);
void revealMobile(AppState& state, const std::string& field);

}  // namespace qinqing::web
