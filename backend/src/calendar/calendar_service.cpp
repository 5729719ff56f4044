#include "calendar/calendar_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "calendar/calendar_file.hpp"
#include "calendar/calendar_text.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/calendar_json.hpp"
#include "repositories/audit_repository.hpp"
#include "startup.hpp"

namespace qinqing::backend::calendar {
namespace {

using domain::Date;
using domain::HolidayCalendar;

// Before/after of a year for the audit log: null while the year was provisional.
std::optional<std::string> yearJson(const HolidayCalendar& calendar, int year) {
  if (calendar.isProvisional(year)) return std::nullopt;
  return wire::yearArrangementToJson(calendar.arrangement(year)).dump();
}

std::string dayJson(const HolidayCalendar& calendar, Date day) {
  const auto info = calendar.describe(day);
  return nlohmann::json{{"date", day.toIso()},
                        {"kind", wire::dayKindKey(info.kind)},
                        {"name", std::string(info.holidayName)}}
      .dump();
}

std::string dayReason(Date day, const wire::DayEdit& edit) {
  const std::string prefix = "工作日历调整：" + day.toIso() + " ";
  switch (edit.kind) {
    case wire::DayEditKind::Holiday: return prefix + "改为节假日（" + edit.name + "）";
    case wire::DayEditKind::Workday: return prefix + "改为工作日";
    case wire::DayEditKind::Clear: return prefix + "恢复常规（" + std::string(weekdayText(day)) + "）";
  }
  return prefix;
}

audit::AuditEntry changeEntry(audit::AuditAction action, std::string objectType, std::string objectId,
                              const audit::AuditActor& actor) {
  return audit::entryOf(actor, 0, action, std::move(objectType), std::move(objectId));  // at: set when committed
}

}  // namespace

CalendarService::CalendarService(db::Database& database, const DeadlineRecomputers& recomputers, Clock clock)
    : m_db(database), m_recomputers(recomputers), m_clock(std::move(clock)) {}

long long CalendarService::nowUnix() const { return toUnixSeconds(m_clock()); }

StartReport CalendarService::start(const std::optional<std::filesystem::path>& shippedFile) {
  StartReport report;
  const bool empty = m_db.read([](SQLite::Database& c) { return CalendarRepository(c).empty(); });
  if (empty) {
    // A silent start without holidays would count 国庆 as working days: refuse instead.
    if (!shippedFile) {
      throw StartupError("数据库中还没有工作日历，且找不到节假日数据文件 cn_calendar.json；请用 --calendar 指定该文件",
                         "the database has no working-day calendar yet and cn_calendar.json was not found; "
                         "give it with --calendar FILE",
                         kExitStartupFailure);
    }
    auto file = readCalendarFile(*shippedFile);
    if (!file) {
      const auto& e = file.error();
      std::string details = e.message;
      if (!e.fields.empty()) details += "（" + e.fields.front().field + "：" + e.fields.front().message + "）";
      throw StartupError(details, "cannot load the calendar file " + shippedFile->string(), kExitStartupFailure);
    }
    const long long now = nowUnix();
    report.loadedShippedFile = m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      CalendarRepository calendars(c);
      if (!calendars.empty()) return false;  // another process loaded it meanwhile
      const auto years = file.value().calendar.arrangedYears();
      for (int year : years) calendars.writeYear(file.value().calendar.arrangement(year), CalendarSource::Shipped, now);
      auto entry = changeEntry(audit::AuditAction::CalendarLoaded, "calendar", "", audit::systemActor());
      entry.at = now;
      entry.afterJson = nlohmann::json{{"file", shippedFile->filename().string()},
                                       {"sha256", file.value().sha256},
                                       {"years", years}}
                            .dump();
      AuditRepository(c).append(entry);
      tx.commit();
      return true;
    });
    if (report.loadedShippedFile) report.file = *shippedFile;
  }
  HolidayCalendar loaded;
  try {
    loaded = m_db.read([](SQLite::Database& c) { return CalendarRepository(c).load(); });
  } catch (const std::runtime_error& e) {
    throw StartupError(std::string("数据库中的工作日历有误：") + e.what(), e.what(), kExitStartupFailure);
  }
  report.years = loaded.arrangedYears();
  std::unique_lock lock(m_mutex);
  m_calendar = std::move(loaded);
  return report;
}

domain::Result<ChangeOutcome> CalendarService::replaceYear(const domain::YearArrangement& arrangement,
                                                           const audit::AuditActor& actor) {
  std::lock_guard edit(m_editMutex);
  // Only changes write m_calendar, and they hold m_editMutex: reading it here needs no shared lock.
  HolidayCalendar next = m_calendar;
  if (auto status = next.setYear(arrangement); !status) return status.error();
  const int year = arrangement.year;
  const bool first = m_calendar.isProvisional(year);
  auto entry = changeEntry(audit::AuditAction::CalendarYearReplaced, "calendar_year", std::to_string(year), actor);
  entry.beforeJson = yearJson(m_calendar, year);
  entry.afterJson = yearJson(next, year);
  std::string reason = "工作日历调整：" + std::string(first ? "载入" : "重新导入") + std::to_string(year) + "年节假日安排";
  return commit({std::move(next), year, CalendarSource::Import, std::move(entry), std::move(reason)});
}

domain::Result<ChangeOutcome> CalendarService::editDay(Date day, const wire::DayEdit& edit,
                                                       const audit::AuditActor& actor) {
  std::lock_guard guard(m_editMutex);
  HolidayCalendar next = m_calendar;
  domain::Status status = domain::Ok{};
  switch (edit.kind) {
    case wire::DayEditKind::Holiday: status = next.setHoliday(day, edit.name); break;
    case wire::DayEditKind::Workday: status = next.setWorkday(day); break;
    case wire::DayEditKind::Clear: status = next.clearDay(day); break;
  }
  if (!status) return status.error();
  auto entry = changeEntry(audit::AuditAction::CalendarDayChanged, "calendar_day", day.toIso(), actor);
  entry.beforeJson = dayJson(m_calendar, day);
  entry.afterJson = dayJson(next, day);
  return commit({std::move(next), day.year(), CalendarSource::DayEdit, std::move(entry), dayReason(day, edit)});
}

ChangeOutcome CalendarService::commit(PendingChange change) {
  const long long now = nowUnix();
  change.entry.at = now;
  CalendarChange event{m_calendar, change.next, changedWorkingDays(m_calendar, change.next, change.year),
                       change.reason, now, change.entry.actor};
  ChangeOutcome outcome{change.year, 0};
  HolidayCalendar rebuilt = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    CalendarRepository calendars(c);
    calendars.writeYear(change.next.arrangement(change.year), change.source, now);
    AuditRepository(c).append(change.entry);
    outcome.deadlinesMoved = m_recomputers.recomputeAll(c, event);
    tx.commit();
    // Rebuilt from what was stored, so memory can never drift from the record.
    return calendars.load();
  });
  std::unique_lock lock(m_mutex);
  m_calendar = std::move(rebuilt);
  return outcome;
}

wire::CalendarStatus CalendarService::status() const {
  const Date today = domain::localDate(domain::Instant::fromUnixSeconds(nowUnix()));
  return read([today](const HolidayCalendar& calendar) { return calendarStatus(calendar, today); });
}

wire::CalendarStatus calendarStatus(const HolidayCalendar& calendar, Date today) {
  wire::CalendarStatus status;
  for (int year : {today.year(), today.year() + 1}) {
    if (calendar.isProvisional(year)) status.provisionalYears.push_back(year);
  }
  status.nextYearWarning = today.month() >= 11 && calendar.isProvisional(today.year() + 1);
  return status;
}

}  // namespace qinqing::backend::calendar
