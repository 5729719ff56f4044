#include "repositories/sms_outbox_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <stdexcept>

#include "db/sql_helpers.hpp"
#include "sms/sms_schedule.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kColumns =
    "id, created_at, mobile, text, kind, status, attempts, next_attempt_at, sent_at, last_error";

sms::OutboxMessage readMessage(SQLite::Statement& stmt) {
  sms::OutboxMessage m;
  m.id = stmt.getColumn(0).getInt64();
  m.createdAt = stmt.getColumn(1).getInt64();
  m.mobile = stmt.getColumn(2).getString();
  m.text = stmt.getColumn(3).getString();
  m.kind = sms::smsKindFromKey(stmt.getColumn(4).getString()).value_or(sms::SmsKind::Notice);
  m.status = sms::smsStatusFromKey(stmt.getColumn(5).getString()).value_or(sms::SmsStatus::Failed);
  m.attempts = stmt.getColumn(6).getInt();
  m.nextAttemptAt = stmt.getColumn(7).getInt64();
  m.sentAt = db::optionalInt(stmt.getColumn(8));
  m.lastError = stmt.getColumn(9).getString();
  return m;
}

std::vector<sms::OutboxMessage> readAll(SQLite::Statement& stmt) {
  std::vector<sms::OutboxMessage> out;
  while (stmt.executeStep()) out.push_back(readMessage(stmt));
  return out;
}

// A settled code message loses its digits; a notice keeps its text for the SMS log.
std::string settledText(const sms::OutboxMessage& m) {
  return m.kind == sms::SmsKind::Code ? sms::redactDigits(m.text) : m.text;
}

}  // namespace

long long SmsOutboxRepository::enqueue(const sms::NewSms& message, long long now) {
  if (sqlite3_get_autocommit(m_db.getHandle()) != 0) {
    throw std::logic_error("SmsOutboxRepository::enqueue must run inside the transaction of the event it reports");
  }
  SQLite::Statement stmt(m_db,
                         "INSERT INTO sms_outbox (created_at, mobile, text, kind, next_attempt_at) VALUES (?, ?, ?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, message.mobile);
  stmt.bind(3, message.text);
  stmt.bind(4, std::string(sms::smsKindKey(message.kind)));
  stmt.bind(5, static_cast<int64_t>(sms::earliestSendTime(message.kind, now)));
  return db::insertAndGetId(stmt, m_db);
}

std::vector<sms::OutboxMessage> SmsOutboxRepository::due(long long now, int limit) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kColumns +
                                   " FROM sms_outbox WHERE status = 'pending' AND next_attempt_at <= ? "
                                   "ORDER BY next_attempt_at, id LIMIT ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, limit);
  return readAll(stmt);
}

void SmsOutboxRepository::markSent(long long id, int attempts, long long now) {
  auto message = find(id);
  if (!message) return;
  SQLite::Statement stmt(m_db,
                         "UPDATE sms_outbox SET status = 'sent', attempts = ?, sent_at = ?, last_error = '', text = ? "
                         "WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, settledText(*message));
  stmt.bind(4, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::markRetry(long long id, int attempts, long long nextAttemptAt, const std::string& error) {
  SQLite::Statement stmt(m_db, "UPDATE sms_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, static_cast<int64_t>(nextAttemptAt));
  stmt.bind(3, error);
  stmt.bind(4, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::markFailed(long long id, int attempts, const std::string& error) {
  auto message = find(id);
  if (!message) return;
  SQLite::Statement stmt(m_db,
                         "UPDATE sms_outbox SET status = 'failed', attempts = ?, last_error = ?, text = ? WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, error);
  stmt.bind(3, settledText(*message));
  stmt.bind(4, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::postpone(long long id, long long nextAttemptAt) {
  SQLite::Statement stmt(m_db, "UPDATE sms_outbox SET next_attempt_at = ? WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(nextAttemptAt));
  stmt.bind(2, static_cast<int64_t>(id));
  stmt.exec();
}

std::optional<sms::OutboxMessage> SmsOutboxRepository::find(long long id) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kColumns + " FROM sms_outbox WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  return readMessage(stmt);
}

std::vector<sms::OutboxMessage> SmsOutboxRepository::all() {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kColumns + " FROM sms_outbox ORDER BY id");
  return readAll(stmt);
}

}  // namespace qinqing::backend
