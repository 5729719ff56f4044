// The wire mapping of calendars and deadlines (shared_wire), tested beside the domain it maps.
#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/wire/calendar_json.hpp"

using namespace qinqing::domain;
using namespace qinqing::wire;
using nlohmann::json;
using qinqing::test::D;
using qinqing::test::realCalendar;

TEST(CalendarJson, RealFileDecodesAllYears) {
  auto cal = parseCalendar(qinqing::test::readCalendarFile());
  ASSERT_TRUE(cal.ok()) << (cal.ok() ? "" : cal.error().message);
  EXPECT_EQ(cal.value().arrangedYears().size(), 8u);
  EXPECT_EQ(cal.value().describe(D("2025-10-06")).holidayName, "国庆节、中秋节");
}

TEST(CalendarJson, EncodeDecodeRoundTrip) {
  const HolidayCalendar& cal = realCalendar();
  const json encoded = calendarToJson(cal);
  EXPECT_EQ(encoded["years"]["2020"]["names"]["2020-10-01"], "国庆节、中秋节");
  EXPECT_EQ(encoded["years"]["2020"]["workdays"][0], "2020-01-19");
  auto again = calendarFromJson(encoded);
  ASSERT_TRUE(again.ok());
  for (int y : cal.arrangedYears()) EXPECT_EQ(again.value().arrangement(y), cal.arrangement(y)) << y;
  EXPECT_EQ(calendarToJson(again.value()), encoded);
}

TEST(CalendarJson, SameDatesAsTheSourceFile) {
  const json source = json::parse(qinqing::test::readCalendarFile(), nullptr, false);
  ASSERT_FALSE(source.is_discarded());
  const json encoded = calendarToJson(realCalendar());
  for (const auto& [year, data] : source["years"].items()) {
    EXPECT_EQ(encoded["years"][year]["holidays"], data["holidays"]) << year;
    EXPECT_EQ(encoded["years"][year]["workdays"], data["workdays"]) << year;
  }
}

TEST(CalendarJson, ExplicitNamesOverrideTheGuess) {
  auto cal = parseCalendar(R"({"years":{"2030":{"holidays":["2030-09-02","2030-09-03"],"workdays":[],
                              "names":{"2030-09-03":"纪念日"}}}})");
  ASSERT_TRUE(cal.ok());
  const auto a = cal.value().arrangement(2030);
  ASSERT_EQ(a.holidays.size(), 2u);
  EXPECT_EQ(a.holidays[0], (HolidayPeriod{"节假日", D("2030-09-02"), D("2030-09-02")}));
  EXPECT_EQ(a.holidays[1], (HolidayPeriod{"纪念日", D("2030-09-03"), D("2030-09-03")}));
}

TEST(CalendarJson, BadInputReportsEveryFieldWithoutThrowing) {
  EXPECT_FALSE(parseCalendar("{not json").ok());
  EXPECT_FALSE(parseCalendar("[]").ok());
  EXPECT_FALSE(parseCalendar(R"({"years": 5})").ok());
  auto bad = parseCalendar(R"({"years":{"20x0":{},"2030":{"holidays":["2030-02-30", 7, "2031-01-01"],
                              "workdays":"none","names":{"2030-05-01":"劳动节"}},
                              "2031":{"holidays":[],"workdays":["2031-01-06"]}}})");
  ASSERT_FALSE(bad.ok());
  std::vector<std::string> fields;
  for (const auto& f : bad.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"years.2030.holidays[0]", "years.2030.holidays[1]",
                                              "years.2030.workdays", "years.2030.names.2030-05-01",
                                              "years.2031.workdays", "years.20x0"}));
  EXPECT_EQ(bad.error().fields.back().message, "年份应为四位数字");
}

TEST(CalendarJson, DueDateRoundTrip) {
  const DueDate due = dueAfterWorkingDays(realCalendar(), D("2020-09-30"), 15);
  const json j = dueDateToJson(due);
  EXPECT_EQ(j["due_date"], "2020-10-28");
  EXPECT_EQ(j["due_at"], "2020-10-28T23:59:59+08:00");
  EXPECT_EQ(j["from"], "2020-09-30");
  EXPECT_EQ(j["working_days"], 15);
  EXPECT_EQ(j["provisional"], false);
  EXPECT_EQ(j["trail"][1], (json{{"date", "2020-10-01"}, {"counted", false}, {"kind", "holiday"},
                                 {"reason", "国庆节、中秋节"}}));
  EXPECT_EQ(j["trail"][10]["kind"], "exchanged_workday");
  auto back = dueDateFromJson(json::parse(j.dump(), nullptr, false));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), due);
}

TEST(CalendarJson, DueDateDecoderRejectsBadFields) {
  auto bad = dueDateFromJson(json{{"from", "2020-9-30"}, {"due_date", "2020-10-28"}, {"due_at", "soon"},
                                  {"working_days", 0}, {"trail", json::array({json{{"date", "2020-10-01"}}})}});
  ASSERT_FALSE(bad.ok());
  std::vector<std::string> fields;
  for (const auto& f : bad.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"from", "due_at", "working_days", "trail[0]"}));
  EXPECT_FALSE(dueDateFromJson(json("text")).ok());
}

TEST(CalendarJson, DeadlineStatusRoundTrip) {
  const DeadlineStatus s{DeadlineState::Overdue, 0, 2, true};
  const json j = deadlineStatusToJson(s);
  EXPECT_EQ(j["state"], "overdue");
  EXPECT_EQ(j["text"], "已逾期2个工作日");
  auto back = deadlineStatusFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), s);
  EXPECT_FALSE(deadlineStatusFromJson(json{{"state", "late"}}).ok());
  EXPECT_EQ(dayKindFromKey("exchanged_workday"), DayKind::ExchangedWorkday);
  EXPECT_FALSE(dayKindFromKey("Holiday").has_value());
}
