#include "qinqing/relation/operating_status.hpp"

#include "qinqing/calendar/month_working_days.hpp"
#include "qinqing/core/vocabulary.hpp"
#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<OperatingState, 4> kOperatingStates = {{
    {OperatingState::Normal, "normal", "正常生产"},
    {OperatingState::PartlyStopped, "partly_stopped", "部分停产"},
    {OperatingState::Stopped, "stopped", "停产"},
    {OperatingState::Other, "other", "其他"},
}};

void checkReport(FieldValidator& v, const OperatingStatusReport& r, Date today) {
  v.check(r.month >= kOperatingFirstMonth, "month", "月份不能早于" + kOperatingFirstMonth.label());
  v.check(r.month <= YearMonth::of(today), "month", "不能填报以后月份的经营状况");
  v.check(r.outputValue >= 0 && r.outputValue <= kAmountMaxHundredths, "output_value", "产值超出范围");
  v.check(r.revenue >= 0 && r.revenue <= kAmountMaxHundredths, "revenue", "营收超出范围");
  v.check(r.employees >= 0 && r.employees <= kEmployeesMax, "employees", "从业人数超出范围");
  if (r.state == OperatingState::Other) v.required("difficulties", "经营情况说明", r.difficulties);
  v.maxChars("difficulties", "主要困难", r.difficulties, kDifficultiesMax);
}

}  // namespace

std::string_view operatingStateKey(OperatingState state) { return vocabularyKey(kOperatingStates, state); }
std::string_view operatingStateLabel(OperatingState state) { return vocabularyLabel(kOperatingStates, state); }
std::optional<OperatingState> operatingStateFromKey(std::string_view key) { return vocabularyFromKey(kOperatingStates, key); }

Status validateOperatingStatus(const OperatingStatusReport& report, Date today) {
  FieldValidator v;
  checkReport(v, report, today);
  return v.status();
}

Result<long long> parseAmountWanYuan(std::string_view text, std::string_view field, std::string_view label) {
  auto fail = [&](std::string message) { return DomainError::invalid({{std::string(field), std::move(message)}}); };
  if (isBlank(text)) return fail("请填写" + std::string(label));
  long long whole = 0;
  long long fraction = 0;
  int fractionDigits = 0;
  bool point = false;
  int wholeDigits = 0;
  for (char c : text) {
    if (c == '.' && !point) {
      point = true;
    } else if (c >= '0' && c <= '9') {
      if (point) {
        if (++fractionDigits > 2) return fail(std::string(label) + "最多保留两位小数");
        fraction = fraction * 10 + (c - '0');
      } else {
        if (++wholeDigits > 11) return fail(std::string(label) + "超出范围");
        whole = whole * 10 + (c - '0');
      }
    } else {
      return fail(std::string(label) + "应为数字（单位：万元）");
    }
  }
  if (wholeDigits == 0) return fail(std::string(label) + "应为数字（单位：万元）");
  if (fractionDigits == 1) fraction *= 10;
  const long long value = whole * 100 + fraction;
  if (value > kAmountMaxHundredths) return fail(std::string(label) + "超出范围");
  return value;
}

std::string formatAmountWanYuan(long long hundredths) {
  const bool negative = hundredths < 0;
  const long long v = negative ? -hundredths : hundredths;
  std::string s = (negative ? "-" : "") + std::to_string(v / 100);
  const long long f = v % 100;
  if (f != 0) {
    s += '.';
    s += static_cast<char>('0' + f / 10);
    if (f % 10 != 0) s += static_cast<char>('0' + f % 10);
  }
  return s;
}

Result<OperatingStatusReport> operatingStatusFromForm(const OperatingStatusForm& form, Date today) {
  FieldValidator v;
  OperatingStatusReport r;
  if (auto month = YearMonth::parse(form.month)) {
    r.month = month.value();
  } else {
    for (const auto& e : month.error().fields) v.add(e);
  }
  if (form.state) {
    r.state = *form.state;
  } else {
    v.check(false, "state", "请选择经营状态");
  }
  if (auto a = parseAmountWanYuan(form.outputValue, "output_value", "产值")) {
    r.outputValue = a.value();
  } else {
    for (const auto& e : a.error().fields) v.add(e);
  }
  if (auto a = parseAmountWanYuan(form.revenue, "revenue", "营收")) {
    r.revenue = a.value();
  } else {
    for (const auto& e : a.error().fields) v.add(e);
  }
  if (isBlank(form.employees)) {
    v.check(false, "employees", "请填写从业人数");
  } else {
    bool digitsOnly = form.employees.size() <= 7;
    long long n = 0;
    for (char c : form.employees) {
      if (c < '0' || c > '9') digitsOnly = false;
      else n = n * 10 + (c - '0');
    }
    v.check(digitsOnly, "employees", "从业人数应为整数");
    if (digitsOnly) r.employees = static_cast<int>(n);
  }
  r.difficulties = form.difficulties;
  // Range rules only for fields that parsed, so one field never gets two messages.
  FieldValidator rules;
  checkReport(rules, r, today);
  for (const auto& e : rules.errors()) {
    if (!v.hasError(e.field)) v.add(e);
  }
  if (auto s = v.status(); !s) return s.error();
  return r;
}

std::vector<YearMonth> missingOperatingMonths(const std::vector<YearMonth>& reported, Date today) {
  std::vector<YearMonth> missing;
  const YearMonth current = YearMonth::of(today);
  for (int back = kOperatingMonthsOwed; back >= 1; --back) {
    const YearMonth m = current.minusMonths(back);
    bool found = false;
    for (const auto& r : reported) found = found || r == m;
    if (!found) missing.push_back(m);
  }
  return missing;
}

OperatingReminder operatingReminderDue(const HolidayCalendar& calendar, Date today) {
  const auto index = workingDayIndexInMonth(calendar, today);
  if (!index) return OperatingReminder::None;
  if (*index == kOperatingReminderWorkingDay) return OperatingReminder::Enterprise;
  if (*index == kOperatingReminderWorkingDay + kOperatingCadreReminderDelay) return OperatingReminder::Cadre;
  return OperatingReminder::None;
}

std::string operatingReminderText(OperatingReminder who, YearMonth missing, int enterpriseCount) {
  switch (who) {
    case OperatingReminder::None:
      return {};
    case OperatingReminder::Enterprise:
      return "贵企业" + missing.label() + "经营状况尚未填报，请登录十堰亲清企业服务信息平台在“企业信息”中填报。";
    case OperatingReminder::Cadre:
      return "您包联的" + std::to_string(enterpriseCount) + "家企业" + missing.label() +
             "经营状况尚未填报，请登录平台在“包联企业”中督促或代为填报。";
  }
  return {};
}

std::vector<OperatingTrendPoint> operatingTrend(const std::vector<OperatingStatusReport>& reports, YearMonth last,
                                                int months) {
  std::vector<OperatingTrendPoint> points;
  for (int back = months - 1; back >= 0; --back) {
    OperatingTrendPoint p{last.minusMonths(back), std::nullopt, std::nullopt};
    for (const auto& r : reports) {
      if (r.month == p.month) {
        p.outputValue = r.outputValue;
        p.employees = r.employees;
      }
    }
    points.push_back(p);
  }
  return points;
}

long long niceAxisMax(long long value) {
  if (value <= 0) return 1;
  long long magnitude = 1;
  while (magnitude * 10 <= value) magnitude *= 10;
  for (long long step : {1LL, 2LL, 5LL, 10LL}) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

}  // namespace qinqing::domain
