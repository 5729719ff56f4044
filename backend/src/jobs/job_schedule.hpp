// When a scheduled job runs: every N minutes (slots counted from midnight China Standard Time, so
// "every 5 minutes" runs at :00, :05, :10 …) or daily at HH:MM CST. Pure functions of Unix seconds,
// tested without a clock or a thread.
#pragma once

#include <string>

namespace qinqing::backend::jobs {

struct JobSchedule {
  enum class Kind { EveryMinutes, DailyAt };
  Kind kind = Kind::EveryMinutes;
  int minutes = 60;  // EveryMinutes: 1..1440
  int hour = 0;      // DailyAt: 0..23, CST
  int minute = 0;    // DailyAt: 0..59

  // Throw std::invalid_argument outside the ranges above (a programmer error at registration).
  static JobSchedule everyMinutes(int minutes);
  static JobSchedule dailyAt(int hour, int minute);
};

// 每 5 分钟 / 每小时 / 每 2 小时 / 每天 08:30.
std::string describeSchedule(const JobSchedule& schedule);

// The first slot strictly after `after`. EveryMinutes slots are midnight CST + k·N minutes within
// each day (a day's last slot is followed by the next midnight when N does not divide the day).
long long nextRunAfter(const JobSchedule& schedule, long long after);

}  // namespace qinqing::backend::jobs
