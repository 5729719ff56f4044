// 发起满意度测评's requests (no ImGui): the cadre's enterprises, this quarter's tallies about the
// cadre, and 发起测评 for one enterprise (the server texts its liaison; once per quarter).
#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/survey/survey_intents.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"

namespace qinqing::web {
namespace {

void loadRequestTallies(AppState& state) {
  SurveyRequestState& s = state.survey.requests;
  s.talliesLoading = true;
  s.talliesError.clear();
  sendSignedIn(state, "GET", api::path<api::survey::tallies>(), "", ReplyGuard{{&state.survey.requests.talliesLoading}},
               [&state](const HttpReply& reply) {
                 SurveyRequestState& r = state.survey.requests;
                 if (reply.status != 200) {
                   r.talliesError = "测评统计加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto t = wire::surveyTalliesFromJson(parsedReply(reply));
                 if (!t) {
                   r.talliesError = t.error().message;
                   return;
                 }
                 r.tallies = std::move(t).value();
               });
}

void send(AppState& state, long long enterpriseId) {
  SurveyRequestRow& row = state.survey.requests.rows[enterpriseId];
  if (row.sending) return;
  row.sending = true;
  row.message.clear();
  row.error.clear();
  const std::string body = nlohmann::json{{"enterprise_id", enterpriseId}}.dump();
  // The row is looked up again in the reply: a new session may have replaced the map since.
  sendSignedIn(state, "POST", api::path<api::survey::requests>(), body, ReplyGuard{}, [&state, enterpriseId](const HttpReply& reply) {
    SurveyRequestRow& r = state.survey.requests.rows[enterpriseId];
    r.sending = false;
    if (reply.status != 201) {
      r.error = replyError(reply).message;
      // 409: asked before this quarter; the button stays disabled with the server's reason beside it.
      if (reply.status == 409) r.sent = true;
      return;
    }
    r.sent = true;
    const auto j = parsedReply(reply);
    const auto queued = j.is_object() ? wire::getInt(j, "sms_queued").value_or(0) : 0;
    r.message = queued > 0 ? "已发送短信通知企业，请其登录平台完成本季度测评。"
                           : "已发起测评，但企业未登记联络员手机号，未能发送短信。";
  });
}

}  // namespace

void perform(AppState& state, const LoadSurveyRequests& /*intent*/) {
  SurveyRequestState& s = state.survey.requests;
  if (s.enterprises.request.sort.empty()) s.enterprises.request.sort = "name";
  loadListPage(state, s.enterprises, api::path<api::enterprises::list>(), "", wire::enterpriseRecordFromJson, "包联企业");
  loadRequestTallies(state);
}

void perform(AppState& state, const SendSurveyRequest& intent) { send(state, intent.enterpriseId); }

}  // namespace qinqing::web
