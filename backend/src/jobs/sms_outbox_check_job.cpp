#include "jobs/sms_outbox_check_job.hpp"

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "qinqing/identity/account_security.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::jobs {
namespace {

constexpr long long kCheckDay = 86400;

}  // namespace

std::string checkSmsOutbox(db::Database& database, long long now) {
  const int expired = database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const int n = SmsOutboxRepository(c).failCodesCreatedBefore(now - domain::kVerificationCodeLifetimeSeconds,
                                                                 std::string(sms::kCodeExpiredUnsent));
    tx.commit();
    return n;
  });
  struct Counts {
    long long overdue = 0;
    long long failed = 0;
  };
  const auto counts = database.read([&](SQLite::Database& c) {
    SmsOutboxRepository outbox(c);
    return Counts{outbox.countPendingDueBefore(now - kSmsOverdueSeconds), outbox.countFailedSince(now - kCheckDay)};
  });
  const std::string summary = "过期验证码 " + std::to_string(expired) + " 条已标记为失败；近 24 小时发送失败 " +
                              std::to_string(counts.failed) + " 条";
  if (counts.overdue > 0) {
    throw std::runtime_error("有 " + std::to_string(counts.overdue) +
                             " 条短信到期 10 分钟后仍未发出，请检查短信网关是否可用（" + summary + "）");
  }
  return summary;
}

JobDefinition smsOutboxCheckJob() {
  return {"sms.outbox_check", "短信发件箱巡检",
          "将超过 10 分钟仍未发出的验证码标记为失败；短信到期 10 分钟后仍未发出时本次巡检记为失败，提示检查短信网关。",
          JobSchedule::everyMinutes(5), checkSmsOutbox};
}

}  // namespace qinqing::backend::jobs
