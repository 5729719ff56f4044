#include "repositories/calendar_repository.hpp"

#include <gtest/gtest.h>

#include "calendar/calendar_file.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using qinqing::domain::Date;
using qinqing::domain::HolidayCalendar;
using qinqing::domain::YearArrangement;

namespace {

Date d(const char* iso) { return Date::parseIso(iso).value(); }

YearArrangement national2020() {
  return YearArrangement{2020,
                         {{"春节", d("2020-01-24"), d("2020-02-02")}, {"国庆节、中秋节", d("2020-10-01"), d("2020-10-08")}},
                         {d("2020-01-19"), d("2020-09-27"), d("2020-10-10")}};
}

class CalendarRepositoryTest : public ::testing::Test {
protected:
  void SetUp() override { m_database = migratedMemoryDatabase(); }
  template <typename Fn>
  auto with(Fn&& fn) {
    return m_database->write([&](SQLite::Database& c) { return fn(CalendarRepository(c)); });
  }
  std::unique_ptr<db::Database> m_database;
};

}  // namespace

TEST_F(CalendarRepositoryTest, NewDatabaseHasNoCalendar) {
  EXPECT_TRUE(with([](CalendarRepository r) { return r.empty(); }));
  EXPECT_TRUE(with([](CalendarRepository r) { return r.load(); }).arrangedYears().empty());
}

TEST_F(CalendarRepositoryTest, AYearRoundTripsThroughTheTables) {
  with([](CalendarRepository r) { r.writeYear(national2020(), CalendarSource::Import, kTestEpoch); });
  EXPECT_FALSE(with([](CalendarRepository r) { return r.empty(); }));
  auto calendar = with([](CalendarRepository r) { return r.load(); });
  EXPECT_EQ(calendar.arrangement(2020), national2020());
  EXPECT_TRUE(calendar.isProvisional(2021));
  // Rows are days: 10 + 8 holidays and 3 exchanged workdays.
  EXPECT_EQ(m_database->write([](SQLite::Database& c) { return c.execAndGet("SELECT count(*) FROM calendar_days").getInt(); }),
            21);
}

TEST_F(CalendarRepositoryTest, TheShippedFileRoundTripsYearByYear) {
  auto file = qinqing::backend::calendar::readCalendarFile(shippedCalendarFile());
  ASSERT_TRUE(file.ok()) << file.error().message;
  const HolidayCalendar& shipped = file.value().calendar;
  with([&](CalendarRepository r) {
    for (int year : shipped.arrangedYears()) r.writeYear(shipped.arrangement(year), CalendarSource::Shipped, kTestEpoch);
  });
  auto loaded = with([](CalendarRepository r) { return r.load(); });
  ASSERT_EQ(loaded.arrangedYears(), shipped.arrangedYears());
  for (int year : shipped.arrangedYears()) EXPECT_EQ(loaded.arrangement(year), shipped.arrangement(year)) << year;
}

TEST_F(CalendarRepositoryTest, ReplacingAYearDropsItsOldDays) {
  with([](CalendarRepository r) { r.writeYear(national2020(), CalendarSource::Shipped, kTestEpoch); });
  YearArrangement smaller{2020, {{"国庆节", d("2020-10-01"), d("2020-10-07")}}, {}};
  with([&](CalendarRepository r) { r.writeYear(smaller, CalendarSource::Import, kTestEpoch + 60); });
  auto calendar = with([](CalendarRepository r) { return r.load(); });
  EXPECT_EQ(calendar.arrangement(2020), smaller);
  auto years = with([](CalendarRepository r) { return r.years(); });
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0], (CalendarYearInfo{2020, "import", kTestEpoch + 60, kTestEpoch + 60}));
}

TEST_F(CalendarRepositoryTest, DayEditKeepsTheYearsSourceAndMovesChangedAt) {
  with([](CalendarRepository r) { r.writeYear(national2020(), CalendarSource::Shipped, kTestEpoch); });
  auto edited = national2020();
  edited.holidays.push_back({"调整", d("2020-12-31"), d("2020-12-31")});
  with([&](CalendarRepository r) { r.writeYear(edited, CalendarSource::DayEdit, kTestEpoch + 3600); });
  auto years = with([](CalendarRepository r) { return r.years(); });
  EXPECT_EQ(years[0], (CalendarYearInfo{2020, "shipped", kTestEpoch, kTestEpoch + 3600}));
  EXPECT_EQ(with([](CalendarRepository r) { return r.load(); }).arrangement(2020), edited);
}

TEST_F(CalendarRepositoryTest, DayEditOfAYearNotStoredIsAProgrammerError) {
  YearArrangement y2027{2027, {}, {}};
  EXPECT_THROW(with([&](CalendarRepository r) { r.writeYear(y2027, CalendarSource::DayEdit, kTestEpoch); }),
               std::logic_error);
}

TEST_F(CalendarRepositoryTest, SchemaRefusesRowsThatCannotBeRight) {
  with([](CalendarRepository r) { r.writeYear(national2020(), CalendarSource::Shipped, kTestEpoch); });
  m_database->write([](SQLite::Database& c) {
    // A day filed under another year, a holiday without a name, a day of a year not stored.
    EXPECT_THROW(c.exec("INSERT INTO calendar_days VALUES ('2021-01-01', 2020, 'holiday', '元旦')"), SQLite::Exception);
    EXPECT_THROW(c.exec("INSERT INTO calendar_days VALUES ('2020-12-31', 2020, 'holiday', '')"), SQLite::Exception);
    EXPECT_THROW(c.exec("INSERT INTO calendar_days VALUES ('2022-01-01', 2022, 'holiday', '元旦')"), SQLite::Exception);
  });
}

TEST_F(CalendarRepositoryTest, StoredRowsBreakingTheCalendarRulesAreReported) {
  with([](CalendarRepository r) { r.writeYear(national2020(), CalendarSource::Shipped, kTestEpoch); });
  // 2020-03-02 is a Monday: it cannot be an exchanged workday.
  m_database->write([](SQLite::Database& c) { c.exec("INSERT INTO calendar_days VALUES ('2020-03-02', 2020, 'workday', '')"); });
  try {
    with([](CalendarRepository r) { return r.load(); });
    FAIL() << "loaded an invalid year";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("2020"), std::string::npos) << e.what();
  }
}
