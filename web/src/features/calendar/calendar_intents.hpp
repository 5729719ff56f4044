// The intents of 工作日历 (系统管理员), performed by calendar_actions.cpp.
#pragma once

#include "app/type_list.hpp"
#include <string>
#include "qinqing/time/date.hpp"

namespace qinqing::web {

struct AppState;

// 工作日历: change one day (kind: "holiday" with a name, "workday", "clear").
struct EditCalendarDay {
  domain::Date day;
  std::string kind;
  std::string name;
};
// 工作日历: load or replace one year from JSON of cn_calendar.json's per-year form.
struct ImportCalendarYear {
  int year = 0;
  std::string json;
};

void perform(AppState& state, const EditCalendarDay& intent);
void perform(AppState& state, const ImportCalendarYear& intent);

using CalendarIntents = TypeList<EditCalendarDay, ImportCalendarYear>;

}  // namespace qinqing::web
