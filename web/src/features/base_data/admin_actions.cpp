// Performs the intents of admin_intents.hpp: requests built with the shared wire mapping, forms
// checked first with the shared rules the server applies (every problem at once), replies applied
// to AppState::admin. The server decides.
#include "features/base_data/admin_actions.hpp"

#include <nlohmann/json.hpp>

#include "features/base_data/enterprise_actions.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/base_data_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

// The login page's regions and units also feed the region → unit pickers; a new unit must show there.
void refreshLoginOptions(AppState& state) {
  send(state, "GET", api::path<api::loginOptions::list>(), "", [&state](const HttpReply& reply) {
    if (reply.status != 200) return;
    auto options = wire::loginOptionsFromJson(parsedReply(reply));
    if (options) state.loginOptions.options = std::move(options).value();
  });
}

}  // namespace

void openAdminMenu(AppState& state, const std::string& key) {
  AdminState& a = state.admin;
  if (key == "admin.accounts") {
    a.accounts.openId = 0;
    a.accounts.detail.reset();
    a.accounts.creating = false;
    loadAccounts(state);
  }
  if (key == "admin.org") {
    a.org.unitFormOpen = false;
    a.org.feedback.clear();
    a.org.regionFormOpen = false;
    a.org.regionFeedback.clear();
    loadOrganisation(state);
  }
  if (key == "base.cadres") a.cadreEdit = CadreEditState{};
  if (key == "base.enterprises" || key == "profile.enterprises") {
    a.reassign = ReassignState{};
    a.newEnterprise = NewEnterpriseState{};
  }
}

void loadAccounts(AppState& state) {
  auto& accounts = state.admin.accounts;
  loadListPage(state, accounts.list, api::path<api::accounts::list>(), wire::accountFilterToQuery(accounts.filter),
           wire::accountSummaryFromJson, "账号列表");
}

void openAccount(AppState& state, long long id) {
  AccountsState& a = state.admin.accounts;
  a.openId = id;
  a.detail.reset();
  a.detailError.clear();
  a.panel = AccountsState::Panel::None;
  a.handover = {};
  a.feedback = {};
  a.creating = false;
  if (id == 0) return;
  a.detailLoading = true;
  sendSignedIn(state, "GET", api::path<api::accounts::one>(id), "", ReplyGuard{{&state.admin.accounts.detailLoading}, [&state, id] { return state.admin.accounts.openId == id; }}, [&state](const HttpReply& reply) {
    AccountsState& acc = state.admin.accounts;
    if (reply.status != 200) {
      acc.detailError = "账号信息加载失败：" + replyError(reply).message;
      return;
    }
    auto detail = wire::accountDetailFromJson(parsedReply(reply));
    if (!detail) {
      acc.detailError = detail.error().message;
      return;
    }
    acc.detail = std::move(detail).value();
  });
}

void handOverAccount(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.feedback.clear();
  domain::AccountHandover form = a.handover;
  if (auto ok = domain::validateAccountHandover(form); !ok) {
    a.feedback.fieldErrors = ok.error().fields;
    return;
  }
  a.feedback.saving = true;
  const long long id = a.openId;
  sendSignedIn(state, "POST", api::path<api::accounts::handover>(id), wire::accountHandoverToJson(form).dump(),
       ReplyGuard{{&state.admin.accounts.feedback.saving}, [&state, id] { return state.admin.accounts.openId == id; }}, [&state](const HttpReply& reply) {
         AccountsState& acc = state.admin.accounts;
         if (reply.status != 200) return applyFormError(reply, acc.feedback);
         auto detail = wire::accountDetailFromJson(parsedReply(reply));
         if (!detail) {
           acc.feedback.formError = detail.error().message;
           return;
         }
         acc.detail = std::move(detail).value();
         acc.panel = AccountsState::Panel::None;
         acc.handover = {};
         acc.feedback.message = "账号已移交给" + acc.detail->summary.holderName + "：激活通知短信已发送至 " +
                                acc.detail->summary.mobileMasked + "，原持有人的登录已全部退出。";
         loadAccounts(state);
       });
}

void loadOrganisation(AppState& state) {
  OrgState& o = state.admin.org;
  o.regionsLoading = true;
  o.regionsError.clear();
  sendSignedIn(state, "GET", api::path<api::regions::list>(), "", ReplyGuard{{&state.admin.org.regionsLoading}}, [&state](const HttpReply& reply) {
    OrgState& org = state.admin.org;
    auto regions = reply.status == 200 ? wire::regionRowsFromJson(parsedReply(reply))
                                       : domain::Result<std::vector<domain::RegionRow>>(replyError(reply));
    if (!regions) {
      org.regionsError = "区域加载失败：" + regions.error().message;
      return;
    }
    org.regions = std::move(regions).value();
    if (org.regionId == 0 && !org.regions.empty()) selectRegion(state, org.regions.front().id);
  });
  o.groupsLoading = true;
  o.groupsError.clear();
  send(state, "GET", api::path<api::industryGroups::list>(), "", [&state](const HttpReply& reply) {
    OrgState& org = state.admin.org;
    org.groupsLoading = false;
    if (reply.status != 200) {
      org.groupsError = "行业组别加载失败：" + replyError(reply).message;
      return;
    }
    auto groups = wire::industryGroupRowsFromJson(parsedReply(reply));
    if (!groups) {
      org.groupsError = groups.error().message;
      return;
    }
    org.groups = std::move(groups).value();
  });
}

void selectRegion(AppState& state, long long id) {
  OrgState& o = state.admin.org;
  o.regionId = id;
  o.units.request.page = 1;
  o.unitFormOpen = false;
  o.feedback.clear();
  loadUnits(state);
}

void loadUnits(AppState& state) {
  OrgState& o = state.admin.org;
  loadListPage(state, o.units, api::path<api::units::list>(), "&region_id=" + std::to_string(o.regionId), wire::unitRowFromJson, "单位列表");
}

void saveUnit(AppState& state) {
  OrgState& o = state.admin.org;
  o.feedback.clear();
  const bool adding = o.renameUnitId == 0;
  domain::UnitForm form{adding ? o.regionId : 0, o.unitName};
  if (auto ok = domain::validateUnitForm(form, adding); !ok) {
    o.feedback.fieldErrors = ok.error().fields;
    return;
  }
  o.feedback.saving = true;
  const std::string path = adding ? api::path<api::units::list>() : api::path<api::units::one>(o.renameUnitId);
  sendSignedIn(state, adding ? "POST" : "PUT", path, wire::unitFormToJson(form).dump(), ReplyGuard{{&state.admin.org.feedback.saving}}, [&state, adding](const HttpReply& reply) {
    OrgState& org = state.admin.org;
    if (reply.status != 200 && reply.status != 201) return applyFormError(reply, org.feedback);
    auto unit = wire::unitRowFromJson(parsedReply(reply));
    const std::string name = unit ? unit.value().name : org.unitName;
    org.unitFormOpen = false;
    org.unitName.clear();
    org.feedback.message = adding ? "已新增单位“" + name + "”。" : "单位已更名为“" + name + "”。";
    loadUnits(state);
    loadOrganisation(state);  // the regions' unit counts
    refreshLoginOptions(state);
  });
}

void saveRegion(AppState& state) {
  OrgState& o = state.admin.org;
  o.regionFeedback.clear();
  o.feedback.clear();
  const bool adding = o.renameRegionId == 0;
  domain::RegionForm form = o.regionForm;
  if (auto ok = domain::validateRegionForm(form, adding); !ok) {
    o.regionFeedback.fieldErrors = ok.error().fields;
    return;
  }
  if (!adding) form.kind.reset();  // a rename carries the name alone
  o.regionFeedback.saving = true;
  const std::string path = adding ? api::path<api::regions::list>() : api::path<api::regions::one>(o.renameRegionId);
  sendSignedIn(state, adding ? "POST" : "PUT", path, wire::regionFormToJson(form).dump(),
       ReplyGuard{{&state.admin.org.regionFeedback.saving}}, [&state, adding](const HttpReply& reply) {
         OrgState& org = state.admin.org;
         if (reply.status != 200 && reply.status != 201) return applyFormError(reply, org.regionFeedback);
         auto region = wire::regionRowFromJson(parsedReply(reply));
         const std::string name = region ? region.value().name : org.regionForm.name;
         org.regionFormOpen = false;
         org.regionForm = {};
         org.regionFeedback.message = adding ? "已新增区域“" + name + "”，可在右侧为其添加单位。" : "区域已更名为“" + name + "”。";
         loadOrganisation(state);
         // A new region opens at once, so its units can be added next.
         if (adding && region) selectRegion(state, region.value().id);
         refreshLoginOptions(state);
       });
}

void saveCadre(AppState& state) {
  CadreEditState& e = state.admin.cadreEdit;
  e.feedback.clear();
  const bool creating = e.id == 0;
  domain::CadreForm form = e.form;
  if (auto ok = domain::validateCadreForm(form, creating); !ok) {
    e.feedback.fieldErrors = ok.error().fields;
    return;
  }
  e.feedback.saving = true;
  const std::string path = creating ? api::path<api::cadres::list>() : api::path<api::cadres::one>(e.id);
  sendSignedIn(state, creating ? "POST" : "PUT", path, wire::cadreFormToJson(form).dump(),
       ReplyGuard{{&state.admin.cadreEdit.feedback.saving}}, [&state, creating](const HttpReply& reply) {
         CadreEditState& edit = state.admin.cadreEdit;
         if (reply.status != 200 && reply.status != 201) return applyFormError(reply, edit.feedback);
         auto cadre = wire::cadreSummaryFromJson(parsedReply(reply));
         edit = CadreEditState{};
         if (cadre) {
           const auto& c = cadre.value();
           edit.feedback.message = creating ? "已新增干部" + c.name + "（" + c.unit.name + "），账号待激活，激活通知短信已发送。"
                                            : "已保存：" + c.name + "（" + c.unit.name + "）";
         }
         loadCadres(state);
       });
}

void loadAssignments(AppState& state, long long enterpriseId) {
  ReassignState& r = state.admin.reassign;
  r.enterpriseId = enterpriseId;
  r.historyLoading = true;
  r.historyError.clear();
  sendSignedIn(state, "GET", api::path<api::enterprises::assignments>(enterpriseId), "",
       ReplyGuard{{&state.admin.reassign.historyLoading}, [&state, enterpriseId] { return state.admin.reassign.enterpriseId == enterpriseId; }}, [&state](const HttpReply& reply) {
         ReassignState& re = state.admin.reassign;
         auto items = reply.status == 200 ? wire::cadreAssignmentsFromJson(parsedReply(reply))
                                          : domain::Result<std::vector<domain::CadreAssignment>>(replyError(reply));
         if (!items) {
           re.historyError = "包联调整记录加载失败：" + items.error().message;
           return;
         }
         re.history = std::move(items).value();
       });
}

void searchReassignCadres(AppState& state) {
  auto& list = state.admin.reassign.cadres;
  list.request.pageSize = 10;
  loadListPage(state, list, api::path<api::cadres::list>(), "", wire::cadreSummaryFromJson, "干部列表");
}

void reassignCadre(AppState& state) {
  ReassignState& r = state.admin.reassign;
  r.feedback.clear();
  const long long enterpriseId = state.baseData.enterprise.id;
  if (!r.chosen) {
    r.feedback.fieldErrors = {{"cadre_id", "请选择新的包联干部"}};
    r.confirming = false;
    return;
  }
  r.feedback.saving = true;
  const domain::CadreReassignment request{r.chosen->id, r.note};
  sendSignedIn(state, "PUT", api::path<api::enterprises::cadre>(enterpriseId),
       wire::cadreReassignmentToJson(request).dump(), ReplyGuard{{&state.admin.reassign.feedback.saving, &state.admin.reassign.confirming}}, [&state, enterpriseId](const HttpReply& reply) {
         ReassignState& re = state.admin.reassign;
         if (reply.status != 200) return applyFormError(reply, re.feedback);
         auto record = wire::enterpriseRecordFromJson(parsedReply(reply));
         EnterpriseDetailState& detail = state.baseData.enterprise;
         if (record && detail.id == enterpriseId) detail.record = std::move(record).value();
         const std::string name = re.chosen ? re.chosen->name : std::string();
         re.open = false;
         re.chosen.reset();
         re.note.clear();
         re.feedback.message = "包联干部已更换为" + name + "，调整记录已保存。";
         loadAssignments(state, enterpriseId);
         loadEnterprises(state);
       });
}

}  // namespace qinqing::web
