#include "petition/petition_reminder_job.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <vector>

#include "petition/petition_notifier.hpp"
#include "repositories/petition_repository.hpp"
#include "repositories/reminder_digest_repository.hpp"
#include "petition/petition_service.hpp"
#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/core/vocabulary.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_notices.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;

bool isRatingClock(d::ClockKind kind) { return kind == d::ClockKind::Rating || kind == d::ClockKind::SecondRating; }

struct Tally {
  int dueToday = 0;
  int overdue = 0;
  int escalated = 0;
  int expired = 0;
};

// What a reminder is about; the key is petition_reminders.kind (one of each a day per clock).
enum class ReminderKind { DueToday, Overdue, Escalated };
constexpr d::Vocabulary<ReminderKind, 3> kReminderKinds = {{
    {ReminderKind::DueToday, "due_today", "今日到期，已短信提醒"},
    {ReminderKind::Overdue, "overdue", "已逾期，已短信提醒"},
    {ReminderKind::Escalated, "escalated", "已逾期，已短信提醒"},
}};

// One reminder the pass decided to send.
struct Reminder {
  DueClockRow clock;
  ReminderKind kind = ReminderKind::DueToday;
  d::NoticeTarget target = d::NoticeTarget::Handler;
  std::string text;
};

// Writes one reminder unless it went out today already (petition_reminders), with its SMS and
// timeline entry, on the caller's transaction. Returns whether it was sent.
bool remind(SQLite::Database& c, const Reminder& r, const std::string& today, long long now) {
  PetitionRepository repo(c);
  if (!repo.markReminder(r.clock.clockId, d::vocabularyKey(kReminderKinds, r.kind), today, now)) {
    return false;  // already sent today
  }
  auto row = repo.find(r.clock.petitionId, db::SqlCondition{});
  if (!row) return false;
  // Issue 11: reminders are not texted one by one; each recipient's count goes into today's
  // digest (jobs/reminder_digest_job.hpp), one SMS per person a day. The text stays in the timeline.
  ReminderDigestRepository digests(c);
  const auto kind = r.kind == ReminderKind::DueToday ? ReminderItemKind::DueTodayPetitions : ReminderItemKind::OverduePetitions;
  for (const auto& mobile : mobilesOf(c, *row, r.target)) digests.addItem(today, mobile, kind, 1);
  const std::string copied = r.target == d::NoticeTarget::Dispatchers ? "（已抄送分办员）" : "";
  repo.insertEvent({row->id, now, std::string(d::petitionEventKindKey(d::PetitionEventKind::Reminder)), std::nullopt, "系统", "", row->state, row->state,
                    std::string(d::clockKindLabel(r.clock.kind)) + "环节" +
                        std::string(d::vocabularyLabel(kReminderKinds, r.kind)) + copied,
                    "{}"});
  return true;
}

// Reminders commit in batches: each is whole by itself (its mark, SMS and timeline entry commit
// together), and a batch costs one durable commit instead of one per reminder.
constexpr std::size_t kBatch = 200;

}  // namespace

std::string runPetitionReminders(db::Database& database, calendar::CalendarService& calendar,
                                 PetitionCountCache& counts, long long now) {
  const d::Date todayDate = d::localDate(d::Instant::fromUnixSeconds(now));
  const std::string today = todayDate.toIso();
  const auto clocks = database.read([&](SQLite::Database& c) { return PetitionRepository(c).openClocksDueBy(today); });
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
    const auto target = d::clockActor(clock.kind);
    if (status.state == d::DeadlineState::DueToday) {
      reminders.push_back({clock, ReminderKind::DueToday, target, ""});
      continue;
    }
    reminders.push_back({clock, ReminderKind::Overdue, target, ""});
    // Once a full working day has passed overdue (逾期满1个工作日: the second working day after the
    // due day) the dispatchers hear of it too.
    if (overdueDays >= 2 && target != d::NoticeTarget::Dispatchers) {
      reminders.push_back({clock, ReminderKind::Escalated, d::NoticeTarget::Dispatchers, ""});
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
        r.text = d::smsReminder(PetitionRepository(c).enterpriseNameOf(r.clock.petitionId), r.clock.kind,
                                status.state == d::DeadlineState::Overdue ? status.workingDaysOverdue : 0);
        if (!remind(c, r, today, now)) continue;
        switch (r.kind) {
          case ReminderKind::DueToday: ++tally.dueToday; break;
          case ReminderKind::Overdue: ++tally.overdue; break;
          case ReminderKind::Escalated: ++tally.escalated; break;
        }
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
