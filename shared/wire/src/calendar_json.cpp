#include "qinqing/wire/calendar_json.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

constexpr std::array<std::pair<d::DayKind, std::string_view>, 4> kDayKinds = {{
    {d::DayKind::Workday, "workday"},
    {d::DayKind::Weekend, "weekend"},
    {d::DayKind::Holiday, "holiday"},
    {d::DayKind::ExchangedWorkday, "exchanged_workday"},
}};

constexpr std::array<std::pair<d::DeadlineState, std::string_view>, 3> kDeadlineStates = {{
    {d::DeadlineState::Normal, "normal"},
    {d::DeadlineState::DueToday, "due_today"},
    {d::DeadlineState::Overdue, "overdue"},
}};

d::DomainError badShape(std::string field, std::string message) {
  return d::DomainError::invalid({{std::move(field), std::move(message)}});
}

// Reads an array of "YYYY-MM-DD" strings; each bad entry adds a FieldError "<path>[i]".
std::vector<d::Date> readDates(const json& arr, const std::string& path, std::vector<d::FieldError>& errors) {
  std::vector<d::Date> dates;
  if (!arr.is_array()) {
    errors.push_back({path, "应为日期列表"});
    return dates;
  }
  for (std::size_t i = 0; i < arr.size(); ++i) {
    auto date = d::Date::parseIso(arr[i].is_string() ? arr[i].get<std::string>() : std::string());
    if (date) {
      dates.push_back(date.value());
    } else {
      errors.push_back({path + "[" + std::to_string(i) + "]", "日期格式应为 2020-09-30"});
    }
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

// Splits sorted holiday dates into runs of consecutive days, then into periods by name.
std::vector<d::HolidayPeriod> periodsOf(const std::vector<d::Date>& days, const std::map<d::Date, std::string>& names) {
  std::vector<d::HolidayPeriod> periods;
  std::size_t i = 0;
  while (i < days.size()) {
    std::size_t end = i + 1;
    while (end < days.size() && days[end] == days[end - 1].plusDays(1)) ++end;
    const std::string_view guessed = d::conventionalHolidayName(days[i], days[end - 1]);
    for (std::size_t k = i; k < end; ++k) {
      auto named = names.find(days[k]);
      std::string name = named != names.end() ? named->second : std::string(guessed);
      if (k > i && periods.back().name == name) {
        periods.back().last = days[k];
      } else {
        periods.push_back({std::move(name), days[k], days[k]});
      }
    }
    i = end;
  }
  return periods;
}

std::string prefixed(int year, const std::string& field) { return "years." + std::to_string(year) + "." + field; }

}  // namespace

// [SECTION] Day kinds

std::string_view dayKindKey(d::DayKind kind) {
  for (const auto& [k, key] : kDayKinds) {
    if (k == kind) return key;
  }
  return "workday";
}

std::optional<d::DayKind> dayKindFromKey(std::string_view key) {
  for (const auto& [k, name] : kDayKinds) {
    if (name == key) return k;
  }
  return std::nullopt;
}

// [SECTION] Calendar years

json yearArrangementToJson(const d::YearArrangement& a) {
  json holidays = json::array();
  json names = json::object();
  for (const d::HolidayPeriod& p : a.holidays) {
    for (d::Date day = p.first; day <= p.last; day = day.plusDays(1)) {
      holidays.push_back(day.toIso());
      names[day.toIso()] = p.name;
    }
  }
  json workdays = json::array();
  for (d::Date w : a.workdays) workdays.push_back(w.toIso());
  return {{"holidays", holidays}, {"workdays", workdays}, {"names", names}};
}

d::Result<d::YearArrangement> yearArrangementFromJson(int year, const json& j) {
  const std::string base = "years." + std::to_string(year);
  if (!j.is_object()) return badShape(base, "应为包含 holidays 和 workdays 的对象");
  std::vector<d::FieldError> errors;
  std::vector<d::Date> holidays;
  std::vector<d::Date> workdays;
  if (auto it = j.find("holidays"); it != j.end()) holidays = readDates(*it, base + ".holidays", errors);
  if (auto it = j.find("workdays"); it != j.end()) workdays = readDates(*it, base + ".workdays", errors);

  std::map<d::Date, std::string> names;
  if (auto it = j.find("names"); it != j.end()) {
    if (!it->is_object()) {
      errors.push_back({base + ".names", "应为 日期→名称 的对象"});
    } else {
      for (const auto& [key, value] : it->items()) {
        auto date = d::Date::parseIso(key);
        if (!date || !value.is_string()) {
          errors.push_back({base + ".names." + key, "应为 \"2020-10-01\": \"国庆节\" 的形式"});
        } else if (!std::binary_search(holidays.begin(), holidays.end(), date.value())) {
          errors.push_back({base + ".names." + key, "该日期不在 holidays 中"});
        } else {
          names[date.value()] = value.get<std::string>();
        }
      }
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return d::YearArrangement{year, periodsOf(holidays, names), std::move(workdays)};
}

json calendarToJson(const d::HolidayCalendar& calendar) {
  json years = json::object();
  for (int year : calendar.arrangedYears()) {
    years[std::to_string(year)] = yearArrangementToJson(calendar.arrangement(year));
  }
  return {{"years", years}};
}

d::Result<d::HolidayCalendar> calendarFromJson(const json& j) {
  auto years = j.is_object() ? j.find("years") : j.end();
  if (!j.is_object() || years == j.end() || !years->is_object()) {
    return badShape("years", "节假日数据应为 {\"years\": {\"2020\": {...}}} 的形式");
  }
  d::HolidayCalendar calendar;
  std::vector<d::FieldError> errors;
  for (const auto& [key, value] : years->items()) {
    const bool fourDigits = key.size() == 4 && std::all_of(key.begin(), key.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    if (!fourDigits) {
      errors.push_back({"years." + key, "年份应为四位数字"});
      continue;
    }
    int year = 0;
    for (char c : key) year = year * 10 + (c - '0');
    auto arrangement = yearArrangementFromJson(year, value);
    if (!arrangement) {
      for (const auto& f : arrangement.error().fields) errors.push_back(f);
      continue;
    }
    if (d::Status s = calendar.setYear(arrangement.value()); !s) {
      for (const auto& f : s.error().fields) errors.push_back({prefixed(year, f.field), f.message});
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return calendar;
}

d::Result<d::HolidayCalendar> parseCalendar(std::string_view text) {
  auto j = parseObject(text);
  if (!j) return j.error();
  return calendarFromJson(j.value());
}

// [SECTION] Due dates

json dueDateToJson(const d::DueDate& due) {
  json trail = json::array();
  for (const d::TrailDay& t : due.trail) {
    trail.push_back(
        {{"date", t.date.toIso()}, {"counted", t.counted}, {"kind", dayKindKey(t.kind)}, {"reason", t.reason}});
  }
  return {{"from", due.from.toIso()},
          {"working_days", due.workingDays},
          {"due_date", due.dueDate.toIso()},
          {"due_at", d::formatChinaTime(due.dueAt)},
          {"provisional", due.provisional},
          {"trail", trail}};
}

d::Result<d::DueDate> dueDateFromJson(const json& j) {
  if (!j.is_object()) return badShape("due", "期限数据应为对象");
  std::vector<d::FieldError> errors;
  d::DueDate due;
  auto readDate = [&](std::string_view key, d::Date& out) {
    auto parsed = d::Date::parseIso(getString(j, key).value_or(""));
    if (parsed) out = parsed.value();
    else errors.push_back({std::string(key), "日期格式应为 2020-09-30"});
  };
  readDate("from", due.from);
  readDate("due_date", due.dueDate);
  if (auto at = d::parseInstant(getString(j, "due_at").value_or("")); at) {
    due.dueAt = at.value();
  } else {
    errors.push_back({"due_at", "时间格式应为 2020-10-28T23:59:59+08:00"});
  }
  auto n = getInt(j, "working_days");
  if (!n || *n < 1 || *n > d::kMaxWorkingDays) errors.push_back({"working_days", "工作日天数不正确"});
  else due.workingDays = static_cast<int>(*n);
  due.provisional = getBool(j, "provisional").value_or(false);

  auto trail = j.find("trail");
  if (trail != j.end() && trail->is_array()) {
    for (std::size_t i = 0; i < trail->size(); ++i) {
      const json& t = (*trail)[i];
      auto date = d::Date::parseIso(getString(t, "date").value_or(""));
      auto kind = dayKindFromKey(getString(t, "kind").value_or(""));
      auto counted = getBool(t, "counted");
      if (!date || !kind || !counted) {
        errors.push_back({"trail[" + std::to_string(i) + "]", "期限说明的格式不正确"});
        continue;
      }
      due.trail.push_back({date.value(), *counted, *kind, getString(t, "reason").value_or("")});
    }
  } else if (trail != j.end()) {
    errors.push_back({"trail", "期限说明应为列表"});
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return due;
}

// [SECTION] Deadline status

json deadlineStatusToJson(const d::DeadlineStatus& s) {
  std::string_view state = "normal";
  for (const auto& [k, key] : kDeadlineStates) {
    if (k == s.state) state = key;
  }
  return {{"state", state},
          {"working_days_left", s.workingDaysLeft},
          {"working_days_overdue", s.workingDaysOverdue},
          {"provisional", s.provisional},
          {"text", d::deadlineStatusText(s)}};
}

d::Result<d::DeadlineStatus> deadlineStatusFromJson(const json& j) {
  if (!j.is_object()) return badShape("deadline", "期限状态应为对象");
  const std::string key = getString(j, "state").value_or("");
  d::DeadlineStatus s;
  bool known = false;
  for (const auto& [k, name] : kDeadlineStates) {
    if (name == key) {
      s.state = k;
      known = true;
    }
  }
  if (!known) return badShape("state", "期限状态不正确");
  s.workingDaysLeft = static_cast<int>(getInt(j, "working_days_left").value_or(0));
  s.workingDaysOverdue = static_cast<int>(getInt(j, "working_days_overdue").value_or(0));
  s.provisional = getBool(j, "provisional").value_or(false);
  return s;
}

}  // namespace qinqing::wire
