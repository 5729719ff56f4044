// 联系记录 (notice §6): every contact a liaison cadre has with an enterprise is logged, so 包联企业 can
// show who has not been contacted this month and the cadre is reminded once near the month's end.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

enum class ContactWay {
  Visit,      // 走访
  Phone,      // 电话
  WeChat,     // 微信
  Symposium,  // 座谈会
  Other,      // 其他
};
inline constexpr std::array<ContactWay, 5> kAllContactWays = {ContactWay::Visit, ContactWay::Phone, ContactWay::WeChat,
                                                               ContactWay::Symposium, ContactWay::Other};
std::string_view contactWayKey(ContactWay way);    // "visit", "phone", "wechat", "symposium", "other"
std::string_view contactWayLabel(ContactWay way);  // 走访 …
std::optional<ContactWay> contactWayFromKey(std::string_view key);

inline constexpr std::size_t kContactSummaryMax = 2000;
inline constexpr std::size_t kContactFollowUpMax = 1000;
// A contact may be logged late, but not more than this many days after it happened.
inline constexpr int kContactBackdateDays = 90;
// The reminder goes out on the first of the month's last this-many working days.
inline constexpr int kContactReminderLastWorkingDays = 5;

struct ContactEntry {
  Date date;
  ContactWay way = ContactWay::Visit;
  std::string summary;   // 沟通内容
  std::string followUp;  // 后续跟进 (optional)
  bool operator==(const ContactEntry&) const = default;
};

// Every problem at once (fields date, way, summary, follow_up): not after today, not more than
// kContactBackdateDays before it; what was discussed is required; both texts within their limits.
Status validateContact(const ContactEntry& entry, Date today);

// Whether a contact on `last` (none: never) counts for today's calendar month.
bool contactedThisMonth(std::optional<Date> last, Date today);

// Today is the day the cadre gets the one SMS listing the enterprises not yet contacted this month:
// the first of the month's last kContactReminderLastWorkingDays working days.
bool isContactReminderDay(const HolidayCalendar& calendar, Date today);

// The reminder text: up to three names, then "等 N 家".
std::string contactReminderText(const std::vector<std::string>& enterpriseNames);

}  // namespace qinqing::domain
