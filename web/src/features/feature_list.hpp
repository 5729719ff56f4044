// The one list of features. Each feature folder has a <feature>_feature.hpp naming its part of
// AppState, its intents and its register…() function; this list joins them: AppState inherits every
// feature's State (app/app_state.hpp), the Action variant holds every feature's intents
// (app/action.hpp) and featureRegistry() calls every registerScreens(), in this order (the order
// banners and overlays are drawn). A new feature is a folder with its <feature>_feature.hpp and
// sources.cmake, its include and entry here, and its name in web/logic.cmake.
#pragma once

#include "app/type_list.hpp"
#include "features/applications/applications_feature.hpp"
#include "features/audit/audit_feature.hpp"
#include "features/base_data/base_data_feature.hpp"
#include "features/calendar/calendar_feature.hpp"
#include "features/content/content_feature.hpp"
#include "features/import/import_feature.hpp"
#include "features/login/login_feature.hpp"
#include "features/operations/operations_feature.hpp"
#include "features/petitions/petitions_feature.hpp"
#include "features/profile/profile_feature.hpp"
#include "features/relation/relation_feature.hpp"
#include "features/reports/reports_feature.hpp"
#include "features/security/security_feature.hpp"
#include "features/survey/survey_feature.hpp"

namespace qinqing::web {

using Features = TypeList<LoginFeature,
                          CalendarFeature,  // its provisional-year warning is the first banner
                          ProfileFeature,   // the first-login dialog is an overlay
                          BaseDataFeature, ApplicationsFeature, AuditFeature, SecurityFeature, OperationsFeature,
                          ImportFeature, PetitionsFeature, ContentFeature,
                          RelationFeature,  // 经营状况 and 联系记录 tabs of the enterprise record
                          ReportsFeature,
                          SurveyFeature>;   // the survey pop-up after login is an overlay

// A registry holding every feature's rows, in the order of Features (feature_list.cpp).
ScreenRegistry featureRegistry();

}  // namespace qinqing::web
