// Every holiday period of 2019–2026 against an independent oracle: the working-day rule applied
// naively to the raw date lists of cn_calendar.json (read here with nlohmann, not through the
// decoder), so the decoder, the bitsets and the engine are all checked against the data itself.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "calendar_fixture.hpp"
#include "cn_holiday_periods.hpp"
#include "qinqing/calendar/due_date.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;

namespace {

struct Oracle {
  std::set<std::string> holidays;
  std::set<std::string> workdays;
  std::set<int> years;

  bool working(Date d) const {
    if (!years.count(d.year())) return !d.isWeekend();
    if (workdays.count(d.toIso())) return true;
    return !d.isWeekend() && !holidays.count(d.toIso());
  }
  Date due(Date from, int n) const {
    Date d = from;
    for (int counted = 0; counted < n;) {
      d = d.plusDays(1);
      if (working(d)) ++counted;
    }
    return d;
  }
};

const Oracle& oracle() {
  static const Oracle o = [] {
    Oracle out;
    auto j = nlohmann::json::parse(qinqing::test::readCalendarFile(), nullptr, false);
    if (j.is_discarded()) return out;
    for (const auto& [year, data] : j["years"].items()) {
      out.years.insert(std::stoi(year));
      for (const auto& h : data["holidays"]) out.holidays.insert(h.get<std::string>());
      for (const auto& w : data["workdays"]) out.workdays.insert(w.get<std::string>());
    }
    return out;
  }();
  EXPECT_EQ(o.years.size(), 8u);
  return o;
}

}  // namespace

TEST(WorkingDayCalendar, DeadlineAroundEveryHolidayPeriodMatchesTheNotices) {
  const HolidayCalendar& cal = realCalendar();
  int checked = 0;
  for (const auto& p : qinqing::test::kNoticePeriods) {
    const Date first = D(p.first);
    const Date last = D(p.last);
    const Date middle = first.plusDays(daysBetween(first, last) / 2);
    for (Date event : {first.plusDays(-1), first, middle, last}) {
      for (int n : {1, 2, 5, 15}) {
        const DueDate due = dueAfterWorkingDays(cal, event, n);
        SCOPED_TRACE(std::string(p.name) + " event " + event.toIso() + " +" + std::to_string(n));
        EXPECT_EQ(due.dueDate, oracle().due(event, n));
        EXPECT_NE(cal.describe(due.dueDate).kind, DayKind::Holiday);
        EXPECT_TRUE(cal.isWorkingDay(due.dueDate));
        EXPECT_GT(due.dueDate, last);  // no day of the break counts
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 55 * 4 * 4);
}

TEST(WorkingDayCalendar, TrailNamesTheHolidayOnEveryDayOfEachPeriod) {
  const HolidayCalendar& cal = realCalendar();
  for (const auto& p : qinqing::test::kNoticePeriods) {
    const Date first = D(p.first);
    const Date last = D(p.last);
    const DueDate due = dueAfterWorkingDays(cal, first.plusDays(-1), 1);
    std::size_t i = 1;
    for (Date d = first; d <= last; d = d.plusDays(1), ++i) {
      ASSERT_LT(i, due.trail.size()) << p.first;
      EXPECT_EQ(due.trail[i].date, d);
      EXPECT_FALSE(due.trail[i].counted);
      EXPECT_EQ(due.trail[i].kind, DayKind::Holiday);
      EXPECT_EQ(due.trail[i].reason, p.name) << d.toIso();
    }
  }
}

TEST(WorkingDayCalendar, EveryStartDayOf2019To2027MatchesTheOracle) {
  const HolidayCalendar& cal = realCalendar();
  for (Date d = D("2018-12-25"); d <= D("2027-12-31"); d = d.plusDays(1)) {
    for (int n : {1, 3, 15}) {
      const WorkingDaySum sum = addWorkingDays(cal, d, n);
      ASSERT_EQ(sum.date, oracle().due(d, n)) << d.toIso() << " +" << n;
    }
    ASSERT_EQ(cal.isWorkingDay(d), oracle().working(d)) << d.toIso();
  }
}

TEST(WorkingDayCalendar, EventOnEveryExchangedWorkday) {
  const HolidayCalendar& cal = realCalendar();
  for (const std::string& iso : oracle().workdays) {
    const Date w = D(iso.c_str());
    const DueDate due = dueAfterWorkingDays(cal, w, 1);
    EXPECT_EQ(due.trail[0].kind, DayKind::ExchangedWorkday) << iso;
    EXPECT_GT(due.dueDate, w);
    EXPECT_EQ(due.dueDate, oracle().due(w, 1)) << iso;
    // And the day before it: the exchanged workday is the one counted when it comes first.
    const DueDate before = dueAfterWorkingDays(cal, w.plusDays(-1), 1);
    if (before.dueDate == w) EXPECT_EQ(before.trail.back().reason, "调休上班 第1天") << iso;
    EXPECT_EQ(before.dueDate, oracle().due(w.plusDays(-1), 1)) << iso;
  }
}
