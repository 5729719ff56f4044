// The demo's year of petitions (issue 12): every step accepted by PetitionService, every branch
// the reports count present, received on working days, and the same history on every run.
#include "demo/demo_petitions.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "calendar/calendar_service.hpp"
#include "demo/demo_data.hpp"
#include "qinqing/time/instant.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;

namespace {

// Friday 2026-11-20 15:00 China time.
constexpr long long kNow = 1795158000;

struct SeededDemo {
  std::unique_ptr<db::Database> database = testsupport::migratedMemoryDatabase();
  calendar::DeadlineRecomputers recomputers;
  testsupport::FakeClock clock{kNow};
  std::unique_ptr<calendar::CalendarService> calendar;
  demo::DemoPetitionSummary summary;

  SeededDemo() {
    auth::PasswordHasher hasher(auth::PasswordHasher::minimumCost());
    database->write([&](SQLite::Database& c) { return demo::seedDemoData(c, hasher, kNow); });
    calendar = std::make_unique<calendar::CalendarService>(*database, recomputers, clock.clock());
    calendar->start(testsupport::shippedCalendarFile());
    summary = demo::seedDemoPetitions(*database, *calendar, kNow);
  }
  long long count(const std::string& sql) {
    return database->read([&](SQLite::Database& c) { return c.execAndGet(sql).getInt64(); });
  }
};

SeededDemo& demoOnce() {
  static SeededDemo demo;
  return demo;
}

TEST(DemoPetitions, EveryStepIsAcceptedByThePetitionService) {
  auto& demo = demoOnce();
  EXPECT_EQ(demo.summary.refused, 0);
  EXPECT_GE(demo.summary.petitions, 300);
  EXPECT_EQ(demo.count("SELECT count(*) FROM petition_report_facts"), demo.summary.petitions);
}

TEST(DemoPetitions, EveryBranchTheReportsCountIsThere) {
  auto& demo = demoOnce();
  for (const char* figure : {"signed_on_time", "signed_late", "returned", "finished_on_time", "finished_late",
                             "open_now", "extended", "rated_very_satisfied", "rated_satisfied",
                             "rated_basically_satisfied", "rated_dissatisfied", "rated_very_dissatisfied", "unrated",
                             "rectified", "appeal_upheld"}) {
    EXPECT_GT(demo.count(std::string("SELECT sum(") + figure + ") FROM petition_report_facts"), 0) << figure;
  }
  EXPECT_GT(demo.count("SELECT count(*) FROM petition_report_facts WHERE overdue_after < " + std::to_string(kNow)), 3);
  for (const char* state : {"withdrawn", "pending_sign", "handling", "closed"})
    EXPECT_GT(demo.count(std::string("SELECT count(*) FROM petitions WHERE state = '") + state + "'"), 0) << state;
  EXPECT_GT(demo.count("SELECT count(*) FROM petitions WHERE handler_region_id IS NOT NULL"), 20);  // counties too
  EXPECT_GT(demo.count("SELECT count(DISTINCT handler_unit_id) FROM petitions"), 15);
}

TEST(DemoPetitions, ReceivedOnWorkingDaysOfThePastYear) {
  auto& demo = demoOnce();
  const auto days = demo.database->read([](SQLite::Database& c) {
    std::vector<long long> v;
    SQLite::Statement s(c, "SELECT submitted_at FROM petitions");
    while (s.executeStep()) v.push_back(s.getColumn(0).getInt64());
    return v;
  });
  for (long long at : days) {
    const auto day = qinqing::domain::localDate(qinqing::domain::Instant::fromUnixSeconds(at));
    EXPECT_TRUE(demo.calendar->read([&](const qinqing::domain::HolidayCalendar& c) { return c.isWorkingDay(day); }))
        << day.toIso();
    EXPECT_LT(at, kNow);
    EXPECT_GT(at, kNow - 367LL * 86400);
  }
  // No text of the history waits to be sent.
  EXPECT_EQ(demo.count("SELECT count(*) FROM sms_outbox WHERE status = 'pending'"), 0);
}

TEST(DemoPetitions, TheSameHistoryEveryTime) {
  SeededDemo again;
  const auto fingerprint = [](SeededDemo& d) {
    return d.database->read([](SQLite::Database& c) {
      return c.execAndGet("SELECT group_concat(number || state || outcome || revision, ',') FROM "
                          "(SELECT * FROM petitions ORDER BY id)")
          .getString();
    });
  };
  EXPECT_EQ(fingerprint(again), fingerprint(demoOnce()));
}

}  // namespace
