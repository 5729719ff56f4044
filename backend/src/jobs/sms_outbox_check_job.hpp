// 短信发件箱巡检: a scheduled job (every 5 minutes) that keeps the SMS outbox honest.
//  - A verification code still pending after its 10 minutes (it was waiting out a retry back-off)
//    is given up now, marked failed "验证码已过期，未发送", its digits blanked — rather than
//    lingering as 待发送 in the 短信日志 until its next attempt falls due.
//  - Messages that fell due more than 10 minutes ago and are still pending mean the sender is not
//    keeping up (gateway hanging, thread stopped): the run fails with their number, so the
//    administrator sees it in 定时任务. Notices held for the quiet hours are not due and not counted.
// Summary: "过期验证码 1 条已标记为失败；近 24 小时发送失败 2 条".
#pragma once

#include <string>

#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"

namespace qinqing::backend::jobs {

inline constexpr long long kSmsOverdueSeconds = 600;

// The job's function: one check at `now`. Throws std::runtime_error (Chinese) for overdue messages.
std::string checkSmsOutbox(db::Database& database, long long now);

JobDefinition smsOutboxCheckJob();

}  // namespace qinqing::backend::jobs
