// The server's view of "now" and how it writes times.
// Everything that compares times (session expiry, login lockout) asks a Clock instead of reading
// system_clock directly, so tests can move time forward without sleeping.
// Times are stored in SQLite as Unix seconds (cheap to compare and index) and shown to people as
// ISO 8601 in China Standard Time (+08:00; China has no daylight saving time).
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace qinqing::backend {

using TimePoint = std::chrono::system_clock::time_point;
using Clock = std::function<TimePoint()>;

// The real clock.
Clock systemClock();

long long toUnixSeconds(TimePoint t);
TimePoint fromUnixSeconds(long long seconds);

// 2026-05-01T09:30:00+08:00. Never fails; seconds precision.
std::string formatChinaTime(TimePoint t);
std::string formatChinaTime(long long unixSeconds);

}  // namespace qinqing::backend
