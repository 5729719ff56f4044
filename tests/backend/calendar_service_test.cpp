#include "calendar/calendar_service.hpp"

#include <gtest/gtest.h>

#include "qinqing/calendar/due_date.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/calendar_repository.hpp"
#include "startup.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using qinqing::backend::calendar::CalendarChange;
using qinqing::backend::calendar::CalendarService;
using qinqing::domain::Date;
using qinqing::domain::ErrorCode;
using qinqing::domain::HolidayCalendar;
using qinqing::wire::DayEdit;
using qinqing::wire::DayEditKind;

namespace {

Date day(const char* iso) { return Date::parseIso(iso).value(); }

const audit::AuditActor kAdmin{1, "sysadmin", "system_admin", "127.0.0.1"};

// Records what it was asked and answers a fixed number of moved deadlines; optionally fails.
struct ProbeRecomputer : calendar::DeadlineRecomputer {
  struct Seen {
    int calls = 0;
    std::vector<Date> changedDays;
    std::string reason;
    bool afterHasChange = false;
    long long storedAuditRows = 0;  // rows visible inside the change's transaction
  };
  ProbeRecomputer(std::shared_ptr<Seen> seen, int moves, bool fail) : m_seen(std::move(seen)), m_moves(moves), m_fail(fail) {}
  int recompute(SQLite::Database& db, const CalendarChange& change) override {
    ++m_seen->calls;
    m_seen->changedDays = change.changedDays;
    m_seen->reason = change.reason;
    m_seen->afterHasChange = !change.after.isWorkingDay(day("2020-10-09"));
    m_seen->storedAuditRows = AuditRepository(db).count();
    if (m_fail) throw std::runtime_error("recomputation failed");
    return m_moves;
  }
  std::shared_ptr<Seen> m_seen;
  int m_moves;
  bool m_fail;
};

class CalendarServiceTest : public ::testing::Test {
protected:
  void SetUp() override { m_database = migratedMemoryDatabase(); }

  CalendarService& started() {
    m_service = std::make_unique<CalendarService>(*m_database, m_recomputers, m_clock.clock());
    m_service->start(shippedCalendarFile());
    return *m_service;
  }
  long long auditRows() {
    return m_database->write([](SQLite::Database& c) { return AuditRepository(c).count(); });
  }
  Date due(const char* from, int n) {
    return m_service->read([&](const HolidayCalendar& c) { return qinqing::domain::addWorkingDays(c, day(from), n).date; });
  }

  std::unique_ptr<db::Database> m_database;
  calendar::DeadlineRecomputers m_recomputers;
  FakeClock m_clock;
  std::unique_ptr<CalendarService> m_service;
};

}  // namespace

TEST_F(CalendarServiceTest, FirstStartLoadsTheShippedFileWithOneAuditEntry) {
  CalendarService service(*m_database, m_recomputers, m_clock.clock());
  auto report = service.start(shippedCalendarFile());
  EXPECT_TRUE(report.loadedShippedFile);
  EXPECT_EQ(report.years, (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
  EXPECT_EQ(service.read([](const HolidayCalendar& c) { return qinqing::domain::addWorkingDays(c, Date::parseIso("2020-09-30").value(), 15).date; }),
            day("2020-10-28"));
  auto rows = m_database->write([](SQLite::Database& c) { return AuditRepository(c).page({}); });
  ASSERT_EQ(rows.total, 1);
  EXPECT_EQ(rows.rows[0].action, "calendar.loaded");
  EXPECT_FALSE(rows.rows[0].accountId.has_value());
  EXPECT_NE(rows.rows[0].afterJson->find("\"sha256\""), std::string::npos);

  // A second start finds the calendar in the database and neither reads the file nor audits.
  CalendarService again(*m_database, m_recomputers, m_clock.clock());
  EXPECT_FALSE(again.start(std::filesystem::path("/nonexistent/cn_calendar.json")).loadedShippedFile);
  EXPECT_EQ(auditRows(), 1);
}

TEST_F(CalendarServiceTest, AnEmptyDatabaseWithoutAUsableFileRefusesToStart) {
  CalendarService service(*m_database, m_recomputers, m_clock.clock());
  EXPECT_THROW(service.start(std::nullopt), StartupError);
  EXPECT_THROW(service.start(std::filesystem::path("/nonexistent/cn_calendar.json")), StartupError);
  EXPECT_EQ(auditRows(), 0);
}

TEST_F(CalendarServiceTest, DayEditChangesTheCalendarTheRecordAndTheLog) {
  auto& service = started();
  EXPECT_EQ(due("2020-09-30", 15), day("2020-10-28"));
  auto outcome = service.editDay(day("2020-10-09"), DayEdit{DayEditKind::Holiday, "国庆节"}, kAdmin);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(outcome.value().year, 2020);
  EXPECT_EQ(outcome.value().deadlinesMoved, 0);
  EXPECT_EQ(due("2020-09-30", 15), day("2020-10-29"));
  auto stored = m_database->write([](SQLite::Database& c) { return CalendarRepository(c).load(); });
  EXPECT_FALSE(stored.isWorkingDay(day("2020-10-09")));
  auto rows = m_database->write([](SQLite::Database& c) { return AuditRepository(c).page({}); });
  ASSERT_EQ(rows.total, 2);
  const auto& e = rows.rows[0];
  EXPECT_EQ(e.action, "calendar.day_changed");
  EXPECT_EQ(e.objectId, "2020-10-09");
  EXPECT_EQ(e.accountLabel, "sysadmin");
  EXPECT_EQ(*e.beforeJson, R"({"date":"2020-10-09","kind":"workday","name":""})");
  EXPECT_EQ(*e.afterJson, R"({"date":"2020-10-09","kind":"holiday","name":"国庆节"})");
}

TEST_F(CalendarServiceTest, InvalidChangesChangeNothing) {
  auto& service = started();
  auto provisional = service.editDay(day("2027-01-04"), DayEdit{DayEditKind::Workday, ""}, kAdmin);
  ASSERT_FALSE(provisional.ok());
  EXPECT_EQ(provisional.error().fields.at(0).field, "date");
  EXPECT_EQ(provisional.error().fields.at(0).message, "2027年的节假日安排尚未载入，请先导入全年安排");
  auto noName = service.editDay(day("2020-10-09"), DayEdit{DayEditKind::Holiday, ""}, kAdmin);
  ASSERT_FALSE(noName.ok());
  EXPECT_EQ(noName.error().fields.at(0).field, "name");
  // Two bad holiday periods and a weekday "exchanged workday": every problem reported.
  qinqing::domain::YearArrangement bad{
      2027, {{"春节", day("2026-12-31"), day("2027-01-02")}, {"国庆节", day("2027-10-07"), day("2027-10-01")}}, {day("2027-03-01")}};
  auto year = service.replaceYear(bad, kAdmin);
  ASSERT_FALSE(year.ok());
  EXPECT_EQ(year.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(year.error().fields.size(), 3u);
  EXPECT_EQ(auditRows(), 1);
  EXPECT_TRUE(service.read([](const HolidayCalendar& c) { return c.isProvisional(2027); }));
}

TEST_F(CalendarServiceTest, LoadingANewYearEndsItsProvisionalState) {
  auto& service = started();
  EXPECT_EQ(service.status().provisionalYears, (std::vector<int>{2027}));  // FakeClock: 2026-03-02
  qinqing::domain::YearArrangement y2027{2027, {{"元旦", day("2027-01-01"), day("2027-01-03")}}, {}};
  ASSERT_TRUE(service.replaceYear(y2027, kAdmin).ok());
  EXPECT_TRUE(service.status().provisionalYears.empty());
  auto rows = m_database->write([](SQLite::Database& c) { return AuditRepository(c).page({}); });
  EXPECT_EQ(rows.rows[0].action, "calendar.year_replaced");
  EXPECT_FALSE(rows.rows[0].beforeJson.has_value());  // nothing was loaded before
  EXPECT_NE(rows.rows[0].afterJson->find("2027-01-01"), std::string::npos);
}

TEST_F(CalendarServiceTest, RecomputersRunInsideTheChangesTransaction) {
  auto seen = std::make_shared<ProbeRecomputer::Seen>();
  m_recomputers.add(std::make_unique<ProbeRecomputer>(seen, 3, false));
  auto& service = started();
  auto outcome = service.editDay(day("2020-10-09"), DayEdit{DayEditKind::Holiday, "国庆节"}, kAdmin);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(outcome.value().deadlinesMoved, 3);
  EXPECT_EQ(seen->calls, 1);
  EXPECT_EQ(seen->changedDays, (std::vector<Date>{day("2020-10-09")}));
  EXPECT_EQ(seen->reason, "工作日历调整：2020-10-09 改为节假日（国庆节）");
  EXPECT_TRUE(seen->afterHasChange);
  EXPECT_EQ(seen->storedAuditRows, 2);  // the change's own entry is already written

  // Renaming a holiday moves no working day: the recomputers are not even asked.
  auto rename = service.editDay(day("2020-10-09"), DayEdit{DayEditKind::Holiday, "国庆节调整"}, kAdmin);
  ASSERT_TRUE(rename.ok());
  EXPECT_EQ(rename.value().deadlinesMoved, 0);
  EXPECT_EQ(seen->calls, 1);
}

TEST_F(CalendarServiceTest, AFailingRecomputerRollsTheWholeChangeBack) {
  auto seen = std::make_shared<ProbeRecomputer::Seen>();
  m_recomputers.add(std::make_unique<ProbeRecomputer>(seen, 0, true));
  auto& service = started();
  EXPECT_THROW(service.editDay(day("2020-10-09"), DayEdit{DayEditKind::Holiday, "国庆节"}, kAdmin), std::runtime_error);
  EXPECT_EQ(seen->calls, 1);
  EXPECT_EQ(auditRows(), 1);  // only the initial load
  EXPECT_EQ(due("2020-09-30", 15), day("2020-10-28"));
  auto stored = m_database->write([](SQLite::Database& c) { return CalendarRepository(c).load(); });
  EXPECT_TRUE(stored.isWorkingDay(day("2020-10-09")));
}

TEST(CalendarStatus, WarnsFromNovemberWhileNextYearIsProvisional) {
  HolidayCalendar calendar;
  ASSERT_TRUE(calendar.setYear({2026, {}, {}}).ok());
  auto october = calendar::calendarStatus(calendar, day("2026-10-31"));
  EXPECT_EQ(october.provisionalYears, (std::vector<int>{2027}));
  EXPECT_FALSE(october.nextYearWarning);
  EXPECT_TRUE(calendar::calendarStatus(calendar, day("2026-11-01")).nextYearWarning);
  ASSERT_TRUE(calendar.setYear({2027, {}, {}}).ok());
  auto loaded = calendar::calendarStatus(calendar, day("2026-12-01"));
  EXPECT_TRUE(loaded.provisionalYears.empty());
  EXPECT_FALSE(loaded.nextYearWarning);
  EXPECT_EQ(calendar::calendarStatus(calendar, day("2028-01-02")).provisionalYears, (std::vector<int>{2028, 2029}));
}

TEST(ChangedWorkingDays, ListsOnlyDaysWhoseWorkingStatusDiffers) {
  HolidayCalendar before;
  ASSERT_TRUE(before.setYear({2020, {{"国庆节", day("2020-10-01"), day("2020-10-08")}}, {day("2020-10-10")}}).ok());
  HolidayCalendar after = before;
  ASSERT_TRUE(after.setHoliday(day("2020-10-09"), "国庆节").ok());
  ASSERT_TRUE(after.setHoliday(day("2020-10-03"), "改名").ok());  // already off: no change
  ASSERT_TRUE(after.clearDay(day("2020-10-10")).ok());            // a Saturday, no longer worked
  EXPECT_EQ(calendar::changedWorkingDays(before, after, 2020), (std::vector<Date>{day("2020-10-09"), day("2020-10-10")}));
}
