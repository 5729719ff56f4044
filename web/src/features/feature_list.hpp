// The one list of features: each adds its screens to the registry from its register…() function.
// A new feature is a folder under features/, one line here and in feature_list.cpp, its intents in
// app/action.hpp and its state in app/app_state.hpp, and its sources in web/CMakeLists.txt.
#pragma once

#include "app/screen_registry.hpp"

namespace qinqing::web {

// A registry holding every feature's rows, in the order of feature_list.cpp.
ScreenRegistry featureRegistry();

void registerLogin(ScreenRegistry& registry);
void registerProfile(ScreenRegistry& registry);
void registerCalendar(ScreenRegistry& registry);
void registerBaseData(ScreenRegistry& registry);
void registerApplications(ScreenRegistry& registry);
void registerAudit(ScreenRegistry& registry);
void registerSecurity(ScreenRegistry& registry);
void registerOperations(ScreenRegistry& registry);
void registerImport(ScreenRegistry& registry);
void registerPetitions(ScreenRegistry& registry);
void registerContent(ScreenRegistry& registry);
void registerRelation(ScreenRegistry& registry);
void registerSurvey(ScreenRegistry& registry);

}  // namespace qinqing::web
