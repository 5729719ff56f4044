#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/relation/operating_status.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;

namespace {
OperatingStatusForm form() {
  return {"2026-11", OperatingState::Normal, "1234.5", "980", "126", ""};
}
std::string messageOperatingStatusOf(const DomainError& e, const std::string& field) {
  for (const auto& f : e.fields)
    if (f.field == field) return f.message;
  return "";
}
}  // namespace

TEST(OperatingStatus, StatesHaveOneKeyAndLabelEach) {
  for (OperatingState s : kAllOperatingStates) {
    EXPECT_EQ(operatingStateFromKey(operatingStateKey(s)), s);
    EXPECT_FALSE(operatingStateLabel(s).empty());
  }
  EXPECT_EQ(operatingStateLabel(OperatingState::PartlyStopped), "部分停产");
  EXPECT_EQ(operatingStateFromKey("closed"), std::nullopt);
}

TEST(OperatingStatus, AmountsAreExactHundredthsOfWanYuan) {
  EXPECT_EQ(parseAmountWanYuan("1234.5", "f", "产值").value(), 123450);
  EXPECT_EQ(parseAmountWanYuan("0.07", "f", "产值").value(), 7);
  EXPECT_EQ(parseAmountWanYuan("980", "f", "产值").value(), 98000);
  EXPECT_EQ(parseAmountWanYuan("1.234", "f", "产值").error().fields[0].message, "产值最多保留两位小数");
  EXPECT_EQ(parseAmountWanYuan("-3", "f", "产值").error().fields[0].message, "产值应为数字（单位：万元）");
  EXPECT_EQ(parseAmountWanYuan("1,000", "f", "产值").error().fields[0].message, "产值应为数字（单位：万元）");
  EXPECT_EQ(parseAmountWanYuan("", "f", "产值").error().fields[0].message, "请填写产值");
  EXPECT_FALSE(parseAmountWanYuan("999999999999", "f", "产值").ok());
  EXPECT_EQ(formatAmountWanYuan(123450), "1234.5");
  EXPECT_EQ(formatAmountWanYuan(98000), "980");
  EXPECT_EQ(formatAmountWanYuan(7), "0.07");
}

TEST(OperatingStatus, FormBecomesReport) {
  const auto r = operatingStatusFromForm(form(), D("2026-12-03"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), (OperatingStatusReport{{2026, 11}, OperatingState::Normal, 123450, 98000, 126, ""}));
}

TEST(OperatingStatus, FormReportsEveryProblemOnce) {
  OperatingStatusForm f{"2027-01", std::nullopt, "abc", "", "12.5", std::string(1001, 'x')};
  const auto r = operatingStatusFromForm(f, D("2026-12-03"));
  ASSERT_FALSE(r.ok());
  const auto& e = r.error();
  EXPECT_EQ(messageOperatingStatusOf(e, "month"), "不能填报以后月份的经营状况");
  EXPECT_EQ(messageOperatingStatusOf(e, "state"), "请选择经营状态");
  EXPECT_EQ(messageOperatingStatusOf(e, "output_value"), "产值应为数字（单位：万元）");
  EXPECT_EQ(messageOperatingStatusOf(e, "revenue"), "请填写营收");
  EXPECT_EQ(messageOperatingStatusOf(e, "employees"), "从业人数应为整数");
  EXPECT_EQ(messageOperatingStatusOf(e, "difficulties"), "主要困难不能超过1000个字");
  EXPECT_EQ(e.fields.size(), 6u);
}

TEST(OperatingStatus, OtherStateNeedsADescription) {
  OperatingStatusReport r{{2026, 11}, OperatingState::Other, 0, 0, 3, "  "};
  const auto s = validateOperatingStatus(r, D("2026-12-03"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(messageOperatingStatusOf(s.error(), "difficulties"), "请填写经营情况说明");
  r.difficulties = "厂房搬迁，预计次月恢复生产";
  EXPECT_TRUE(validateOperatingStatus(r, D("2026-12-03")).ok());
}

TEST(OperatingStatus, ServerRejectsWhatNoFormCouldSend) {
  OperatingStatusReport r{{2019, 12}, OperatingState::Normal, -1, kAmountMaxHundredths + 1, -2, ""};
  const auto s = validateOperatingStatus(r, D("2026-12-03"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(messageOperatingStatusOf(s.error(), "month"), "月份不能早于2020年1月");
  EXPECT_EQ(messageOperatingStatusOf(s.error(), "output_value"), "产值超出范围");
  EXPECT_EQ(messageOperatingStatusOf(s.error(), "revenue"), "营收超出范围");
  EXPECT_EQ(messageOperatingStatusOf(s.error(), "employees"), "从业人数超出范围");
}

TEST(OperatingStatus, TheThreeMonthsBeforeThisOneAreOwed) {
  const auto missing = missingOperatingMonths({{2026, 10}, {2026, 12}, {2025, 9}}, D("2026-12-03"));
  EXPECT_EQ(missing, (std::vector<YearMonth>{{2026, 9}, {2026, 11}}));
  EXPECT_TRUE(missingOperatingMonths({{2025, 10}, {2025, 11}, {2025, 12}}, D("2026-01-31")).empty());
  EXPECT_EQ(missingOperatingMonths({}, D("2026-02-01")).front(), (YearMonth{2025, 11}));
}

TEST(OperatingStatus, RemindersFallOnTheFifthWorkingDayAndThreeLater) {
  const auto& cal = realCalendar();
  EXPECT_EQ(operatingReminderDue(cal, D("2026-11-06")), OperatingReminder::Enterprise);
  EXPECT_EQ(operatingReminderDue(cal, D("2026-11-11")), OperatingReminder::Cadre);
  EXPECT_EQ(operatingReminderDue(cal, D("2026-11-05")), OperatingReminder::None);
  // After National Day the fifth working day is the 13th (the worked Saturday the 10th counts).
  EXPECT_EQ(operatingReminderDue(cal, D("2026-10-13")), OperatingReminder::Enterprise);
  EXPECT_EQ(operatingReminderDue(cal, D("2026-10-16")), OperatingReminder::Cadre);
  EXPECT_EQ(operatingReminderDue(cal, D("2026-10-11")), OperatingReminder::None);
  EXPECT_EQ(operatingReminderText(OperatingReminder::Enterprise, {2026, 10}, 1),
            "贵企业2026年10月经营状况尚未填报，请登录十堰亲清企业服务信息平台在“企业信息”中填报。");
  EXPECT_NE(operatingReminderText(OperatingReminder::Cadre, {2026, 10}, 3).find("您包联的3家企业"), std::string::npos);
  EXPECT_TRUE(operatingReminderText(OperatingReminder::None, {2026, 10}, 3).empty());
}

TEST(OperatingStatus, TrendHasTwelveMonthsWithGaps) {
  std::vector<OperatingStatusReport> reports = {
      {{2026, 11}, OperatingState::Normal, 50000, 40000, 120, ""},
      {{2026, 2}, OperatingState::PartlyStopped, 20000, 10000, 90, ""},
      {{2025, 11}, OperatingState::Normal, 10000, 9000, 80, ""},  // outside the window
  };
  const auto trend = operatingTrend(reports, {2026, 11});
  ASSERT_EQ(trend.size(), 12u);
  EXPECT_EQ(trend.front().month, (YearMonth{2025, 12}));
  EXPECT_EQ(trend.back(), (OperatingTrendPoint{{2026, 11}, 50000, 120}));
  EXPECT_EQ(trend[2], (OperatingTrendPoint{{2026, 2}, 20000, 90}));
  EXPECT_EQ(trend[1], (OperatingTrendPoint{{2026, 1}, std::nullopt, std::nullopt}));
}

TEST(OperatingStatus, AxisMaximumIsRound) {
  EXPECT_EQ(niceAxisMax(0), 1);
  EXPECT_EQ(niceAxisMax(1), 1);
  EXPECT_EQ(niceAxisMax(7), 10);
  EXPECT_EQ(niceAxisMax(120), 200);
  EXPECT_EQ(niceAxisMax(50000), 50000);
  EXPECT_EQ(niceAxisMax(50001), 100000);
}
