// The base data feature (the enterprise and cadre records, accounts and the organisation) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/base_data/base_data_intents.hpp"
#include "features/base_data/base_data_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerBaseData(ScreenRegistry& registry);  // register_base_data.cpp

struct BaseDataFeature {
  struct State {
    BaseDataState baseData;  // 企业信息, 干部信息
    AdminState admin;  // 账号管理, 组织机构, the cadre editor, 更换包联干部
  };
  using Intents = BaseDataIntents;
  static void registerScreens(ScreenRegistry& registry) { registerBaseData(registry); }
};

}  // namespace qinqing::web
