// Performs the going-live intents of admin_intents.hpp: forms checked first with the shared rules
// the server applies (every problem at once, beside its field), requests built with the shared wire
// mapping, replies applied to AppState::admin. The server decides.
#include "features/base_data/provisioning_actions.hpp"

#include <nlohmann/json.hpp>

#include "features/base_data/admin_actions.hpp"
#include "features/base_data/enterprise_actions.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/cadre_transfer_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

// A reply carrying the open account's detail: shown, the form closed, the list refreshed.
void applyAccountDetail(AppState& state, const HttpReply& reply, const std::string& message) {
  AccountsState& a = state.admin.accounts;
  auto detail = wire::accountDetailFromJson(parsedReply(reply));
  if (!detail) {
    a.feedback.formError = detail.error().message;
    return;
  }
  a.detail = std::move(detail).value();
  a.panel = AccountsState::Panel::None;
  a.disableConfirming = false;
  a.feedback.message = message;
  loadAccounts(state);
}

// Sends a change of the open account to path; replies to an account no longer open are dropped.
template <const api::Pattern& P>
void sendAccountChange(AppState& state, const std::string& method, const std::string& body,
                       std::string message) {
  AccountsState& a = state.admin.accounts;
  a.feedback.saving = true;
  const long long id = a.openId;
  sendSignedIn(state, method, api::path<P>(id), body,
       ReplyGuard{{&state.admin.accounts.feedback.saving}, [&state, id] { return state.admin.accounts.openId == id; }}, [&state, message = std::move(message)](const HttpReply& reply) {
         AccountsState& acc = state.admin.accounts;
         if (reply.status != 200) {
           acc.disableConfirming = false;
           return applyFormError(reply, acc.feedback);
         }
         applyAccountDetail(state, reply, message);
       });
}

const domain::RegionRow* regionById(const OrgState& org, long long id) {
  for (const auto& r : org.regions) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

}  // namespace

void startNewAccount(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.creating = true;
  a.openId = 0;
  a.detail.reset();
  a.draft = NewAccountDraft{};
  a.draft.account.role = domain::Role::UnitAdmin;
  a.feedback = {};
  loadOrganisation(state);  // regions and industry groups for the pickers, fresh
}

void loadNewAccountUnits(AppState& state) {
  NewAccountDraft& d = state.admin.accounts.draft;
  d.units.request.pageSize = domain::kMaxPageSize;  // a combo, not a table: a region's units at once
  loadListPage(state, d.units, api::path<api::units::list>(), "&region_id=" + std::to_string(d.unitRegionId), wire::unitRowFromJson,
               "单位列表");
}

void createAccount(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.feedback.clear();
  domain::NewStaffAccount account = a.draft.account;
  // Only the anchor the role needs travels; the pickers of other roles may still hold a choice.
  const auto anchor = domain::accountAnchorOf(account.role);
  if (anchor != domain::AccountAnchor::Unit) account.unitId.reset();
  if (anchor != domain::AccountAnchor::Region) account.regionId.reset();
  if (anchor != domain::AccountAnchor::IndustryGroup) account.industryGroupId.reset();
  if (account.role != domain::Role::Inspector) account.department.reset();
  if (auto ok = domain::validateNewStaffAccount(account); !ok) {
    a.feedback.fieldErrors = ok.error().fields;
    return;
  }
  a.feedback.saving = true;
  sendSignedIn(state, "POST", api::path<api::accounts::list>(), wire::newStaffAccountToJson(account).dump(), ReplyGuard{{&state.admin.accounts.feedback.saving}}, [&state](const HttpReply& reply) {
    AccountsState& acc = state.admin.accounts;
    if (reply.status != 201 && reply.status != 200) return applyFormError(reply, acc.feedback);
    auto detail = wire::accountDetailFromJson(parsedReply(reply));
    if (!detail) {
      acc.feedback.formError = detail.error().message;
      return;
    }
    acc.creating = false;
    acc.openId = detail.value().summary.id;
    acc.detail = std::move(detail).value();
    acc.panel = AccountsState::Panel::None;
    acc.feedback.message = "账号“" + acc.detail->summary.loginName +
                           "”已创建（待激活）。已向持有人手机发送开通短信，持有人在登录页点击“激活账号”完成激活。";
    loadAccounts(state);
  });
}

void saveAccountEdit(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.feedback.clear();
  if (!a.detail) return;
  domain::AccountEdit edit = a.edit;
  const domain::Role role = a.detail->summary.role;
  if (role != domain::Role::Inspector) edit.department.reset();
  if (auto ok = domain::validateAccountEdit(edit, role); !ok) {
    a.feedback.fieldErrors = ok.error().fields;
    return;
  }
  sendAccountChange<api::accounts::one>(state, "PUT", wire::accountEditToJson(edit).dump(), "账号信息已保存。");
}

void disableAccount(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.feedback.clear();
  domain::AccountDisable request = a.disable;
  if (auto ok = domain::validateAccountDisable(request); !ok) {
    a.feedback.fieldErrors = ok.error().fields;
    a.disableConfirming = false;
    return;
  }
  if (!a.disableConfirming) {
    a.disableConfirming = true;  // the screen asks once more before anything is sent
    return;
  }
  sendAccountChange<api::accounts::disable>(state, "POST", wire::accountDisableToJson(request).dump(),
                    "账号已停用：其登录已全部退出，持有人不能再登录；需要时可重新启用。");
}

void enableAccount(AppState& state) {
  AccountsState& a = state.admin.accounts;
  a.feedback.clear();
  sendAccountChange<api::accounts::enable>(state, "POST", "{}", "账号已启用，持有人可以重新登录。");
}

void startNewEnterprise(AppState& state) {
  NewEnterpriseState& n = state.admin.newEnterprise;
  n = NewEnterpriseState{};
  n.open = true;
  loadOrganisation(state);  // regions and industry groups
  searchNewEnterpriseCadres(state);
}

void searchNewEnterpriseCadres(AppState& state) {
  auto& list = state.admin.newEnterprise.cadres;
  list.request.pageSize = 8;
  loadListPage(state, list, api::path<api::cadres::list>(), "", wire::cadreSummaryFromJson, "干部列表");
}

void createEnterprise(AppState& state) {
  NewEnterpriseState& n = state.admin.newEnterprise;
  n.feedback.clear();
  n.form.industryGroupId = n.industryGroupChoice > 0 ? std::optional<long long>(n.industryGroupChoice) : std::nullopt;
  const domain::RegionRow* region = regionById(state.admin.org, n.form.regionId);
  const bool needsGroup = region && domain::regionNeedsIndustryGroup(region->name);
  domain::NewEnterprise enterprise{n.form, domain::ApplicationApproval{n.chosen ? n.chosen->id : 0}};
  if (auto ok = domain::validateNewEnterprise(enterprise, needsGroup); !ok) {
    n.feedback.fieldErrors = ok.error().fields;
    return;
  }
  n.feedback.saving = true;
  sendSignedIn(state, "POST", api::path<api::enterprises::list>(), wire::newEnterpriseToJson(enterprise).dump(), ReplyGuard{{&state.admin.newEnterprise.feedback.saving}}, [&state](const HttpReply& reply) {
    NewEnterpriseState& ne = state.admin.newEnterprise;
    if (reply.status != 201 && reply.status != 200) return applyFormError(reply, ne.feedback);
    auto record = wire::enterpriseRecordFromJson(parsedReply(reply));
    const std::string name = record ? record.value().name : ne.form.name;
    const std::string cadre = ne.chosen ? ne.chosen->name : std::string();
    ne = NewEnterpriseState{};
    ne.feedback.message = "已新增企业“" + name + "”，由" + cadre + "包联：企业账号待激活，已短信通知企业联络员和包联干部。";
    loadEnterprises(state);
  });
}

void openCadreTransfers(AppState& state) {
  CadreTransfersState& t = state.admin.cadreTransfers;
  t.decidingId = 0;
  t.note.clear();
  t.feedback.clear();
  t.list.request.page = 1;
  loadCadreTransfers(state);
}

void loadCadreTransfers(AppState& state) {
  auto& list = state.admin.cadreTransfers.list;
  loadListPage(state, list, api::path<api::cadreTransfers::list>(), "&status=pending", wire::cadreTransferFromJson, "调入申请");
}

void decideCadreTransfer(AppState& state) {
  CadreTransfersState& t = state.admin.cadreTransfers;
  t.feedback.clear();
  domain::CadreTransferDecision decision{t.approve, t.note};
  if (auto ok = domain::validateCadreTransferDecision(decision); !ok) {
    t.feedback.fieldErrors = ok.error().fields;
    return;
  }
  t.feedback.saving = true;
  const long long id = t.decidingId;
  sendSignedIn(state, "POST", api::path<api::cadreTransfers::decision>(id),
       wire::cadreTransferDecisionToJson(decision).dump(), ReplyGuard{{&state.admin.cadreTransfers.feedback.saving}}, [&state, id](const HttpReply& reply) {
         CadreTransfersState& ct = state.admin.cadreTransfers;
         if (reply.status != 200) return applyFormError(reply, ct.feedback);
         auto transfer = wire::cadreTransferFromJson(parsedReply(reply));
         if (ct.decidingId == id) {
           ct.decidingId = 0;
           ct.note.clear();
         }
         if (transfer) {
           const auto& x = transfer.value();
           ct.feedback.message = x.status == domain::CadreTransferStatus::Approved
                                     ? "已同意：" + x.cadre.name + "已调入" + x.toUnit.name + "，其包联的" +
                                           std::to_string(x.enterpriseCount) + "家企业保持不变。"
                                     : "已不同意" + x.cadre.name + "调入" + x.toUnit.name + "的申请，原因已记录。";
         }
         loadCadreTransfers(state);
       });
}

}  // namespace qinqing::web
