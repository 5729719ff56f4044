// SmsOutboxRepository: the sms_outbox table (sms/sms_message.hpp). Messages are enqueued by the
// code that causes them, inside its transaction, and moved through pending → sent | failed by the
// sender thread. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/ops/sms_log.hpp"
#include "qinqing/org/paging.hpp"
#include "sms/sms_message.hpp"

namespace qinqing::backend {

// What a gateway said about one attempt (sms::SendOutcome), kept with the message.
struct SmsGatewayReport {
  std::string gateway;    // "log", "http"
  std::string messageId;  // the gateway's reference, for an accepted message
  std::string status;     // its short status text
};

// 短信日志: one page of the outbox, newest first unless oldestFirst.
struct SmsLogQuery {
  domain::SmsLogFilter filter;
  bool oldestFirst = false;
  int page = 1;  // ≥ 1, already clamped to the last page by the caller if it wishes
  int pageSize = domain::kDefaultPageSize;
};

struct SmsLogRows {
  std::vector<sms::OutboxMessage> rows;
  long long total = 0;
};

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
  // `report` is the delivery status the 短信日志 shows (all three methods record it).
  void markSent(long long id, int attempts, long long now, const SmsGatewayReport& report = {});
  // Failed again; try at nextAttemptAt.
  void markRetry(long long id, int attempts, long long nextAttemptAt, const std::string& error,
                 const SmsGatewayReport& report = {});
  // Given up; a code message's digits are blanked as for markSent.
  void markFailed(long long id, int attempts, const std::string& error, const SmsGatewayReport& report = {});
  // Not attempted now (the quiet hours began while it waited): due again at nextAttemptAt.
  void postpone(long long id, long long nextAttemptAt);

  std::optional<sms::OutboxMessage> find(long long id);
  // Every message, oldest first (tests and diagnostics; the outbox of a demo stays small).
  std::vector<sms::OutboxMessage> all();

  // 短信日志: the messages matching the filter (dates are CST days, inclusive; the mobile suffix
  // matches the number's last digits) and how many match in all. Rows are as stored: masking and
  // redaction are the caller's (the route shows every code redacted, even one still pending).
  SmsLogRows page(const SmsLogQuery& query);

  // 短信日志 — 用量 (issue 11): the messages created in [from, to) (Unix seconds), optionally only
  // numbers ending in mobileSuffix, oldest first, for counting per day and recipient.
  std::vector<sms::OutboxMessage> createdBetween(long long from, long long to, const std::string& mobileSuffix);

  // Pending code messages created at or before `createdBefore` (their 10 minutes are over) are
  // given up unsent with `error`, digits blanked. Returns how many. The sender does the same when
  // such a message falls due; this settles those still waiting out a back-off.
  int failCodesCreatedBefore(long long createdBefore, const std::string& error);
  // Pending messages that were due at or before `dueBefore`: the sender should have handled them.
  long long countPendingDueBefore(long long dueBefore);
  // Messages given up (failed) that were created at or after `since`.
  long long countFailedSince(long long since);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
