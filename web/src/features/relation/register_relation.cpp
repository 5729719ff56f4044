// 企业经营状况 and 联系记录: two tabs of every enterprise record, and a cadre's 联系企业—联系记录.
#include "app/screen_registry.hpp"
#include "features/relation/relation_actions.hpp"
#include "features/relation/relation_screens.hpp"

namespace qinqing::web {

void registerRelation(ScreenRegistry& registry) {
  registry.addEnterpriseSection({"operating", "经营状况", openEnterpriseRelation, drawOperatingStatusTab});
  // Loaded with the record by the section above (both tabs load at once: one request each).
  registry.addEnterpriseSection({"contacts", "联系记录", nullptr, drawContactsTab});
  registry.add({"contact.log", [](AppState& state, std::string_view) { openContactLog(state); }, drawContactLogScreen});
}

}  // namespace qinqing::web
