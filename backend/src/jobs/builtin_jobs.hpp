// The jobs every `qinqing serve` runs. Server calls registerBuiltInJobs once, before listening; a
// feature with a scheduled job adds one line here (or calls Server::jobs().add itself).
#pragma once

#include "jobs/job_scheduler.hpp"

namespace qinqing::backend::jobs {

void registerBuiltInJobs(JobScheduler& scheduler);

}  // namespace qinqing::backend::jobs
