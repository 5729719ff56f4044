#include "util/clock.hpp"

#include "qinqing/time/instant.hpp"

namespace qinqing::backend {

Clock systemClock() {
  return [] { return std::chrono::system_clock::now(); };
}

long long toUnixSeconds(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

TimePoint fromUnixSeconds(long long seconds) { return TimePoint{std::chrono::seconds{seconds}}; }

// The shared library owns the CST rendering, so server and client print times identically.
std::string formatChinaTime(long long unixSeconds) {
  return domain::formatChinaTime(domain::Instant::fromUnixSeconds(unixSeconds));
}

std::string formatChinaTime(TimePoint t) { return formatChinaTime(toUnixSeconds(t)); }

}  // namespace qinqing::backend
