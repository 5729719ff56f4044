// The registry's contents: every feature, in the order their banners and overlays are drawn.
#include "features/feature_list.hpp"

namespace qinqing::web {

ScreenRegistry featureRegistry() {
  ScreenRegistry r;
  registerLogin(r);
  registerCalendar(r);  // its provisional-year warning is the first banner
  registerProfile(r);   // the first-login dialog is an overlay
  registerBaseData(r);
  registerApplications(r);
  registerAudit(r);
  registerSecurity(r);
  registerOperations(r);
  registerImport(r);
  registerPetitions(r);
  registerContent(r);
  registerRelation(r);  // 经营状况 and 联系记录 tabs of the enterprise record
  registerSurvey(r);    // the survey pop-up after login is an overlay
  return r;
}

}  // namespace qinqing::web
