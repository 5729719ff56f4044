// petition_report_months (migration 14) is kept equal to the report facts by triggers, and
// ReportRepository::scorecards reading whole months from it and the period's ends from the facts
// gives exactly what the facts alone give: for random facts changed, moved between units and
// deleted, over periods that start and end on and off month boundaries, open at either end.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <random>
#include <string>

#include "repositories/report_repository.hpp"
#include "test_support.hpp"

namespace qinqing::backend::report {
namespace {
namespace d = qinqing::domain;

class ReportMonthsTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_database = testsupport::migratedMemoryDatabase();
    // The facts' petitions are not needed to test their sums.
    m_database->write([](SQLite::Database& c) { c.exec("PRAGMA foreign_keys = OFF"); });
  }

  // A fact row with random groups and 0/1 counts, received on day `day`.
  void insertFact(SQLite::Database& c, long long id, int day) {
    std::string columns = "petition_id, revision, received_day, unit_id, region_id, industry_group_id, cadre_id, overdue_after";
    std::string values = std::to_string(id) + ", 1, " + std::to_string(day) + ", " + std::to_string(pick(0, 4)) + ", " +
                         std::to_string(pick(0, 3)) + ", " + std::to_string(pick(0, 2)) + ", " + std::to_string(pick(1, 5)) +
                         ", " + (pick(0, 3) == 0 ? std::to_string(kNow + pick(-86400 * 10, 86400 * 10)) : "NULL");
    for (std::size_t i = 0; i < d::kCountFigureCount; ++i) {
      const d::Figure f = d::kAllFigures[i];
      columns += ", " + std::string(d::figureKey(f));
      values += f == d::Figure::Received ? ", 1" : f == d::Figure::OverdueNow ? ", 0" : ", " + std::to_string(pick(0, 1));
    }
    c.exec("INSERT INTO petition_report_facts (" + columns + ") VALUES (" + values + ")");
  }

  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

  static constexpr long long kNow = 1'790'000'000;
  std::mt19937 m_random{20261207};
  std::unique_ptr<db::Database> m_database;
};

TEST_F(ReportMonthsTest, MonthlySumsPlusEndsEqualTheFactsForEveryPeriodAndGrouping) {
  const int firstDay = d::Date::fromCivil(2025, 12, 20).value().dayNumber();
  m_database->write([&](SQLite::Database& c) {
    for (long long id = 1; id <= 3000; ++id) insertFact(c, id, firstDay + pick(0, 420));
    // Changed the way refreshReportFacts changes them (delete, insert), moved by UPDATE, deleted.
    for (long long id = 1; id <= 600; ++id) {
      c.exec("DELETE FROM petition_report_facts WHERE petition_id = " + std::to_string(id));
      insertFact(c, id, firstDay + pick(0, 420));
    }
    c.exec("UPDATE petition_report_facts SET unit_id = (unit_id + 1) % 5, finished_late = 1 - finished_late, "
           "received_day = received_day + 31 WHERE petition_id BETWEEN 601 AND 900");
    c.exec("DELETE FROM petition_report_facts WHERE petition_id BETWEEN 901 AND 1000");
  });
  const d::Date start = d::Date::fromDayNumber(firstDay);
  std::vector<d::ReportPeriod> periods = {
      d::ReportPeriod::all(),
      {d::Date::fromCivil(2026, 1, 1).value(), d::Date::fromCivil(2026, 12, 31).value()},   // whole months only
      {d::Date::fromCivil(2026, 3, 5).value(), d::Date::fromCivil(2026, 3, 20).value()},    // inside one month
      {d::Date::fromCivil(2026, 2, 28).value(), d::Date::fromCivil(2026, 3, 1).value()},    // two month ends
      {d::Date::fromCivil(2026, 1, 31).value(), std::nullopt},                              // open after
      {std::nullopt, d::Date::fromCivil(2026, 6, 1).value()},                               // open before
      {d::Date::fromCivil(2026, 4, 1).value(), d::Date::fromCivil(2026, 4, 30).value()},    // exactly a month
  };
  for (int i = 0; i < 40; ++i) {
    const d::Date a = start.plusDays(pick(-10, 430));
    periods.push_back({a, a.plusDays(pick(0, 200))});
  }
  int withPetitions = 0;  // comparisons of non-empty reports (the test is not about empty ones)
  m_database->write([&](SQLite::Database& c) {
    ReportRepository reports(c);
    for (const d::ReportPeriod& period : periods) {
      for (d::GroupBy by : {d::GroupBy::Unit, d::GroupBy::Region, d::GroupBy::IndustryGroup}) {
        for (const std::optional<long long> unit : {std::optional<long long>{}, std::optional<long long>{2}}) {
          ReportFilter filter;
          filter.period = period;
          filter.scope = {"f.region_id <> ?", {3}};
          filter.unitId = unit;
          const auto fromMonths = reports.scorecards(filter, by, kNow, SourceTables::MonthsAndFacts);
          const auto fromFacts = reports.scorecards(filter, by, kNow, SourceTables::FactsOnly);
          ASSERT_EQ(fromMonths, fromFacts) << "period " << (period.first ? period.first->toIso() : "…") << " – "
                                           << (period.last ? period.last->toIso() : "…") << " by " << static_cast<int>(by);
          if (fromFacts.back().card.count(d::Figure::Received) > 0) ++withPetitions;
        }
      }
    }
  });
  EXPECT_GT(withPetitions, static_cast<int>(periods.size()) * 5);
}

TEST_F(ReportMonthsTest, TheSumsAreOneRowPerMonthAndGroupsAndMatchTheFactsColumnByColumn) {
  m_database->write([&](SQLite::Database& c) {
    const int day = d::Date::fromCivil(2026, 5, 31).value().dayNumber();
    for (long long id = 1; id <= 500; ++id) insertFact(c, id, day + pick(0, 1));  // 31 May and 1 June
    SQLite::Statement months(c, "SELECT count(DISTINCT month_day), min(month_day), max(month_day) FROM petition_report_months");
    ASSERT_TRUE(months.executeStep());
    EXPECT_EQ(months.getColumn(0).getInt(), 2);
    EXPECT_EQ(months.getColumn(1).getInt(), d::Date::fromCivil(2026, 5, 1).value().dayNumber());
    EXPECT_EQ(months.getColumn(2).getInt(), d::Date::fromCivil(2026, 6, 1).value().dayNumber());
    for (std::size_t i = 0; i < d::kCountFigureCount; ++i) {
      const std::string column(d::figureKey(d::kAllFigures[i]));
      SQLite::Statement sums(c, "SELECT (SELECT TOTAL(" + column + ") FROM petition_report_facts), (SELECT TOTAL(" + column +
                                    ") FROM petition_report_months)");
      ASSERT_TRUE(sums.executeStep());
      EXPECT_EQ(sums.getColumn(0).getDouble(), sums.getColumn(1).getDouble()) << column;
    }
  });
}

}  // namespace
}  // namespace qinqing::backend::report
