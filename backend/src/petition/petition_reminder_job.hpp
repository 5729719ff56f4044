// (Issue 11: the reminders are counted into the day's reminder digest — one SMS per recipient a
// day, sent by sms.reminder_digest — instead of one text per clock.)
// The daily petition pass of the scheduler (issue 5 "Clocks, reminders and escalation"): on a
// working day it reminds whoever must act on a step due today, repeats the reminder every working
// day once the step is overdue, and after one working day overdue adds the dispatchers. It also
// closes as 未评价 every petition whose rating clock ran out. Each reminder is recorded in
// petition_reminders with its digest count in one transaction, so a second pass the same day sends nothing
// twice, and each appears in the petition's timeline.
#pragma once

#include <string>

#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"
#include "repositories/petition_queries.hpp"

namespace qinqing::backend::petition {

// One pass at `now`; returns the Chinese summary for the run log.
std::string runPetitionReminders(db::Database& database, calendar::CalendarService& calendar,
                                 PetitionCountCache& counts, long long now);

jobs::JobDefinition petitionReminderJob(calendar::CalendarService& calendar, PetitionCountCache& counts);

}  // namespace qinqing::backend::petition
