#include "calendar/due_date_request.hpp"

#include <charconv>
#include <string>
#include <vector>

#include "qinqing/calendar/due_date.hpp"

namespace qinqing::backend::calendar {

domain::Result<DueDateRequest> parseDueDateRequest(std::optional<std::string_view> from,
                                                   std::optional<std::string_view> workingDays) {
  std::vector<domain::FieldError> errors;
  DueDateRequest request;

  if (!from || from->empty()) {
    errors.push_back({"from", "请填写事件日期或时间，如 2020-09-30 或 2020-09-30T16:30:00Z"});
  } else {
    std::string text(*from);
    // Only after the time of day (position 10 is where "2020-09-30 16:30" may put its space).
    if (auto space = text.find(' ', 11); space != std::string::npos) text[space] = '+';
    auto instant = domain::parseInstant(text);
    if (instant) {
      request.from = instant.value();
    } else {
      errors.push_back({"from", "事件日期或时间格式应为 2020-09-30 或 2020-09-30T16:30:00+08:00"});
    }
  }

  const std::string range = "1 至 " + std::to_string(domain::kMaxWorkingDays) + " 之间的整数";
  if (!workingDays || workingDays->empty()) {
    errors.push_back({"working_days", "请填写工作日数（" + range + "）"});
  } else {
    long long n = 0;
    const char* first = workingDays->data();
    const char* last = first + workingDays->size();
    auto [end, ec] = std::from_chars(first, last, n);
    if (ec != std::errc() || end != last || n < 1 || n > domain::kMaxWorkingDays) {
      errors.push_back({"working_days", "工作日数应为 " + range});
    } else {
      request.workingDays = static_cast<int>(n);
    }
  }

  if (!errors.empty()) return domain::DomainError::invalid(std::move(errors));
  return request;
}

}  // namespace qinqing::backend::calendar
