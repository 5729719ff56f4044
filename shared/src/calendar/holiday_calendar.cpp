#include "qinqing/calendar/holiday_calendar.hpp"

#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

constexpr std::size_t kMaxHolidayNameChars = 20;

int yearLength(int year) { return isLeapYear(year) ? 366 : 365; }
Date firstDayOf(int year) { return Date::fromDayNumber(daysFromCivil(year, 1, 1)); }
int indexInYear(Date day, int year) { return day.dayNumber() - daysFromCivil(year, 1, 1); }

std::string yearText(int year) { return std::to_string(year) + "年"; }

// Empty when the name is acceptable, else the Chinese problem.
std::string holidayNameProblem(std::string_view name) {
  if (isBlank(name)) return "请填写节假日名称";
  auto chars = utf8Length(name);
  if (!chars) return "节假日名称含有无效字符";
  if (*chars > kMaxHolidayNameChars) return "节假日名称不能超过20个字";
  return {};
}

}  // namespace

// [SECTION] Loading whole years

Status HolidayCalendar::setYear(const YearArrangement& a) {
  if (a.year < Date::kMinYear || a.year > Date::kMaxYear) {
    return DomainError::invalid({{"year", "年份应在1至9999之间"}});
  }
  std::vector<FieldError> errors;
  Year y;
  auto inYear = [&](Date d) { return d.year() == a.year; };

  for (const HolidayPeriod& p : a.holidays) {
    const std::string label = (p.name.empty() ? std::string("节假日") : p.name) + "（" + p.first.toIso() + "）";
    if (auto problem = holidayNameProblem(p.name); !problem.empty()) {
      errors.push_back({"holidays", label + "：" + problem});
      continue;
    }
    if (!inYear(p.first) || !inYear(p.last)) {
      errors.push_back({"holidays", label + "：日期不在" + yearText(a.year) + "内"});
      continue;
    }
    if (p.last < p.first) {
      errors.push_back({"holidays", label + "：结束日期早于开始日期"});
      continue;
    }
    bool overlap = false;
    for (Date d = p.first; d <= p.last; d = d.plusDays(1)) {
      const int i = indexInYear(d, a.year);
      overlap = overlap || y.holiday[i];
      y.holiday[i] = true;
      y.names[static_cast<std::uint16_t>(i)] = p.name;
    }
    if (overlap) errors.push_back({"holidays", label + "：与其他假期重叠"});
  }

  for (Date w : a.workdays) {
    const std::string label = "调休上班日 " + w.toIso();
    if (!inYear(w)) {
      errors.push_back({"workdays", label + "：日期不在" + yearText(a.year) + "内"});
    } else if (!w.isWeekend()) {
      errors.push_back({"workdays", label + "：调休上班日应为周六或周日"});
    } else if (y.holiday[indexInYear(w, a.year)]) {
      errors.push_back({"workdays", label + "：该日已在假期内"});
    } else {
      y.exchanged[indexInYear(w, a.year)] = true;
    }
  }
  if (!errors.empty()) return DomainError::invalid(std::move(errors));

  refreshWorking(y, a.year);
  m_years[a.year] = std::move(y);
  return Ok{};
}

void HolidayCalendar::removeYear(int year) { m_years.erase(year); }

void HolidayCalendar::refreshWorking(Year& y, int year) {
  const Date first = firstDayOf(year);
  const int len = yearLength(year);
  y.working.reset();
  for (int i = 0; i < len; ++i) {
    y.working[i] = y.exchanged[i] || (!first.plusDays(i).isWeekend() && !y.holiday[i]);
  }
}

// [SECTION] Single-day edits

HolidayCalendar::Year* HolidayCalendar::editableYear(Date day, std::vector<FieldError>& errors) {
  auto it = m_years.find(day.year());
  if (it == m_years.end()) {
    errors.push_back({"date", yearText(day.year()) + "的节假日安排尚未载入，请先导入全年安排"});
    return nullptr;
  }
  return &it->second;
}

Status HolidayCalendar::setHoliday(Date day, std::string_view name) {
  std::vector<FieldError> errors;
  if (auto problem = holidayNameProblem(name); !problem.empty()) errors.push_back({"name", problem});
  Year* y = editableYear(day, errors);
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  const int i = indexInYear(day, day.year());
  y->holiday[i] = true;
  y->exchanged[i] = false;
  y->working[i] = false;
  y->names[static_cast<std::uint16_t>(i)] = std::string(name);
  return Ok{};
}

// Drops a day's holiday mark and sets its exchanged-workday mark; the working bit follows the rule.
Status HolidayCalendar::unmarkHoliday(Date day, bool exchanged) {
  std::vector<FieldError> errors;
  Year* y = editableYear(day, errors);
  if (!y) return DomainError::invalid(std::move(errors));
  const int i = indexInYear(day, day.year());
  y->holiday[i] = false;
  y->names.erase(static_cast<std::uint16_t>(i));
  y->exchanged[i] = exchanged;
  y->working[i] = exchanged || !day.isWeekend();
  return Ok{};
}

Status HolidayCalendar::setWorkday(Date day) { return unmarkHoliday(day, day.isWeekend()); }

Status HolidayCalendar::clearDay(Date day) { return unmarkHoliday(day, false); }

// [SECTION] Queries

bool HolidayCalendar::isProvisional(int year) const { return m_years.find(year) == m_years.end(); }

HolidayCalendar::YearView HolidayCalendar::view(int year) const {
  YearView v;
  auto it = m_years.find(year);
  v.m_year = it == m_years.end() ? nullptr : &it->second;
  v.m_yearNumber = year;
  v.m_first = firstDayOf(year);
  v.m_length = yearLength(year);
  return v;
}

DayInfo HolidayCalendar::YearView::describe(int index) const {
  const bool weekend = m_first.plusDays(index).isWeekend();
  DayInfo info;
  info.provisional = m_year == nullptr;
  info.kind = weekend ? DayKind::Weekend : DayKind::Workday;
  if (!m_year) return info;
  if (m_year->exchanged[index]) {
    info.kind = DayKind::ExchangedWorkday;
  } else if (m_year->holiday[index]) {
    info.kind = DayKind::Holiday;
    auto it = m_year->names.find(static_cast<std::uint16_t>(index));
    if (it != m_year->names.end()) info.holidayName = it->second;
  }
  return info;
}

bool HolidayCalendar::isWorkingDay(Date day) const {
  const int year = day.year();
  return view(year).isWorking(indexInYear(day, year));
}

DayInfo HolidayCalendar::describe(Date day) const {
  const int year = day.year();
  return view(year).describe(indexInYear(day, year));
}

YearArrangement HolidayCalendar::arrangement(int year) const {
  YearArrangement a;
  a.year = year;
  auto it = m_years.find(year);
  if (it == m_years.end()) return a;
  const Year& y = it->second;
  const Date first = firstDayOf(year);
  for (int i = 0; i < yearLength(year); ++i) {
    const Date d = first.plusDays(i);
    if (y.exchanged[i]) a.workdays.push_back(d);
    if (!y.holiday[i]) continue;
    auto name = y.names.find(static_cast<std::uint16_t>(i));
    const std::string& n = name->second;
    if (!a.holidays.empty() && a.holidays.back().name == n && a.holidays.back().last.plusDays(1) == d) {
      a.holidays.back().last = d;
    } else {
      a.holidays.push_back({n, d, d});
    }
  }
  return a;
}

std::vector<int> HolidayCalendar::arrangedYears() const {
  std::vector<int> years;
  for (const auto& entry : m_years) years.push_back(entry.first);
  return years;
}

// [SECTION] Names for unnamed data

std::string_view conventionalHolidayName(Date first, Date last) {
  // Which festival windows the period touches, as month*100+day of each of its days. The windows
  // hold the festival day and the days a break around it can reach: Spring Festival falls between
  // 21 Jan and 20 Feb, Qingming on 4 or 5 Apr, Dragon Boat between late May and late June,
  // Mid-Autumn between early Sep and early Oct (inside the National Day break when on 1–7 Oct).
  bool newYear = false, spring = false, qingming = false, labour = false, dragonBoat = false;
  bool midAutumn = false, national = false, september = false;
  int days = 0;
  for (Date d = first; d <= last && days < 60; d = d.plusDays(1), ++days) {
    const unsigned md = d.month() * 100 + d.day();
    newYear = newYear || md >= 1230 || md <= 103;
    spring = spring || (md >= 115 && md <= 228);
    qingming = qingming || (md >= 402 && md <= 407);
    labour = labour || (md >= 428 && md <= 505);
    dragonBoat = dragonBoat || (md >= 528 && md <= 626);
    midAutumn = midAutumn || (md >= 907 && md <= 930);
    national = national || (md >= 1001 && md <= 1008);
    september = september || d.month() == 9;
  }
  if (newYear) return "元旦";
  if (spring) return "春节";
  if (qingming) return "清明节";
  if (labour) return "劳动节";
  if (dragonBoat) return "端午节";
  if (national) {
    // The joint breaks were eight days (2020, 2023, 2025); a plain National Day break is seven.
    if (september && midAutumn) return "中秋节、国庆节";
    if (days >= 8) return "国庆节、中秋节";
    return "国庆节";
  }
  if (midAutumn) return "中秋节";
  return "节假日";
}

}  // namespace qinqing::domain
