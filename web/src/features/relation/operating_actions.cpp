// 企业经营状况 (§3): GET /api/enterprises/{id}/operating-status (12 months, the owed months),
// GET …/{month} (the versions of a month), PUT …/{month} (the enterprise or its cadre enters it).
#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/relation/relation_actions.hpp"
#include "features/relation/relation_intents.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/operating_status_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string statusPath(long long enterpriseId) {
  return api::path<api::enterprises::operatingStatus>(enterpriseId);
}

void loadOverview(AppState& state, long long enterpriseId) {
  OperatingStatusState& s = state.relation.operating;
  if (s.enterpriseId != enterpriseId) s = OperatingStatusState{};
  s.enterpriseId = enterpriseId;
  s.loading = true;
  s.error.clear();
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", statusPath(enterpriseId) + "?months=12", "",
               ReplyGuard{{&s.loading}, [&s, seq, enterpriseId] { return s.sequence == seq && s.enterpriseId == enterpriseId; }},
               [&s](const HttpReply& reply) {
                 if (reply.status != 200) {
                   s.error = "经营状况加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto overview = wire::operatingOverviewFromJson(parsedReply(reply));
                 if (!overview) {
                   s.error = overview.error().message;
                   return;
                 }
                 s.overview = std::move(overview).value();
               });
}

// The month's report in force, if the overview holds one.
const wire::OperatingStatusView* currentReport(const OperatingStatusState& s, const std::string& month) {
  if (!s.overview) return nullptr;
  for (const auto& v : s.overview->reports) {
    if (v.report.month.key() == month) return &v;
  }
  return nullptr;
}

}  // namespace

void perform(AppState& state, const LoadOperatingStatus& intent) { loadOverview(state, intent.enterpriseId); }

void perform(AppState& state, const StartOperatingReport& intent) {
  OperatingStatusState& s = state.relation.operating;
  s.feedback.clear();
  s.form = d::OperatingStatusForm{};
  s.form.month = intent.month;
  if (const auto* v = currentReport(s, intent.month)) {
    // An edit starts from what is in force; saving it keeps that version in the history.
    s.form.state = v->report.state;
    s.form.outputValue = d::formatAmountWanYuan(v->report.outputValue);
    s.form.revenue = d::formatAmountWanYuan(v->report.revenue);
    s.form.employees = std::to_string(v->report.employees);
    s.form.difficulties = v->report.difficulties;
  }
  s.formOpen = true;
}

void perform(AppState& state, const SaveOperatingReport& /*intent*/) {
  OperatingStatusState& s = state.relation.operating;
  s.feedback.clear();
  // The server's rules, applied first so every problem shows at once beside its field.
  if (auto ok = d::operatingStatusFromForm(s.form, d::localDate(state.now)); !ok) {
    s.feedback.fieldErrors = ok.error().fields;
    if (s.feedback.fieldErrors.empty()) s.feedback.formError = ok.error().message;
    return;
  }
  s.feedback.saving = true;
  const long long id = s.enterpriseId;
  const std::string month = s.form.month;
  sendSignedIn(state, "PUT", statusPath(id) + "/" + month, wire::operatingStatusFormToJson(s.form).dump(),
               ReplyGuard{{&s.feedback.saving}, [&s, id] { return s.enterpriseId == id; }},
               [&state, &s, id, month](const HttpReply& reply) {
                 if (reply.status != 200) return applyFormError(reply, s.feedback);
                 s.formOpen = false;
                 s.feedback.message = d::YearMonth::parse(month).value().label() + "经营状况已保存。";
                 if (s.historyMonth == month) s.historyMonth.clear();
                 loadOverview(state, id);
               });
}

void perform(AppState& state, const LoadOperatingHistory& intent) {
  OperatingStatusState& s = state.relation.operating;
  s.historyMonth = intent.month;
  s.history.clear();
  s.historyError.clear();
  if (intent.month.empty()) return;
  s.historyLoading = true;
  const long long id = s.enterpriseId;
  const std::string month = intent.month;
  sendSignedIn(state, "GET", statusPath(id) + "/" + month, "",
               ReplyGuard{{&s.historyLoading}, [&s, id, month] { return s.enterpriseId == id && s.historyMonth == month; }},
               [&s](const HttpReply& reply) {
                 if (reply.status != 200) {
                   s.historyError = "填报记录加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto month = wire::operatingMonthFromJson(parsedReply(reply));
                 if (!month) {
                   s.historyError = month.error().message;
                   return;
                 }
                 s.history = std::move(month).value().history;
               });
}

void openEnterpriseRelation(AppState& state, long long enterpriseId) {
  state.relation.operating = OperatingStatusState{};
  loadOverview(state, enterpriseId);
  EnterpriseContactsState& c = state.relation.contacts;
  c = EnterpriseContactsState{};
  c.enterpriseId = enterpriseId;
  perform(state, LoadEnterpriseContacts{});
}

}  // namespace qinqing::web
