// 联系记录 (§6): GET/POST /api/enterprises/{id}/contacts (the record's tab), GET /api/contacts/mine
// and GET /api/enterprises (联系企业—联系记录 of a cadre: its contacts and its enterprises).
#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/relation/relation_actions.hpp"
#include "features/relation/relation_intents.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/contact_log_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string contactsPath(long long enterpriseId) { return api::path<api::enterprises::contacts>(enterpriseId); }

// The cadre's enterprises for the form's picker and the "not yet contacted this month" hint: a cadre
// serves a handful (一对一包联), so one page of 100 holds them all.
void loadOwnEnterprises(AppState& state) {
  ContactLogState& s = state.relation.contactLog;
  s.enterprisesLoading = true;
  s.enterprisesError.clear();
  sendSignedIn(state, "GET", api::path<api::enterprises::list>() + "?page_size=100&sort=name", "", ReplyGuard{{&s.enterprisesLoading}},
               [&s](const HttpReply& reply) {
                 if (reply.status != 200) {
                   s.enterprisesError = "包联企业加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto page = wire::pageFromJson<d::EnterpriseRecord>(parsedReply(reply), wire::enterpriseRecordFromJson);
                 if (!page) {
                   s.enterprisesError = page.error().message;
                   return;
                 }
                 s.enterprises = std::move(page).value().items;
               });
}

ContactForm& formOf(AppState& state, bool inLog) {
  return inLog ? state.relation.contactLog.form : state.relation.contacts.form;
}
FormFeedback& feedbackOf(AppState& state, bool inLog) {
  return inLog ? state.relation.contactLog.feedback : state.relation.contacts.feedback;
}

}  // namespace

void perform(AppState& state, const LoadEnterpriseContacts& /*intent*/) {
  EnterpriseContactsState& c = state.relation.contacts;
  if (c.enterpriseId == 0) return;
  loadListPage(state, c.list, contactsPath(c.enterpriseId), "", wire::contactFromJson, "联系记录");
}

void perform(AppState& state, const LoadContactLog& /*intent*/) {
  loadListPage(state, state.relation.contactLog.list, api::path<api::contacts::mine>(), "", wire::contactFromJson, "联系记录");
}

void perform(AppState& state, const StartContact& intent) {
  ContactForm& form = formOf(state, intent.inLog);
  form = ContactForm{};
  form.enterpriseId = intent.enterpriseId;
  form.date = d::localDate(state.now).toIso();  // most contacts are logged the day they happen
  feedbackOf(state, intent.inLog).clear();
  if (intent.inLog) state.relation.contactLog.formOpen = true;
  else state.relation.contacts.formOpen = true;
}

void perform(AppState& state, const SaveContact& intent) {
  ContactForm& form = formOf(state, intent.inLog);
  FormFeedback& feedback = feedbackOf(state, intent.inLog);
  feedback.clear();
  // The server's decoding and rules, applied first so every problem shows at once beside its field.
  std::vector<d::FieldError> errors;
  if (intent.inLog && form.enterpriseId == 0) errors.push_back({"enterprise", "请选择联系的企业"});
  const nlohmann::json body = {
      {"date", form.date},
      {"way", form.way >= 0 && form.way < static_cast<long long>(d::kAllContactWays.size())
                  ? std::string(d::contactWayKey(d::kAllContactWays[static_cast<size_t>(form.way)]))
                  : std::string()},
      {"summary", form.summary},
      {"follow_up", form.followUp}};
  auto decoded = wire::contactEntryFromJson(body);
  const d::Date today = d::localDate(state.now);
  d::ContactEntry entry = decoded ? decoded.value() : d::ContactEntry{today, d::ContactWay::Visit, form.summary, form.followUp};
  if (!decoded) errors.insert(errors.end(), decoded.error().fields.begin(), decoded.error().fields.end());
  if (auto ok = d::validateContact(entry, today); !ok) {
    errors.insert(errors.end(), ok.error().fields.begin(), ok.error().fields.end());
  }
  if (!errors.empty()) {
    feedback.fieldErrors = std::move(errors);
    return;
  }
  feedback.saving = true;
  const long long enterpriseId = form.enterpriseId;
  const bool inLog = intent.inLog;
  sendSignedIn(state, "POST", contactsPath(enterpriseId), body.dump(),
               ReplyGuard{{&feedback.saving}}, [&state, &feedback, enterpriseId, inLog](const HttpReply& reply) {
                 if (reply.status != 201) return applyFormError(reply, feedback);
                 auto saved = wire::contactFromJson(parsedReply(reply));
                 const std::string name = saved ? saved.value().enterprise.name : std::string();
                 feedback.message = "已登记" + (name.empty() ? std::string() : "与“" + name + "”的") + "联系。";
                 if (inLog) {
                   state.relation.contactLog.formOpen = false;
                   perform(state, LoadContactLog{});
                   loadOwnEnterprises(state);  // the enterprise is no longer 本月未联系
                 } else {
                   state.relation.contacts.formOpen = false;
                 }
                 if (state.relation.contacts.enterpriseId == enterpriseId) perform(state, LoadEnterpriseContacts{});
               });
}

void openContactLog(AppState& state) {
  ContactLogState& s = state.relation.contactLog;
  s.formOpen = false;
  s.feedback.clear();
  perform(state, LoadContactLog{});
  loadOwnEnterprises(state);
}

}  // namespace qinqing::web
