// 企业信息, 基础数据 (包联企业, 包联干部, 干部调入确认), a cadre's 包联企业, 账号管理 and 组织机构.
#include "app/screen_registry.hpp"
#include "features/base_data/admin_actions.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "features/base_data/enterprise_actions.hpp"
#include "features/base_data/provisioning_actions.hpp"

namespace qinqing::web {
namespace {

void openEnterpriseList(AppState& state, std::string_view key) {
  openEnterprise(state, 0);
  loadEnterprises(state);
  openAdminMenu(state, std::string(key));  // no 更换包联干部 or 新增企业 form left open
}

void openCadreList(AppState& state, std::string_view key) {
  loadCadres(state);
  openAdminMenu(state, std::string(key));  // the cadre editor closed
}

// An enterprise's own record: the profile is reloaded, then the record opened.
void openCompanyInfo(AppState& state, std::string_view) {
  perform(state, LoadProfile{});
  if (state.session && state.session->profile.enterprise) openEnterprise(state, state.session->profile.enterprise->id);
}

}  // namespace

void registerBaseData(ScreenRegistry& registry) {
  registry.add({"company.info", openCompanyInfo, drawCompanyInfoScreen});
  registry.add({"base.enterprises", openEnterpriseList, drawEnterpriseListScreen});
  registry.add({"profile.enterprises", openEnterpriseList, drawEnterpriseListScreen});
  registry.add({"base.cadres", openCadreList, drawCadreListScreen});
  registry.add({"base.cadre_transfers", [](AppState& state, std::string_view) { openCadreTransfers(state); },
                drawCadreTransfersScreen});
  auto openAdmin = [](AppState& state, std::string_view key) { openAdminMenu(state, std::string(key)); };
  registry.add({"admin.accounts", openAdmin, drawAccountsScreen});
  registry.add({"admin.org", openAdmin, drawOrganisationScreen});
}

}  // namespace qinqing::web
