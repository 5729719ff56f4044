// Throughput of the deadline engine on the real calendar: due dates 15 working days after start
// dates spread over 2019–2026, with the explanation trail (dueAfterWorkingDays) and without it
// (addWorkingDays). Prints computations per second. Not a test: run it by hand, natively and
// under node (node --no-experimental-fetch bench_due_date.js).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "qinqing/calendar/due_date.hpp"
#include "qinqing/wire/calendar_json.hpp"

using namespace qinqing::domain;

namespace {

// Best of five rounds of about 0.4 s each: the build machine is shared, and the best round is the
// one least disturbed by other processes.
template <typename Fn>
void measure(const char* label, Fn&& compute) {
  using Clock = std::chrono::steady_clock;
  const std::int32_t first = daysFromCivil(2019, 1, 1);
  const std::int32_t span = daysFromCivil(2026, 12, 1) - first;
  double best = 0;
  long long checksum = 0;
  long long total = 0;
  for (int round = 0; round < 5; ++round) {
    long long iterations = 0;
    const auto start = Clock::now();
    double seconds = 0;
    while (seconds < 0.4) {
      for (int i = 0; i < 5000; ++i, ++iterations) {
        checksum += compute(Date::fromDayNumber(first + static_cast<std::int32_t>((total + iterations) % span)));
      }
      seconds = std::chrono::duration<double>(Clock::now() - start).count();
    }
    total += iterations;
    if (iterations / seconds > best) best = iterations / seconds;
  }
  std::printf("%-40s %12.0f /s  (best of 5 rounds; checksum %lld)\n", label, best, checksum);
}

}  // namespace

int main() {
  std::ifstream in(QINQING_CALENDAR_FILE, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto calendar = qinqing::wire::parseCalendar(text.str());
  if (!calendar.ok()) {
    std::fprintf(stderr, "cannot load %s: %s\n", QINQING_CALENDAR_FILE, calendar.error().message.c_str());
    return 1;
  }
  const HolidayCalendar& cal = calendar.value();
  measure("dueAfterWorkingDays(15) with trail", [&](Date d) {
    const DueDate due = dueAfterWorkingDays(cal, d, 15);
    return static_cast<long long>(due.dueDate.dayNumber() + due.trail.size());
  });
  measure("addWorkingDays(15) without trail", [&](Date d) {
    return static_cast<long long>(addWorkingDays(cal, d, 15).date.dayNumber());
  });
  measure("dueAfterWorkingDays(1) with trail", [&](Date d) {
    return static_cast<long long>(dueAfterWorkingDays(cal, d, 1).dueDate.dayNumber());
  });
  return 0;
}
