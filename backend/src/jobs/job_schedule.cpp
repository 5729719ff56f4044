#include "jobs/job_schedule.hpp"

#include <cstdio>
#include <stdexcept>

#include "qinqing/time/instant.hpp"

namespace qinqing::backend::jobs {
namespace {

constexpr long long kScheduleDay = 86400;

}  // namespace

JobSchedule JobSchedule::everyMinutes(int minutes) {
  if (minutes < 1 || minutes > 1440) throw std::invalid_argument("JobSchedule::everyMinutes: 1..1440");
  JobSchedule s;
  s.kind = Kind::EveryMinutes;
  s.minutes = minutes;
  return s;
}

JobSchedule JobSchedule::dailyAt(int hour, int minute) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) throw std::invalid_argument("JobSchedule::dailyAt: HH:MM");
  JobSchedule s;
  s.kind = Kind::DailyAt;
  s.hour = hour;
  s.minute = minute;
  return s;
}

std::string describeSchedule(const JobSchedule& s) {
  if (s.kind == JobSchedule::Kind::DailyAt) {
    char text[32];
    std::snprintf(text, sizeof text, "每天 %02d:%02d", s.hour, s.minute);
    return text;
  }
  if (s.minutes == 60) return "每小时";
  if (s.minutes % 60 == 0) return "每 " + std::to_string(s.minutes / 60) + " 小时";
  return "每 " + std::to_string(s.minutes) + " 分钟";
}

long long nextRunAfter(const JobSchedule& s, long long after) {
  const auto instant = domain::Instant::fromUnixSeconds(after);
  const long long midnight = domain::startOfLocalDay(domain::localDate(instant)).unixSeconds();
  const long long intoDay = after - midnight;
  if (s.kind == JobSchedule::Kind::DailyAt) {
    const long long at = s.hour * 3600LL + s.minute * 60LL;
    return intoDay < at ? midnight + at : midnight + kScheduleDay + at;
  }
  const long long step = s.minutes * 60LL;
  const long long next = (intoDay / step + 1) * step;
  return next < kScheduleDay ? midnight + next : midnight + kScheduleDay;
}

}  // namespace qinqing::backend::jobs
