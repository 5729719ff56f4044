#include "petition/petition_reminder_job.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <vector>

#include "petition/petition_notifier.hpp"
#include "petition/petition_repository.hpp"
#include "petition/petition_service.hpp"
#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_notices.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;

struct DueClock {
  long long clockId = 0;
  long long petitionId = 0;
  d::ClockKind kind = d::ClockKind::Review;
  d::Date dueDate;
};

std::vector<DueClock> openClocksDueBy(SQLite::Database& c, const std::string& today) {
  SQLite::Statement s(c,
                      "SELECT id, petition_id, kind, COALESCE(extended_due_date, due_date) FROM petition_clocks "
                      "WHERE finished_at IS NULL AND COALESCE(extended_due_date, due_date) <= ? ORDER BY id");
  s.bind(1, today);
  std::vector<DueClock> out;
  while (s.executeStep()) {
    auto kind = d::clockKindFromKey(s.getColumn(2).getString());
    auto due = d::Date::parseIso(s.getColumn(3).getString());
    if (!kind || !due.ok()) continue;
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), *kind, due.value()});
  }
  return out;
}

bool isRatingClock(d::ClockKind kind) { return kind == d::ClockKind::Rating || kind == d::ClockKind::SecondRating; }

// The party that must act while the clock runs.
d::NoticeTarget responsibleTarget(d::ClockKind kind) {
  switch (kind) {
    case d::ClockKind::Review: return d::NoticeTarget::Cadre;
    case d::ClockKind::Dispatch:
    case d::ClockKind::AppealDecision: return d::NoticeTarget::Dispatchers;
    case d::ClockKind::Rating:
    case d::ClockKind::SecondRating: return d::NoticeTarget::Enterprise;
    default: return d::NoticeTarget::Handler;
  }
}

struct Tally {
  int dueToday = 0;
  int overdue = 0;
  int escalated = 0;
  int expired = 0;
};

// One reminder the pass decided to send.
struct Reminder {
  DueClock clock;
  std::string kind;  // due_today | overdue | escalated
  d::NoticeTarget target = d::NoticeTarget::Handler;
  std::string text;
};

// Writes one reminder unless it went out today already (petition_reminders), with its SMS and
// timeline entry, on the caller's transaction. Returns whether it was sent.
bool remind(SQLite::Database& c, const Reminder& r, const std::string& today, long long now) {
  SQLite::Statement mark(c, "INSERT OR IGNORE INTO petition_reminders (clock_id, kind, sent_on, sent_at) VALUES (?, ?, ?, ?)");
  mark.bind(1, static_cast<int64_t>(r.clock.clockId));
  mark.bind(2, r.kind);
  mark.bind(3, today);
  mark.bind(4, static_cast<int64_t>(now));
  if (mark.exec() == 0) return false;  // already sent today
  PetitionRepository repo(c);
  auto row = repo.find(r.clock.petitionId, db::SqlCondition{});
  if (!row) return false;
  notifyText(c, *row, r.target, r.text, now);
  const std::string copied = r.target == d::NoticeTarget::Dispatchers ? "（已抄送分办员）" : "";
  repo.insertEvent({row->id, now, "reminder", std::nullopt, "系统", "", row->state, row->state,
                    std::string(d::clockKindLabel(r.clock.kind)) + "环节" +
                        (r.kind == "due_today" ? "今日到期，已短信提醒" : "已逾期，已短信提醒") + copied,
                    "{}"});
  return true;
}

std::string companyOf(SQLite::Database& c, long long petitionId) {
  SQLite::Statement s(c, "SELECT e.name FROM petitions p JOIN enterprises e ON e.id = p.enterprise_id WHERE p.id = ?");
  s.bind(1, static_cast<int64_t>(petitionId));
  return s.executeStep() ? s.getColumn(0).getString() : std::string();
}

// Reminders commit in batches: each is whole by itself (its mark, SMS and timeline entry commit
// together), and a batch costs one durable commit instead of one per reminder.
constexpr std::size_t kBatch = 200;

}  // namespace

std::string runPetitionReminders(db::Database& database, calendar::CalendarService& calendar,
                                 PetitionCountCache& counts, long long now) {
  const d::Date todayDate = d::localDate(d::Instant::fromUnixSeconds(now));
  const std::string today = todayDate.toIso();
  const auto clocks = database.read([&](SQLite::Database& c) { return openClocksDueBy(c, today); });
  Tally tally;
  PetitionService service(database, calendar, [now] { return fromUnixSeconds(now); }, counts);
  const bool workingDay = calendar.read([&](const d::HolidayCalendar& cal) { return cal.isWorkingDay(todayDate); });
  std::vector<Reminder> reminders;
  for (const auto& clock : clocks) {
    const auto status = calendar.read([&](const d::HolidayCalendar& cal) {
      return d::deadlineStatus(cal, clock.dueDate, d::Instant::fromUnixSeconds(now));
    });
    // 未评价: the rating window ended; the petition closes and is never counted as satisfied.
    if (isRatingClock(clock.kind) && status.state == d::DeadlineState::Overdue) {
      if (service.expireRating(clock.petitionId)) ++tally.expired;
      continue;
    }
    if (!workingDay || status.state == d::DeadlineState::Normal) continue;
    const int overdueDays = status.state == d::DeadlineState::Overdue ? status.workingDaysOverdue : 0;
    const auto target = responsibleTarget(clock.kind);
    if (status.state == d::DeadlineState::DueToday) {
      reminders.push_back({clock, "due_today", target, ""});
      continue;
    }
    reminders.push_back({clock, "overdue", target, ""});
    // Once a full working day has passed overdue (逾期满1个工作日: the second working day after the
    // due day) the dispatchers hear of it too.
    if (overdueDays >= 2 && target != d::NoticeTarget::Dispatchers) {
      reminders.push_back({clock, "escalated", d::NoticeTarget::Dispatchers, ""});
    }
  }
  for (std::size_t from = 0; from < reminders.size(); from += kBatch) {
    const std::size_t to = std::min(reminders.size(), from + kBatch);
    database.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      for (std::size_t i = from; i < to; ++i) {
        Reminder& r = reminders[i];
        const auto status = calendar.read([&](const d::HolidayCalendar& cal) {
          return d::deadlineStatus(cal, r.clock.dueDate, d::Instant::fromUnixSeconds(now));
        });
        r.text = d::smsReminder(companyOf(c, r.clock.petitionId), r.clock.kind,
                                status.state == d::DeadlineState::Overdue ? status.workingDaysOverdue : 0);
        if (!remind(c, r, today, now)) continue;
        if (r.kind == "due_today") ++tally.dueToday;
        else if (r.kind == "overdue") ++tally.overdue;
        else ++tally.escalated;
      }
      tx.commit();
    });
  }
  if (tally.dueToday + tally.overdue + tally.escalated > 0) counts.invalidate();
  std::string summary = "检查到期环节 " + std::to_string(clocks.size()) + " 个：今日到期提醒 " +
                        std::to_string(tally.dueToday) + " 条，逾期提醒 " + std::to_string(tally.overdue) +
                        " 条，抄送分办员 " + std::to_string(tally.escalated) + " 条，未评价销号 " +
                        std::to_string(tally.expired) + " 件";
  if (!workingDay) summary += "（今日非工作日，不发提醒）";
  return summary;
}

jobs::JobDefinition petitionReminderJob(calendar::CalendarService& calendar, PetitionCountCache& counts) {
  return {"petition.reminders", "诉求到期提醒",
          "工作日上午9时提醒当日到期的环节；逾期后每个工作日重复提醒，逾期满1个工作日抄送分办员；评价期满未评价的诉求按未评价销号。",
          jobs::JobSchedule::dailyAt(9, 0),
          [&calendar, &counts](db::Database& database, long long now) {
            return runPetitionReminders(database, calendar, counts, now);
          }};
}

}  // namespace qinqing::backend::petition
