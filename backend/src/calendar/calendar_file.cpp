#include "calendar/calendar_file.hpp"

#include <fstream>
#include <sstream>

#include "qinqing/wire/calendar_json.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace qinqing::backend::calendar {

std::vector<std::filesystem::path> shippedCalendarCandidates(const std::filesystem::path& exeDir) {
  const std::filesystem::path relative = std::filesystem::path("assets") / "calendar" / "cn_calendar.json";
  return {(exeDir / ".." / relative).lexically_normal(), (exeDir / ".." / ".." / relative).lexically_normal()};
}

std::optional<std::filesystem::path> findShippedCalendar() {
  for (const auto& candidate : shippedCalendarCandidates(executableDirectory())) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
  }
  return std::nullopt;
}

domain::Result<CalendarFile> readCalendarFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!in || !(text << in.rdbuf())) {
    return domain::DomainError::of(domain::ErrorCode::InvalidInput, "无法读取节假日数据文件 " + path.string());
  }
  const std::string bytes = text.str();
  auto calendar = wire::parseCalendar(bytes);
  if (!calendar) {
    auto error = calendar.error();
    error.message = "节假日数据文件 " + path.string() + " 有误：" + error.message;
    return error;
  }
  return CalendarFile{path, std::move(calendar).value(), sha256Hex(bytes)};
}

}  // namespace qinqing::backend::calendar
