// SmsOutboxRepository: the sms_outbox table (sms/sms_message.hpp). Messages are enqueued by the
// code that causes them, inside its transaction, and moved through pending → sent | failed by the
// sender thread. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "sms/sms_message.hpp"

namespace qinqing::backend {

class SmsOutboxRepository {
public:
  explicit SmsOutboxRepository(SQLite::Database& db) : m_db(db) {}

  // Adds a pending message, first due at sms::earliestSendTime(kind, now) (a notice enqueued at
  // night waits for 07:00). Must run inside the transaction of the event that causes the message,
  // so both commit or neither does; outside one it throws std::logic_error (a programmer error).
  long long enqueue(const sms::NewSms& message, long long now);

  // Pending messages with next_attempt_at ≤ now, earliest first, at most limit.
  std::vector<sms::OutboxMessage> due(long long now, int limit);

  // Accepted by the gateway at `now` after `attempts` calls. A code message's digits are blanked
  // (sms::redactDigits): once delivered, the code need not be kept.
  void markSent(long long id, int attempts, long long now);
  // Failed again; try at nextAttemptAt.
  void markRetry(long long id, int attempts, long long nextAttemptAt, const std::string& error);
  // Given up; a code message's digits are blanked as for markSent.
  void markFailed(long long id, int attempts, const std::string& error);
  // Not attempted now (the quiet hours began while it waited): due again at nextAttemptAt.
  void postpone(long long id, long long nextAttemptAt);

  std::optional<sms::OutboxMessage> find(long long id);
  // Every message, oldest first (tests and diagnostics; the outbox of a demo stays small).
  std::vector<sms::OutboxMessage> all();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
