// The working-day calendar (issue 3): read by everyone (no login — the login page and every client
// compute deadlines with it, and the State Council's arrangements are public), changed only by
// 系统管理员, each change audited and followed by the recomputation of open deadlines.
#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "calendar/calendar_service.hpp"
#include "calendar/due_date_request.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/wire/calendar_api_json.hpp"
#include "qinqing/wire/calendar_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "repositories/audit_repository.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

using domain::DomainError;
using domain::FieldError;

// The year of /api/calendar/years/{year}: four digits.
std::optional<int> yearOf(const std::string& text) {
  auto year = http::parseDecimal(text);
  if (text.size() != 4 || !year || *year < 1000) return std::nullopt;
  return static_cast<int>(*year);
}

// yearArrangementFromJson names fields as in a whole calendar file ("years.2027.holidays[3]");
// the body here is the year itself, so its fields are named from there ("holidays[3]").
DomainError relativeToYear(DomainError error, int year) {
  const std::string prefix = "years." + std::to_string(year) + ".";
  for (FieldError& f : error.fields) {
    if (f.field.rfind(prefix, 0) == 0) f.field.erase(0, prefix.size());
  }
  return error;
}

void sendChange(httplib::Response& res, const domain::Result<calendar::ChangeOutcome>& outcome) {
  if (!outcome) return http::sendError(res, outcome.error());
  wire::CalendarChangeReply reply{outcome.value().year, outcome.value().deadlinesMoved};
  http::sendJson(res, http::Status::OK_200, wire::calendarChangeReplyToJson(reply));
}

}  // namespace

void registerCalendarRoutes(http::RouteTable& routes, Services& services) {
  // → calendarToJson + {"provisional_years", "next_year_warning"} (wire/calendar_api_json.hpp).
  routes.add(http::HttpMethod::Get, api::calendar::year, "工作日历：各年节假日安排",
             [&services](const httplib::Request&, httplib::Response& res) {
               const auto status = services.calendar.status();
               auto body = services.calendar.read(
                   [&](const domain::HolidayCalendar& c) { return wire::calendarOverviewToJson(c, status); });
               http::sendJson(res, http::Status::OK_200, body);
             }).returns("calendarOverviewToJson", {"years", "provisional_years", "next_year_warning"});

  // ?from=2020-09-30|2020-09-30T16:30:00Z&working_days=15 → dueDateToJson; 400 invalid_input with
  // fields "from" / "working_days".
  routes.add(http::HttpMethod::Get, api::calendar::dueDate, "计算 N 个工作日后的期限",
             [&services](const httplib::Request& req, httplib::Response& res) {
               auto from = http::queryParam(req, "from");
               auto days = http::queryParam(req, "working_days");
               auto request = calendar::parseDueDateRequest(from, days);
               if (!request) return http::sendError(res, request.error());
               auto body = services.calendar.read([&](const domain::HolidayCalendar& c) {
                 return wire::dueDateToJson(
                     domain::dueAfterWorkingDays(c, request.value().from, request.value().workingDays));
               });
               http::sendJson(res, http::Status::OK_200, body);
             }).returns("dueDateToJson", http::keysOf(wire::dueDateToJson({})));

  // Body: one year as in cn_calendar.json ({"holidays", "workdays", "names"}).
  // → {"ok", "year", "deadlines_moved"}; 400 with every field error.
  routes.addForRoles(
      http::HttpMethod::Put, api::calendar::yearDays, "导入或替换全年节假日安排", {domain::Role::SystemAdmin},
      [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        auto year = yearOf(req.path_params.at("year"));
        if (!year) return http::sendError(res, DomainError::invalid({{"year", "年份应为四位数字，如 2027"}}));
        auto body = wire::parseObject(req.body);
        if (!body) return http::sendError(res, body.error());
        auto arrangement = wire::yearArrangementFromJson(*year, body.value());
        if (!arrangement) return http::sendError(res, relativeToYear(arrangement.error(), *year));
        sendChange(res, services.calendar.replaceYear(arrangement.value(), audit::actorOf(who, req.remote_addr)));
      }).accepts("yearArrangementFromJson", http::keysOf(wire::yearArrangementToJson({}))).returns("calendarChangeReplyToJson", http::keysOf(wire::calendarChangeReplyToJson({})));

  // Body: {"kind": "holiday", "name": "国庆节"} | {"kind": "workday"} | {"kind": "clear"}.
  // → {"ok", "year", "deadlines_moved"}; 400 for a bad date, body, name, or a provisional year.
  routes.addForRoles(
      http::HttpMethod::Put, api::calendar::day, "修改单日安排", {domain::Role::SystemAdmin},
      [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        std::vector<FieldError> errors;
        auto day = domain::Date::parseIso(req.path_params.at("date"));
        if (!day) errors.push_back({"date", "日期格式应为 2020-09-30，且日期应存在"});
        auto body = wire::parseObject(req.body);
        if (!body) return http::sendError(res, body.error());
        auto edit = wire::dayEditFromJson(body.value());
        if (!edit) errors.insert(errors.end(), edit.error().fields.begin(), edit.error().fields.end());
        if (!errors.empty()) return http::sendError(res, DomainError::invalid(std::move(errors)));
        sendChange(res, services.calendar.editDay(day.value(), edit.value(), audit::actorOf(who, req.remote_addr)));
      }).accepts("dayEditFromJson", http::keysOf(wire::dayEditToJson({}))).returns("calendarChangeReplyToJson", http::keysOf(wire::calendarChangeReplyToJson({})));

  // ?page=&page_size= → the calendar's audit entries, newest first (wire/audit_json.hpp).
  routes.addForRoles(http::HttpMethod::Get, api::calendar::changes, "工作日历修改记录", {domain::Role::SystemAdmin},
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto paging = http::parsePaging(req);
                       if (!paging) return http::sendError(res, paging.error());
                       AuditQuery query;
                       query.page = paging.value().page;
                       query.pageSize = paging.value().pageSize;
                       query.actionPrefix = "calendar.";
                       auto rows = services.database.read(
                           [&](SQLite::Database& c) { return AuditRepository(c).page(query); });
                       http::sendJson(res, http::Status::OK_200,
                                      wire::auditPageToJson(audit::toPage(query.page, query.pageSize, rows.total,
                                                                          rows.rows)));
                     }).returns("auditPageToJson", {"page", "page_size", "total", "entries"});
}

}  // namespace qinqing::backend
