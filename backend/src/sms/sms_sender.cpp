#include "sms/sms_sender.hpp"

#include <SQLiteCpp/Transaction.h>

#include <exception>

#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_security.hpp"
#include "repositories/sms_outbox_repository.hpp"
#include "sms/sms_schedule.hpp"
#include "util/log.hpp"

namespace qinqing::backend::sms {
namespace {

std::string describeMessage(const OutboxMessage& m) {
  return "#" + std::to_string(m.id) + " → " + domain::maskMobile(m.mobile);
}

}  // namespace

SmsSender::SmsSender(db::Database& database, SmsGateway& gateway, Clock clock)
    : SmsSender(database, gateway, std::move(clock), Options{}) {}

SmsSender::SmsSender(db::Database& database, SmsGateway& gateway, Clock clock, Options options)
    : m_db(database),
      m_gateway(gateway),
      m_clock(std::move(clock)),
      m_options(options),
      // The messages of a failed pass stay pending and the next look tries again.
      m_worker("短信发送线程出错 / sms sender failed: ", [this] { deliverDue(); },
               [this] { return m_options.idleWait; }) {}

SmsSender::~SmsSender() { stop(); }

void SmsSender::start() { m_worker.start(); }

void SmsSender::stop() { m_worker.stop(); }

void SmsSender::wake() { m_worker.wake(); }

SmsSender::PassReport SmsSender::deliverDue() {
  PassReport report;
  auto settle = [this](auto&& change) {
    m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      SmsOutboxRepository outbox(c);
      change(outbox);
      tx.commit();
    });
  };

  while (true) {
    const long long now = toUnixSeconds(m_clock());
    const auto due = m_db.read([&](SQLite::Database& c) { return SmsOutboxRepository(c).due(now, m_options.batchSize); });
    for (const OutboxMessage& m : due) {
      if (m_worker.stopRequested()) return report;
      const long long at = toUnixSeconds(m_clock());
      if (m.kind == SmsKind::Notice && inQuietHours(at)) {
        settle([&](SmsOutboxRepository& o) { o.postpone(m.id, earliestSendTime(m.kind, at)); });
        ++report.postponed;
        continue;
      }
      if (m.kind == SmsKind::Code && at - m.createdAt >= domain::kVerificationCodeLifetimeSeconds) {
        settle([&](SmsOutboxRepository& o) { o.markFailed(m.id, m.attempts, std::string(kCodeExpiredUnsent)); });
        ++report.failed;
        continue;
      }

      const SendOutcome outcome = m_gateway.send(OutgoingSms{m.id, m.mobile, m.text, m.kind});
      const int attempts = m.attempts + 1;
      const long long after = toUnixSeconds(m_clock());
      const SmsGatewayReport said{std::string(m_gateway.name()), outcome.messageId, outcome.status};
      if (outcome.result == SendOutcome::Result::Delivered) {
        settle([&](SmsOutboxRepository& o) { o.markSent(m.id, attempts, after, said); });
        ++report.delivered;
        continue;
      }
      const auto delay = retryDelaySeconds(attempts);
      if (outcome.result == SendOutcome::Result::Rejected || !delay) {
        settle([&](SmsOutboxRepository& o) { o.markFailed(m.id, attempts, outcome.detail, said); });
        logWarning("短信发送失败，已放弃 / sms given up " + describeMessage(m) + " (" + std::string(m_gateway.name()) +
                   "): " + outcome.detail);
        ++report.failed;
      } else {
        settle([&](SmsOutboxRepository& o) {
          o.markRetry(m.id, attempts, earliestSendTime(m.kind, after + *delay), outcome.detail, said);
        });
        logWarning("短信发送失败，稍后重试 / sms will be retried " + describeMessage(m) + " (" +
                   std::string(m_gateway.name()) + "): " + outcome.detail);
        ++report.retried;
      }
    }
    if (static_cast<int>(due.size()) < m_options.batchSize) return report;
  }
}

}  // namespace qinqing::backend::sms
