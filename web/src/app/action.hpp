// The Action variant: every intent of every feature, joined from the features' TypeLists. Screens
// dispatch an Action; app/dispatch.cpp visits it with std::visit and calls the one
// perform(AppState&, const Intent&) overload its feature declares next to the intent, so an intent
// without a handler does not compile. A new feature adds its list here.
#pragma once

#include "app/shell_intents.hpp"
#include "app/type_list.hpp"
#include "features/applications/applications_intents.hpp"
#include "features/audit/audit_intents.hpp"
#include "features/base_data/base_data_intents.hpp"
#include "features/calendar/calendar_intents.hpp"
#include "features/content/content_intents.hpp"
#include "features/import/import_intents.hpp"
#include "features/login/login_intents.hpp"
#include "features/operations/operations_intents.hpp"
#include "features/petitions/petition_intents.hpp"
#include "features/profile/profile_intents.hpp"
#include "features/relation/relation_intents.hpp"
#include "features/security/security_intents.hpp"
#include "features/survey/survey_intents.hpp"

namespace qinqing::web {

using AllIntents = ConcatTypeLists<ShellIntents, LoginIntents, ApplicationsIntents, ProfileIntents, CalendarIntents,
                                   BaseDataIntents, AuditIntents, SecurityIntents, OperationsIntents, ImportIntents,
                                   PetitionsIntents, ContentIntents, RelationIntents, SurveyIntents>::type;
using Action = VariantOf<AllIntents>::type;

}  // namespace qinqing::web
