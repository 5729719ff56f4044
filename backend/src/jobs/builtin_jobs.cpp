#include "jobs/builtin_jobs.hpp"

#include "jobs/reminder_digest_job.hpp"
#include "jobs/sms_outbox_check_job.hpp"

namespace qinqing::backend::jobs {

void registerBuiltInJobs(JobScheduler& scheduler) {
  scheduler.add(smsOutboxCheckJob());
  scheduler.add(reminderDigestJob());
}

}  // namespace qinqing::backend::jobs
