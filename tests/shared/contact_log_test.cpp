#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/relation/contact_log.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;

TEST(ContactLog, WaysHaveOneKeyAndLabelEach) {
  for (ContactWay w : kAllContactWays) EXPECT_EQ(contactWayFromKey(contactWayKey(w)), w);
  EXPECT_EQ(contactWayLabel(ContactWay::Symposium), "座谈会");
  EXPECT_EQ(contactWayFromKey("email"), std::nullopt);
}

TEST(ContactLog, AContactNeedsWhatWasDiscussedAndAPastDate) {
  const Date today = D("2026-12-03");
  EXPECT_TRUE(validateContact({D("2026-12-03"), ContactWay::Visit, "走访了解用工情况", ""}, today).ok());
  const auto s = validateContact({D("2026-12-04"), ContactWay::Phone, "　", std::string(1001, 'a')}, today);
  ASSERT_FALSE(s.ok());
  ASSERT_EQ(s.error().fields.size(), 3u);
  EXPECT_EQ(s.error().fields[0], (FieldError{"date", "联系日期不能晚于今天"}));
  EXPECT_EQ(s.error().fields[1], (FieldError{"summary", "请填写沟通内容"}));
  EXPECT_EQ(s.error().fields[2], (FieldError{"follow_up", "后续跟进不能超过1000个字"}));
  EXPECT_EQ(validateContact({D("2026-09-03"), ContactWay::Visit, "走访", ""}, today).error().fields[0].message,
            "只能登记90天内的联系");
  EXPECT_TRUE(validateContact({D("2026-09-04"), ContactWay::Visit, "走访", ""}, today).ok());
}

TEST(ContactLog, OnlyThisCalendarMonthCounts) {
  EXPECT_TRUE(contactedThisMonth(D("2026-12-01"), D("2026-12-03")));
  EXPECT_FALSE(contactedThisMonth(D("2026-11-30"), D("2026-12-03")));
  EXPECT_FALSE(contactedThisMonth(D("2025-12-03"), D("2026-12-03")));
  EXPECT_FALSE(contactedThisMonth(std::nullopt, D("2026-12-03")));
}

TEST(ContactLog, ReminderDayIsTheFirstOfTheLastFiveWorkingDays) {
  EXPECT_TRUE(isContactReminderDay(realCalendar(), D("2026-11-24")));
  EXPECT_FALSE(isContactReminderDay(realCalendar(), D("2026-11-25")));
  EXPECT_FALSE(isContactReminderDay(realCalendar(), D("2026-11-23")));
  EXPECT_TRUE(isContactReminderDay(realCalendar(), D("2026-02-24")));  // the 28th is a worked Saturday
}

TEST(ContactLog, ReminderNamesAtMostThreeEnterprises) {
  EXPECT_EQ(contactReminderText({"甲公司"}),
            "您本月尚有1家包联企业未登记联系（甲公司），请于月底前联系并在平台“联系记录”中登记。");
  EXPECT_EQ(contactReminderText({"甲", "乙", "丙", "丁"}),
            "您本月尚有4家包联企业未登记联系（甲、乙、丙等），请于月底前联系并在平台“联系记录”中登记。");
}
