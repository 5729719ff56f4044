// qinqing due-date --from WHEN --working-days N [--explain] [--data DIR | --calendar FILE]
//
// The deadline N working days after an event, by the same engine and the same input rules as
// GET /api/calendar/due-date, so the CLI, the API and the browser agree. The calendar is a
// deployment's database (--data: the calendar its server enforces, including administrators'
// edits) or the shipped cn_calendar.json (default, or --calendar FILE).
//
// stdout: the due date ("2020-10-28"); with --explain also the due instant and one line per day
// of the trail. stderr: a warning when the result is provisional. Exit 0, 1 (no usable calendar),
// 2 (bad input).
#include <iostream>
#include <memory>
#include <set>

#include "calendar/calendar_file.hpp"
#include "calendar/calendar_text.hpp"
#include "calendar/due_date_request.hpp"
#include "commands/commands.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "repositories/calendar_repository.hpp"
#include "startup.hpp"

namespace qinqing::backend {
namespace {

struct DueDateOptions {
  std::string from;
  std::string workingDays;
  bool explain = false;
  std::string data;
  std::string calendarFile;
};

constexpr int kCalendarSchemaVersion = 3;  // migration 3 created the calendar tables

domain::HolidayCalendar loadCalendar(const DueDateOptions& options) {
  if (!options.data.empty()) {
    auto db = openExistingReadOnly(options.data, kCalendarSchemaVersion);
    CalendarRepository calendars(*db);
    if (calendars.empty()) {
      throw StartupError("数据库中还没有工作日历（服务首次启动时载入）", "the database has no calendar yet",
                         kExitStartupFailure);
    }
    return calendars.load();
  }
  auto path = options.calendarFile.empty() ? calendar::findShippedCalendar()
                                           : std::optional<std::filesystem::path>(options.calendarFile);
  if (!path) {
    throw StartupError("找不到节假日数据文件 cn_calendar.json，请用 --calendar 指定", "cn_calendar.json not found",
                       kExitStartupFailure);
  }
  auto file = calendar::readCalendarFile(*path);
  if (!file) throw StartupError(file.error().message, "cannot load calendar file " + path->string(), kExitStartupFailure);
  return std::move(file).value().calendar;
}

void printExplanation(const domain::DueDate& due) {
  std::cout << "截止时间：" << domain::formatChinaTime(due.dueAt) << "（UTC " << domain::formatUtc(due.dueAt) << "）\n";
  for (const auto& day : due.trail) {
    std::cout << day.date.toIso() << " " << calendar::weekdayText(day.date) << " " << (day.counted ? "计入" : "不计")
              << " " << day.reason << "\n";
  }
}

int runDueDate(const DueDateOptions& options) {
  auto request = calendar::parseDueDateRequest(options.from, options.workingDays);
  if (!request) {
    for (const auto& f : request.error().fields) std::cerr << "--" << (f.field == "from" ? "from" : "working-days")
                                                           << "：" << f.message << "\n";
    return kExitUsage;
  }
  try {
    const domain::HolidayCalendar calendar = loadCalendar(options);
    const auto due = domain::dueAfterWorkingDays(calendar, request.value().from, request.value().workingDays);
    std::cout << due.dueDate.toIso() << "\n";
    if (options.explain) printExplanation(due);
    if (due.provisional) {
      std::set<int> years;
      for (const auto& day : due.trail) {
        if (day.date != due.from && calendar.isProvisional(day.date.year())) years.insert(day.date.year());
      }
      std::string list;
      for (int y : years) list += (list.empty() ? "" : "、") + std::to_string(y) + "年";
      std::cerr << "注意：" << list << "的节假日安排尚未载入，该期限仅按周末推算，安排公布后可能变动。\n";
    }
    return 0;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  }
}

}  // namespace

void addDueDateCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<DueDateOptions>();
  auto* cmd = app.add_subcommand("due-date", "计算 N 个工作日后的期限 / Compute the deadline N working days after an event");
  cmd->add_option("--from", options->from,
                  "事件日期或时间，如 2020-09-30 或 2020-09-30T16:30:00Z / Event date or instant with offset")
      ->required();
  cmd->add_option("--working-days", options->workingDays, "工作日数 1–2000 / Number of working days")->required();
  cmd->add_flag("--explain", options->explain, "逐日列出计算过程 / Print the day-by-day explanation");
  auto* data = cmd->add_option("--data", options->data,
                               "使用该数据目录数据库中的工作日历 / Use the calendar of this data directory's database");
  cmd->add_option("--calendar", options->calendarFile,
                  "节假日数据文件，默认为随程序发布的 cn_calendar.json / Calendar file (default: the shipped one)")
      ->excludes(data);
  cmd->callback([options, &exitCode] { exitCode = runDueDate(*options); });
}

}  // namespace qinqing::backend
