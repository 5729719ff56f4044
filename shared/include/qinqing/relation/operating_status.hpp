// 企业经营状况 (notice §3): one report per enterprise per month, entered by its liaison cadre or the
// enterprise itself. The platform keeps every version: a later edit of a month supersedes, never
// erases. The rules here decide what a report may hold, which months are owed, when the reminders
// go out and what the 12-month trend shows; the server stores, the client draws.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/time/period.hpp"

namespace qinqing::domain {

enum class OperatingState {
  Normal,         // 正常生产
  PartlyStopped,  // 部分停产
  Stopped,        // 停产
  Other,          // 其他 (the difficulties field then says what)
};
inline constexpr std::array<OperatingState, 4> kAllOperatingStates = {
    OperatingState::Normal, OperatingState::PartlyStopped, OperatingState::Stopped, OperatingState::Other};
std::string_view operatingStateKey(OperatingState state);    // "normal", "partly_stopped", "stopped", "other"
std::string_view operatingStateLabel(OperatingState state);  // 正常生产 …
std::optional<OperatingState> operatingStateFromKey(std::string_view key);

inline constexpr std::size_t kDifficultiesMax = 1000;
// 产值 and 营收 in hundredths of 万元 (two decimals, no floating point): at most 1 亿万元 (a trillion yuan).
inline constexpr long long kAmountMaxHundredths = 10'000'000'000LL;
inline constexpr int kEmployeesMax = 1'000'000;
// The months before the current one that must each have a report (§3 "近三个月").
inline constexpr int kOperatingMonthsOwed = 3;
// The enterprise is texted on this working day of the month when last month is missing; its cadre
// that many working days later.
inline constexpr int kOperatingReminderWorkingDay = 5;
inline constexpr int kOperatingCadreReminderDelay = 3;
// The earliest month anyone may report (older history is not the platform's business).
inline constexpr YearMonth kOperatingFirstMonth{2020, 1};

struct OperatingStatusReport {
  YearMonth month;
  OperatingState state = OperatingState::Normal;
  long long outputValue = 0;  // 产值, hundredths of 万元
  long long revenue = 0;      // 营收, hundredths of 万元
  int employees = 0;          // 从业人数
  std::string difficulties;   // 主要困难 (required for 其他)
  bool operator==(const OperatingStatusReport&) const = default;
};

// Every problem at once (fields month, state, output_value, revenue, employees, difficulties):
// the month lies after kOperatingFirstMonth and not after today's month; amounts are 0..max;
// 其他 needs a description; the text is at most kDifficultiesMax characters.
Status validateOperatingStatus(const OperatingStatusReport& report, Date today);

// What a person typed, field by field, before it is a report.
struct OperatingStatusForm {
  std::string month;  // "2026-11"
  std::optional<OperatingState> state;
  std::string outputValue;  // "1234.5" (万元)
  std::string revenue;
  std::string employees;
  std::string difficulties;
};
// Parses and validates the form with the same messages the server gives for the report.
Result<OperatingStatusReport> operatingStatusFromForm(const OperatingStatusForm& form, Date today);

// "1234.56" 万元 → 123456; at most two decimals, no sign, no separators. Errors carry `label`.
Result<long long> parseAmountWanYuan(std::string_view text, std::string_view field, std::string_view label);
// 123456 → "1234.56"; 120000 → "1200" (trailing zeros dropped).
std::string formatAmountWanYuan(long long hundredths);

// The owed months (the kOperatingMonthsOwed months before today's) that `reported` lacks, oldest first.
std::vector<YearMonth> missingOperatingMonths(const std::vector<YearMonth>& reported, Date today);

// Who is reminded today that last month's report is missing: the enterprise on the 5th working day
// of the month, its cadre 3 working days later; nobody on other days.
enum class OperatingReminder { None, Enterprise, Cadre };
OperatingReminder operatingReminderDue(const HolidayCalendar& calendar, Date today);
std::string operatingReminderText(OperatingReminder who, YearMonth missing, int enterpriseCount);

// One month of the trend chart: empty values where nothing was reported.
struct OperatingTrendPoint {
  YearMonth month;
  std::optional<long long> outputValue;
  std::optional<int> employees;
  bool operator==(const OperatingTrendPoint&) const = default;
};
// The `months` months ending with `last`, oldest first, from the current reports (one per month).
std::vector<OperatingTrendPoint> operatingTrend(const std::vector<OperatingStatusReport>& reports, YearMonth last,
                                                int months = 12);

// The smallest "round" number ≥ value (1, 2, 5 × 10^k) for a chart axis; 1 for value ≤ 0.
long long niceAxisMax(long long value);

}  // namespace qinqing::domain
