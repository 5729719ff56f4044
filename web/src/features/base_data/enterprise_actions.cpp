#include "features/base_data/enterprise_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/request.hpp"
#include "app/screen_registry.hpp"
#include "features/base_data/admin_actions.hpp"
#include "features/base_data/provisioning_actions.hpp"

namespace qinqing::web {
namespace {

// Loads one page of a list; replies to superseded requests are dropped.
template <typename T, typename FromJson>
void loadList(AppState& state, ListState<T>& list, const std::string& path, FromJson fromJson, const char* what) {
  list.loading = true;
  list.error.clear();
  int seq = ++list.sequence;
  sendSignedIn(state, "GET", path + "?" + wire::pageRequestToQuery(list.request), "",
       ReplyGuard{{&list.loading}, [&list, seq] { return seq == list.sequence; }}, [&list, fromJson, what](const HttpReply& reply) {
         if (reply.status != 200) {
           list.error = std::string(what) + "加载失败：" + replyError(reply).message;
           return;
         }
         auto page = wire::pageFromJson<T>(nlohmann::json::parse(reply.body, nullptr, false), fromJson);
         if (!page) {
           list.error = page.error().message;
           return;
         }
         list.page = std::move(page).value();
       });
}

}  // namespace

void loadEnterprises(AppState& state) {
  loadList(state, state.baseData.enterprises, api::path<api::enterprises::list>(), wire::enterpriseRecordFromJson, "企业列表");
}

void loadCadres(AppState& state) {
  loadList(state, state.baseData.cadres, api::path<api::cadres::list>(), wire::cadreSummaryFromJson, "干部列表");
}

void openEnterprise(AppState& state, long long id) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  d = EnterpriseDetailState{};
  d.id = id;
  if (id == 0) return;
  for (const auto& section : screenRegistry().enterpriseSections()) {
    if (section.onOpen) section.onOpen(state, id);
  }
  d.loading = true;
  sendSignedIn(state, "GET", api::path<api::enterprises::one>(id), "", ReplyGuard{{&state.baseData.enterprise.loading}, [&state, id] { return state.baseData.enterprise.id == id; }}, [&state](const HttpReply& reply) {
    EnterpriseDetailState& det = state.baseData.enterprise;
    if (reply.status != 200) {
      det.error = "企业信息加载失败：" + replyError(reply).message;
      return;
    }
    auto record = wire::enterpriseRecordFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!record) {
      det.error = record.error().message;
      return;
    }
    det.record = std::move(record).value();
  });
}

void saveEnterprise(AppState& state) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  d.fieldErrors.clear();
  d.formError.clear();
  d.message.clear();
  // The same rules the server applies: every problem shown at once, before anything is sent.
  if (auto ok = domain::validateEnterpriseEdit(d.form); !ok) {
    d.fieldErrors = ok.error().fields;
    return;
  }
  d.saving = true;
  long long id = d.id;
  sendSignedIn(state, "PUT", api::path<api::enterprises::one>(id), wire::enterpriseEditToJson(d.form).dump(),
       ReplyGuard{{&state.baseData.enterprise.saving}, [&state, id] { return state.baseData.enterprise.id == id; }}, [&state](const HttpReply& reply) {
         EnterpriseDetailState& det = state.baseData.enterprise;
         if (reply.status != 200) {
           auto error = replyError(reply);
           det.fieldErrors = error.fields;
           if (error.fields.empty()) det.formError = error.message;
           return;
         }
         auto record = wire::enterpriseRecordFromJson(nlohmann::json::parse(reply.body, nullptr, false));
         if (record) det.record = std::move(record).value();
         det.editing = false;
         det.message = "已保存。";
         loadEnterprises(state);  // the list shows the new values too
       });
}

void revealMobile(AppState& state, const std::string& field) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  d.revealError.clear();
  long long id = d.id;
  nlohmann::json body = {{"field", field}};
  send(state, "POST", api::path<api::enterprises::reveal>(id), body.dump(),
       [&state, id, field](const HttpReply& reply) {
         EnterpriseDetailState& det = state.baseData.enterprise;
         if (det.id != id || !det.record) return;
         if (reply.status != 200) {
           det.revealError = replyError(reply).message;
           return;
         }
         auto value = wire::getString(nlohmann::json::parse(reply.body, nullptr, false), "value");
         if (!value) return;
         (field == "liaison_mobile" ? det.record->liaisonMobile : det.record->legalRepMobile) = *value;
       });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadEnterprises& /*intent*/) { loadEnterprises(state); }
void perform(AppState& state, const LoadCadres& /*intent*/) { loadCadres(state); }
void perform(AppState& state, const OpenEnterprise& intent) { openEnterprise(state, intent.id); }
void perform(AppState& state, const SaveEnterprise& /*intent*/) { saveEnterprise(state); }
void perform(AppState& state, const RevealMobile& intent) { revealMobile(state, intent.field); }
void perform(AppState& state, const LoadAccounts& /*intent*/) { loadAccounts(state); }
void perform(AppState& state, const OpenAccount& intent) { openAccount(state, intent.id); }
void perform(AppState& state, const HandOverAccount& /*intent*/) { handOverAccount(state); }
void perform(AppState& state, const StartNewAccount& /*intent*/) { startNewAccount(state); }
void perform(AppState& state, const LoadNewAccountUnits& /*intent*/) { loadNewAccountUnits(state); }
void perform(AppState& state, const CreateAccount& /*intent*/) { createAccount(state); }
void perform(AppState& state, const SaveAccountEdit& /*intent*/) { saveAccountEdit(state); }
void perform(AppState& state, const DisableAccount& /*intent*/) { disableAccount(state); }
void perform(AppState& state, const EnableAccount& /*intent*/) { enableAccount(state); }
void perform(AppState& state, const LoadOrganisation& /*intent*/) { loadOrganisation(state); }
void perform(AppState& state, const SelectRegion& intent) { selectRegion(state, intent.id); }
void perform(AppState& state, const LoadUnits& /*intent*/) { loadUnits(state); }
void perform(AppState& state, const SaveUnit& /*intent*/) { saveUnit(state); }
void perform(AppState& state, const SaveRegion& /*intent*/) { saveRegion(state); }
void perform(AppState& state, const SaveCadre& /*intent*/) { saveCadre(state); }
void perform(AppState& state, const LoadAssignments& intent) { loadAssignments(state, intent.enterpriseId); }
void perform(AppState& state, const SearchReassignCadres& /*intent*/) { searchReassignCadres(state); }
void perform(AppState& state, const ReassignCadre& /*intent*/) { reassignCadre(state); }
void perform(AppState& state, const StartNewEnterprise& /*intent*/) { startNewEnterprise(state); }
void perform(AppState& state, const SearchNewEnterpriseCadres& /*intent*/) { searchNewEnterpriseCadres(state); }
void perform(AppState& state, const CreateEnterprise& /*intent*/) { createEnterprise(state); }
void perform(AppState& state, const LoadCadreTransfers& /*intent*/) { loadCadreTransfers(state); }
void perform(AppState& state, const DecideCadreTransfer& /*intent*/) { decideCadreTransfer(state); }

}  // namespace qinqing::web
