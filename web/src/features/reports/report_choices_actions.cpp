// The choices of the report filters: counties and units from /api/login-options (public, the
// whole organisation), industry groups from /api/industry-groups (report readers). Asked for once
// per sign-in; a failure is shown beside the filters and asked again on the next open.
#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/reports/reports_actions.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"

namespace qinqing::web {

void addFilterParams(const ReportFilters& filters, std::map<std::string, std::string>& params) {
  if (filters.unitId) params["unit_id"] = std::to_string(*filters.unitId);
  if (filters.regionId) params["region_id"] = std::to_string(*filters.regionId);
  if (filters.industryGroupId) params["industry_group_id"] = std::to_string(*filters.industryGroupId);
}

void loadReportChoices(AppState& state) {
  ReportChoicesState& c = state.reportChoices;
  if ((c.requested && c.error.empty()) || c.pending > 0) return;
  c.requested = true;
  c.error.clear();
  c.pending = 2;
  sendSignedIn(state, "GET", api::path<api::loginOptions::list>(), "", ReplyGuard{}, [&state](const HttpReply& reply) {
    ReportChoicesState& st = state.reportChoices;
    --st.pending;
    auto options = reply.status == 200 ? wire::loginOptionsFromJson(parsedReply(reply))
                                       : domain::Result<domain::LoginOptions>(replyError(reply));
    if (!options) {
      st.error = "县市区和单位加载失败：" + options.error().message;
      return;
    }
    st.regions = options.value().regions;
    st.units = options.value().units;
  });
  sendSignedIn(state, "GET", api::path<api::industryGroups::list>(), "", ReplyGuard{}, [&state](const HttpReply& reply) {
    ReportChoicesState& st = state.reportChoices;
    --st.pending;
    auto groups = reply.status == 200 ? wire::industryGroupRowsFromJson(parsedReply(reply))
                                      : domain::Result<std::vector<domain::IndustryGroupRow>>(replyError(reply));
    if (!groups) {
      st.error = "行业组加载失败：" + groups.error().message;
      return;
    }
    st.groups.clear();
    for (const auto& g : groups.value()) st.groups.push_back({g.id, g.name});
  });
}

}  // namespace qinqing::web
