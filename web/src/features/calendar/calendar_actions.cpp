#include "features/calendar/calendar_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/wire/calendar_json.hpp"
#include "app/request.hpp"

namespace qinqing::web {

void loadCalendar(AppState& state) {
  state.calendar.loading = true;
  state.calendar.error.clear();
  send(state, "GET", api::path<api::calendar::year>(), "", [&state](const HttpReply& reply) {
    state.calendar.loading = false;
    if (reply.status != 200) {
      state.calendar.error = "工作日历加载失败：" + replyError(reply).message;
      return;
    }
    auto decoded = wire::calendarFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!decoded) {
      state.calendar.error = "工作日历数据有误：" + decoded.error().message;
      return;
    }
    state.calendar.calendar = std::move(decoded).value();
  });
}

void editCalendarDay(AppState& state, const EditCalendarDay& edit) {
  CalendarState& c = state.calendar;
  c.saving = true;
  c.editError.clear();
  c.message.clear();
  nlohmann::json body = {{"kind", edit.kind}};
  if (edit.kind == "holiday") body["name"] = edit.name;
  std::string day = edit.day.toIso();
  sendSignedIn(state, "PUT", api::path<api::calendar::day>(day), body.dump(), ReplyGuard{{&state.calendar.saving}}, [&state, day](const HttpReply& reply) {
    CalendarState& cs = state.calendar;
    if (reply.status != 200) {
      cs.editError = replyError(reply).message;
      return;
    }
    auto j = nlohmann::json::parse(reply.body, nullptr, false);
    int moved = j.is_object() && j.contains("deadlines_moved") && j["deadlines_moved"].is_number_integer()
                    ? j["deadlines_moved"].get<int>() : 0;
    cs.message = day + " 已保存；重新计算后变动的期限 " + std::to_string(moved) + " 个。";
    loadCalendar(state);
  });
}

void importCalendarYear(AppState& state, const ImportCalendarYear& import) {
  CalendarState& c = state.calendar;
  c.saving = true;
  c.importErrors.clear();
  c.message.clear();
  std::string year = std::to_string(import.year);
  sendSignedIn(state, "PUT", api::path<api::calendar::yearDays>(year), import.json, ReplyGuard{{&state.calendar.saving}}, [&state, year](const HttpReply& reply) {
    CalendarState& cs = state.calendar;
    if (reply.status != 200) {
      auto error = replyError(reply);
      cs.importErrors = error.fields;
      if (cs.importErrors.empty()) cs.importErrors.push_back({"", error.message});
      return;
    }
    cs.importText.clear();
    cs.importFileName.clear();
    cs.message = year + " 年节假日安排已载入。";
    loadCalendar(state);
  });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const EditCalendarDay& intent) { editCalendarDay(state, intent); }
void perform(AppState& state, const ImportCalendarYear& intent) { importCalendarYear(state, intent); }
void perform(AppState& state, const LoadCalendar& /*intent*/) { loadCalendar(state); }

}  // namespace qinqing::web
