// The relation feature (经营状况 and 联系记录) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/relation/relation_intents.hpp"
#include "features/relation/relation_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerRelation(ScreenRegistry& registry);  // register_relation.cpp

struct RelationFeature {
  struct State {
    RelationState relation;  // 经营状况, 联系记录
  };
  using Intents = RelationIntents;
  static void registerScreens(ScreenRegistry& registry) { registerRelation(registry); }
};

}  // namespace qinqing::web
