#include "jobs/builtin_jobs.hpp"

#include "jobs/sms_outbox_check_job.hpp"

namespace qinqing::backend::jobs {

void registerBuiltInJobs(JobScheduler& scheduler) {
  scheduler.add(smsOutboxCheckJob());
}

}  // namespace qinqing::backend::jobs
