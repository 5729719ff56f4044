// The calendar shipped with the program, assets/calendar/cn_calendar.json (the State Council's
// arrangements 2019–2026, wire::parseCalendar's form). The server loads it into an empty database
// on first start; `qinqing due-date` without --data computes with it directly.
//
// Where it is found when no --calendar FILE is given, first match wins:
//   1. <exe dir>/../assets/calendar/cn_calendar.json — the copy the build puts in build/assets/, so
//      build/{bin,web,assets} can be deployed side by side as one directory;
//   2. <exe dir>/../../assets/calendar/cn_calendar.json — the repository's own file, for a
//      build/bin/qinqing run inside a checkout whose build/assets copy is missing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::backend::calendar {

// The two default locations above, for an executable in exeDir, in lookup order.
std::vector<std::filesystem::path> shippedCalendarCandidates(const std::filesystem::path& exeDir);

// The first default location that exists, for the running executable.
std::optional<std::filesystem::path> findShippedCalendar();

struct CalendarFile {
  std::filesystem::path path;
  domain::HolidayCalendar calendar;
  std::string sha256;  // of the file's bytes, recorded in the audit log when it is loaded
};

// Reads and decodes a calendar file. Errors: InvalidInput — the file cannot be read ("无法读取…"),
// or its content is not a valid calendar (every field error of wire::parseCalendar).
domain::Result<CalendarFile> readCalendarFile(const std::filesystem::path& path);

}  // namespace qinqing::backend::calendar
