// Chinese wording of calendar facts shared by the server's messages and the CLI's explanations.
#pragma once

#include <string_view>

#include "qinqing/time/date.hpp"

namespace qinqing::backend::calendar {

// 周一 … 周日.
constexpr std::string_view weekdayText(domain::Date day) {
  constexpr std::string_view kNames[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  return kNames[static_cast<int>(day.weekday()) - 1];
}

}  // namespace qinqing::backend::calendar
