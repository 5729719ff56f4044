// The working-day calendar feature's state.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::web {

// The working-day calendar as the server holds it; deadlines shown in the client are computed from
// it with the same shared engine the server uses.
struct CalendarState {
  std::optional<domain::HolidayCalendar> calendar;
  bool loading = false;
  std::string error;
  // 工作日历 screen (系统管理员)
  int viewYear = 0;                       // 0: the current year, set on first show
  std::optional<domain::Date> selectedDay;
  std::string editName;                   // holiday name typed for the selected day
  std::string editError;
  std::string message;                    // last change's confirmation
  bool saving = false;
  std::string importText;                 // JSON of one year, chosen from a file
  std::string importFileName;
  std::vector<domain::FieldError> importErrors;
  // 期限计算: a start date and N working days, explained day by day
  std::string toolFrom;
  int toolDays = 15;
};

}  // namespace qinqing::web
