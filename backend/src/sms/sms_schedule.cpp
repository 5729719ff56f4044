#include "sms/sms_schedule.hpp"

#include <atomic>

namespace qinqing::backend::sms {
namespace {

constexpr long long kScheduleDaySeconds = 86400;
constexpr long long kScheduleHourSeconds = 3600;
constexpr long long kChinaOffset = 8 * kScheduleHourSeconds;  // CST = UTC+8 all year

// Seconds since local (CST) midnight; correct for instants before 1970 too.
long long secondOfChinaDay(long long unixSeconds) {
  const long long local = unixSeconds + kChinaOffset;
  return ((local % kScheduleDaySeconds) + kScheduleDaySeconds) % kScheduleDaySeconds;
}

// Set once before the sender starts; atomic so a test process that builds servers one after another
// never races the previous server's threads.
std::atomic<bool> gQuietHoursEnabled{true};

}  // namespace

void setQuietHoursEnabled(bool enabled) { gQuietHoursEnabled.store(enabled); }
bool quietHoursEnabled() { return gQuietHoursEnabled.load(); }

bool inQuietHours(long long unixSeconds) {
  if (!quietHoursEnabled()) return false;
  const long long s = secondOfChinaDay(unixSeconds);
  return s >= kQuietHoursStart * kScheduleHourSeconds || s < kQuietHoursEnd * kScheduleHourSeconds;
}

long long earliestSendTime(SmsKind kind, long long unixSeconds) {
  if (kind == SmsKind::Code || !inQuietHours(unixSeconds)) return unixSeconds;
  const long long s = secondOfChinaDay(unixSeconds);
  const long long untilMorning = s < kQuietHoursEnd * kScheduleHourSeconds ? kQuietHoursEnd * kScheduleHourSeconds - s
                                                            : kScheduleDaySeconds - s + kQuietHoursEnd * kScheduleHourSeconds;
  return unixSeconds + untilMorning;
}

std::optional<long long> retryDelaySeconds(int attemptsMade) {
  if (attemptsMade >= kMaxSmsAttempts) return std::nullopt;
  long long delay = kFirstRetryDelaySeconds;
  for (int i = 1; i < attemptsMade && delay < kMaxRetryDelaySeconds; ++i) delay *= 2;
  return delay < kMaxRetryDelaySeconds ? delay : kMaxRetryDelaySeconds;
}

}  // namespace qinqing::backend::sms
