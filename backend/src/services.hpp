// Services: what route handlers may use. Built once by Server and passed by reference to every
// register*Routes function; handlers capture the reference (the Server outlives its routes).
#pragma once

#include <filesystem>

#include "auth/attempt_throttle.hpp"
#include "auth/password_hasher.hpp"
#include "auth/session_service.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"
#include "repositories/petition_queries.hpp"
#include "report/export_jobs.hpp"
#include "sms/sms_sender.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {

struct Services {
  db::Database& database;
  auth::SessionService& sessions;
  calendar::CalendarService& calendar;
  Clock clock;
  int schemaVersion = 0;  // fixed after migrations at start: /api/health reports it without a query
  const auth::PasswordHasher& hasher;
  sms::SmsSender& sms;    // wake() it after committing a transaction that enqueued an SMS
  jobs::JobScheduler& jobs;  // 定时任务: the registered jobs, their runs, 立即运行
  std::filesystem::path dataDir;  // the deployment's data directory (qinqing.db, attachments/)
  petition::PetitionCountCache& petitionCounts;  // list totals; PetitionService invalidates it
  report::ExportJobs& exports;  // long exports written by a worker, downloaded when done
  auth::Throttles& throttles;   // failed logins, unlock codes and password changes per address and name
};

}  // namespace qinqing::backend
