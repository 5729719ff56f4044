#include "qinqing/relation/contact_log.hpp"

#include "qinqing/calendar/month_working_days.hpp"
#include "qinqing/core/vocabulary.hpp"
#include "qinqing/time/period.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<ContactWay, 5> kWays = {{
    {ContactWay::Visit, "visit", "走访"},
    {ContactWay::Phone, "phone", "电话"},
    {ContactWay::WeChat, "wechat", "微信"},
    {ContactWay::Symposium, "symposium", "座谈会"},
    {ContactWay::Other, "other", "其他"},
}};

}  // namespace

std::string_view contactWayKey(ContactWay way) { return vocabularyKey(kWays, way); }
std::string_view contactWayLabel(ContactWay way) { return vocabularyLabel(kWays, way); }
std::optional<ContactWay> contactWayFromKey(std::string_view key) { return vocabularyFromKey(kWays, key); }

Status validateContact(const ContactEntry& entry, Date today) {
  FieldValidator v;
  v.check(entry.date <= today, "date", "联系日期不能晚于今天");
  v.check(daysBetween(entry.date, today) <= kContactBackdateDays, "date",
          "只能登记" + std::to_string(kContactBackdateDays) + "天内的联系");
  v.required("summary", "沟通内容", entry.summary).maxChars("summary", "沟通内容", entry.summary, kContactSummaryMax);
  v.maxChars("follow_up", "后续跟进", entry.followUp, kContactFollowUpMax);
  return v.status();
}

bool contactedThisMonth(std::optional<Date> last, Date today) {
  return last && YearMonth::of(*last) == YearMonth::of(today) && *last <= today;
}

bool isContactReminderDay(const HolidayCalendar& calendar, Date today) {
  const auto day = nthLastWorkingDayOfMonth(calendar, YearMonth::of(today), kContactReminderLastWorkingDays);
  return day && *day == today;
}

std::string contactReminderText(const std::vector<std::string>& enterpriseNames) {
  std::string names;
  for (std::size_t i = 0; i < enterpriseNames.size() && i < 3; ++i) {
    if (i > 0) names += "、";
    names += enterpriseNames[i];
  }
  if (enterpriseNames.size() > 3) names += "等";
  return "您本月尚有" + std::to_string(enterpriseNames.size()) + "家包联企业未登记联系（" + names +
         "），请于月底前联系并在平台“联系记录”中登记。";
}

}  // namespace qinqing::domain
