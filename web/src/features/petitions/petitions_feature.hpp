// The petitions feature (the petition lists, detail, actions and 发布诉求) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/petitions/attachment_state.hpp"
#include "features/petitions/petition_intents.hpp"
#include "features/petitions/petition_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerPetitions(ScreenRegistry& registry);  // register_petitions.cpp

struct PetitionsFeature {
  struct State {
    PetitionsState petitions;  // 诉求: lists, detail, 发布诉求, menu badges
    AttachmentsState attachments;  // the 分办单 downloads
  };
  using Intents = PetitionsIntents;
  static void registerScreens(ScreenRegistry& registry) { registerPetitions(registry); }
};

}  // namespace qinqing::web
