// The daily reminder digest (issue 11 "SMS that people can bear"): the reminder jobs (petition
// clocks, operating status, contacts) record in reminder_items what each recipient is owed today;
// this job, scheduled after them, sends each recipient one SMS (domain::reminderDigestText) with
// the counts, the detail being on the platform. A recipient gets at most one digest a day: a
// second run, or items recorded after the day's digest went, send nothing more that day.
#pragma once

#include <string>

#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"

namespace qinqing::backend::jobs {

// One pass at `now` (one transaction); returns the Chinese summary for the run log.
std::string runReminderDigests(db::Database& database, long long now);

// "sms.reminder_digest" 提醒短信汇总发送, daily at 09:30 China time.
JobDefinition reminderDigestJob();

}  // namespace qinqing::backend::jobs
