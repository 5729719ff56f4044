#include "calendar/due_date_request.hpp"

#include <gtest/gtest.h>

using qinqing::backend::calendar::parseDueDateRequest;
using qinqing::domain::Instant;

namespace {
std::vector<std::string> fields(const qinqing::domain::DomainError& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}
}  // namespace

TEST(DueDateRequest, AcceptsADateAsMidnightChinaTime) {
  auto r = parseDueDateRequest("2020-09-30", "15");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(qinqing::domain::formatChinaTime(r.value().from), "2020-09-30T00:00:00+08:00");
  EXPECT_EQ(r.value().workingDays, 15);
}

TEST(DueDateRequest, AcceptsInstantsWithAnOffset) {
  auto utc = parseDueDateRequest("2020-09-30T16:30:00Z", "1");
  ASSERT_TRUE(utc.ok());
  EXPECT_EQ(qinqing::domain::localDate(utc.value().from).toIso(), "2020-10-01");
  auto plus = parseDueDateRequest("2020-10-01T00:30:00+08:00", "1");
  ASSERT_TRUE(plus.ok());
  EXPECT_EQ(plus.value().from, utc.value().from);
  // An unencoded '+' in a query string arrives as a space.
  auto space = parseDueDateRequest("2020-10-01T00:30:00 08:00", "1");
  ASSERT_TRUE(space.ok());
  EXPECT_EQ(space.value().from, utc.value().from);
}

TEST(DueDateRequest, WorkingDaysMustBeOneToTwoThousand) {
  EXPECT_TRUE(parseDueDateRequest("2020-09-30", "1").ok());
  EXPECT_TRUE(parseDueDateRequest("2020-09-30", "2000").ok());
  for (const char* bad : {"0", "2001", "-1", "+5", "1.5", "15 ", "abc", "99999999999999999999"}) {
    auto r = parseDueDateRequest("2020-09-30", std::string_view(bad));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(fields(r.error()), std::vector<std::string>{"working_days"}) << bad;
    EXPECT_EQ(r.error().fields[0].message, "工作日数应为 1 至 2000 之间的整数");
  }
}

TEST(DueDateRequest, ReportsEveryMissingOrBadInput) {
  auto missing = parseDueDateRequest(std::nullopt, std::nullopt);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(fields(missing.error()), (std::vector<std::string>{"from", "working_days"}));
  auto bad = parseDueDateRequest("2023-02-29", "x");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(fields(bad.error()), (std::vector<std::string>{"from", "working_days"}));
  EXPECT_EQ(bad.error().fields[0].message, "事件日期或时间格式应为 2020-09-30 或 2020-09-30T16:30:00+08:00");
  EXPECT_FALSE(parseDueDateRequest("30/09/2020", "1").ok());
}
