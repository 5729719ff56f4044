// 干部测评 (§6, §16): questionnaires, the enterprise's pop-up and answers, results, and
// 发起满意度测评. The rules live in relation::SurveyService and qinqing/relation/cadre_survey.hpp.
#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/org_json.hpp"
#include "relation/survey_service.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

const std::vector<std::string> kAnswerFields = {"id",          "enterprise",    "cadre",   "quarter", "duties",
                                                "answers",     "answered_at",   "superseded_at", "replaced"};
const std::vector<std::string> kTallyFields = {"quarter", "cadre", "answer_count", "duties"};

// ?quarter=2026-Q4 (default: the current quarter); InvalidInput on a malformed one.
d::Result<d::Quarter> quarterParam(const httplib::Request& req, d::Quarter current) {
  auto text = http::queryParam(req, "quarter");
  if (!text || text->empty()) return current;
  auto q = d::Quarter::parse(*text);
  if (!q) return d::DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}});
  return q.value();
}

// Staff who see individual answers (domain::surveyRaterVisibleTo), plus the enterprise for its own.
const std::vector<d::Role>& answerReaders() {
  static const std::vector<d::Role> roles = {d::Role::Enterprise,     d::Role::UnitAdmin,          d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher, d::Role::Inspector,
                                             d::Role::SystemAdmin};
  return roles;
}
const std::vector<d::Role>& tallyReaders() {
  static const std::vector<d::Role> roles = {d::Role::Cadre,          d::Role::UnitAdmin,          d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher, d::Role::Inspector,
                                             d::Role::SystemAdmin};
  return roles;
}

// 干部测评结果 and 包联成效: the staff who see answers, not the enterprise (its own answers only).
const std::vector<d::Role>& resultReaders() {
  static const std::vector<d::Role> roles = {d::Role::UnitAdmin,          d::Role::CountyAdmin, d::Role::CityDispatcher,
                                             d::Role::IndustryDispatcher, d::Role::Inspector,   d::Role::SystemAdmin};
  return roles;
}

}  // namespace

void registerSurveyRoutes(http::RouteTable& routes, Services& services) {
  auto service = [&services] { return relation::SurveyService(services.database, services.clock); };

  routes.addForRoles(http::HttpMethod::Get, api::survey::questionnaire, "干部测评：某季度的包联成效问卷",
                     auth::baseDataRoles(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto q = d::Quarter::parse(req.path_params.at("quarter"));
                       if (!q) return http::sendError(res, d::DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}}));
                       http::sendJson(res, http::Status::OK_200, wire::questionnaireToJson(service().questionnaire(q.value())));
                     })
      .returns("questionnaireToJson", {"quarter", "quarter_label", "title", "questions"});

  routes.addForRoles(http::HttpMethod::Put, api::survey::questionnaire, "干部测评：编辑包联成效问卷",
                     {d::Role::SystemAdmin},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto q = d::Quarter::parse(req.path_params.at("quarter"));
                       if (!q) return http::sendError(res, d::DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}}));
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto questionnaire = wire::questionnaireFromJson(body.value(), q.value());
                       if (!questionnaire) return http::sendError(res, questionnaire.error());
                       auto saved = service().saveQuestionnaire(who, questionnaire.value(), req.remote_addr);
                       if (!saved) return http::sendError(res, saved.error());
                       http::sendJson(res, http::Status::OK_200, wire::questionnaireToJson(saved.value()));
                     })
      .accepts("questionnaireFromJson", {"title", "questions"})
      .returns("questionnaireToJson", {"quarter", "quarter_label", "title", "questions"});

  routes.addForRoles(http::HttpMethod::Get, api::survey::prompt, "干部测评：登录后是否弹出测评", {d::Role::Enterprise},
                     [service](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                       auto p = service().prompt(who);
                       if (!p) return http::sendError(res, p.error());
                       http::sendJson(res, http::Status::OK_200, wire::surveyPromptToJson(p.value()));
                     })
      .returns("surveyPromptToJson", {"quarter", "quarter_label", "answered", "due", "cadre", "questionnaire"});

  routes.addForRoles(http::HttpMethod::Post, api::survey::answers, "干部测评：提交本季度测评", {d::Role::Enterprise},
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto answer = wire::surveyAnswerFromJson(body.value());
                       if (!answer) return http::sendError(res, answer.error());
                       auto saved = service().answer(who, answer.value(), req.remote_addr);
                       if (!saved) return http::sendError(res, saved.error());
                       http::sendJson(res, http::Status::Created_201, wire::surveyAnswerViewToJson(saved.value()));
                     })
      .accepts("surveyAnswerFromJson", {"quarter", "duties", "answers"})
      .returns("surveyAnswerViewToJson", kAnswerFields)
      .successStatus = 201;

  // ?quarter=&cadre_id=&history=1&q=&page=&page_size= (newest first).
  routes.addForRoles(http::HttpMethod::Get, api::survey::answers, "干部测评：测评答卷（本人权限范围内）", answerReaders(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       std::vector<d::FieldError> errors;
                       auto cadreId = http::idFilter(req, "cadre_id", errors);
                       if (!errors.empty()) return http::sendError(res, d::DomainError::invalid(std::move(errors)));
                       std::optional<d::Quarter> quarter;
                       if (auto text = http::queryParam(req, "quarter"); text && !text->empty()) {
                         auto q = d::Quarter::parse(*text);
                         if (!q) return http::sendError(res, d::DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}}));
                         quarter = q.value();
                       }
                       const auto history = http::queryParam(req, "history");
                       auto page = service().answers(who, http::pageRequestOf(req, {"answered_at"}), quarter, cadreId,
                                                     history && (*history == "1" || *history == "true"));
                       if (!page) return http::sendError(res, page.error());
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(page.value(), wire::surveyAnswerViewToJson));
                     })
      .returns("pageToJson(surveyAnswerViewToJson)", {"items", "total", "page", "page_size"});

  // ?quarter=&cadre_id= → counts per duty (a cadre: its own, never who).
  routes.addForRoles(http::HttpMethod::Get, api::survey::tallies, "干部测评：测评结果统计", tallyReaders(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto svc = service();
                       auto quarter = quarterParam(req, svc.currentQuarter());
                       if (!quarter) return http::sendError(res, quarter.error());
                       std::vector<d::FieldError> errors;
                       auto cadreId = http::idFilter(req, "cadre_id", errors);
                       if (!errors.empty()) return http::sendError(res, d::DomainError::invalid(std::move(errors)));
                       auto t = svc.tallies(who, quarter.value(), cadreId);
                       if (!t) return http::sendError(res, t.error());
                       http::sendJson(res, http::Status::OK_200, wire::surveyTalliesToJson(t.value()));
                     })
      .returns("surveyTalliesToJson", kTallyFields);

  // ?quarter=&sort=satisfaction|answers|name&order=&q=<cadre name>&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::survey::cadreResults, "干部测评结果：各包联干部本季度分职责测评", resultReaders(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto svc = service();
                       auto quarter = quarterParam(req, svc.currentQuarter());
                       if (!quarter) return http::sendError(res, quarter.error());
                       std::vector<std::string> sorts;
                       for (d::CadreResultSort s : d::kAllCadreResultSorts) sorts.emplace_back(d::cadreResultSortKey(s));
                       auto page = svc.cadreResults(who, quarter.value(), http::pageRequestOf(req, sorts));
                       if (!page) return http::sendError(res, page.error());
                       nlohmann::json body = wire::pageToJson(page.value(), wire::cadreSurveyResultToJson);
                       body["quarter"] = quarter.value().key();
                       http::sendJson(res, http::Status::OK_200, body);
                     })
      .returns("pageToJson(cadreSurveyResultToJson)", {"items", "total", "page", "page_size", "quarter"});

  routes.addForRoles(http::HttpMethod::Get, api::survey::questionTallies, "包联成效：本季度问卷各题的回答统计", resultReaders(),
                     [service](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto svc = service();
                       auto quarter = quarterParam(req, svc.currentQuarter());
                       if (!quarter) return http::sendError(res, quarter.error());
                       auto t = svc.questionTallies(who, quarter.value());
                       if (!t) return http::sendError(res, t.error());
                       http::sendJson(res, http::Status::OK_200, wire::questionTalliesToJson(t.value()));
                     })
      .returns("questionTalliesToJson", {"quarter", "title", "answer_count", "questions"});

  routes.addForRoles(http::HttpMethod::Post, api::survey::requests, "发起满意度测评（短信通知企业）", {d::Role::Cadre},
                     [service, &services](const httplib::Request& req, httplib::Response& res,
                                          const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto enterpriseId = wire::getInt(body.value(), "enterprise_id");
                       if (!enterpriseId) {
                         return http::sendError(res, d::DomainError::invalid({{"enterprise_id", "请选择企业"}}));
                       }
                       auto outcome = service().request(who, *enterpriseId, req.remote_addr);
                       if (!outcome) return http::sendError(res, outcome.error());
                       if (outcome.value().smsQueued > 0) services.sms.wake();
                       http::sendJson(res, http::Status::Created_201,
                                      {{"enterprise", wire::namedRefToJson(outcome.value().enterprise)},
                                       {"quarter", outcome.value().quarter.key()},
                                       {"sms_queued", outcome.value().smsQueued}});
                     })
      .accepts("surveyRequest", {"enterprise_id"})
      .returns("surveyRequestOutcome", {"enterprise", "quarter", "sms_queued"})
      .successStatus = 201;
}

}  // namespace qinqing::backend
