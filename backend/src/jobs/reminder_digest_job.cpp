#include "jobs/reminder_digest_job.hpp"

#include <SQLiteCpp/Transaction.h>

#include "qinqing/ops/sms_billing.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/reminder_digest_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::jobs {

std::string runReminderDigests(db::Database& database, long long now) {
  const std::string today = domain::localDate(domain::Instant::fromUnixSeconds(now)).toIso();
  int sent = 0;
  database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    ReminderDigestRepository digests(c);
    SmsOutboxRepository outbox(c);
    for (const auto& [mobile, digest] : digests.undigested(today)) {
      if (digest.empty()) continue;
      const long long id =
          outbox.enqueue({mobile, domain::signedSmsText(domain::reminderDigestText(digest)), sms::SmsKind::Notice}, now);
      digests.recordDigest(today, mobile, id, now);
      ++sent;
    }
    tx.commit();
  });
  return "发送提醒汇总短信 " + std::to_string(sent) + " 条";
}

JobDefinition reminderDigestJob() {
  return {"sms.reminder_digest", "提醒短信汇总发送",
          "每天上午9时30分把当天的各类提醒（诉求超期与到期、经营状况未填报、本月未联系企业）合并为每人一条短信发送，详情在平台查看。",
          JobSchedule::dailyAt(9, 30),
          [](db::Database& database, long long now) { return runReminderDigests(database, now); }};
}

}  // namespace qinqing::backend::jobs
