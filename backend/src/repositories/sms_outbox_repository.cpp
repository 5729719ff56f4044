#include "repositories/sms_outbox_repository.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <stdexcept>

#include "db/sql_helpers.hpp"
#include "qinqing/time/instant.hpp"
#include "sms/sms_schedule.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kSmsOutboxColumns =
    "id, created_at, mobile, text, kind, status, attempts, next_attempt_at, sent_at, last_error, gateway, "
    "gateway_message_id, gateway_status";

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
  m.gateway = stmt.getColumn(10).getString();
  m.gatewayMessageId = stmt.getColumn(11).getString();
  m.gatewayStatus = stmt.getColumn(12).getString();
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

std::vector<sms::OutboxMessage> SmsOutboxRepository::createdBetween(long long from, long long to,
                                                                    const std::string& mobileSuffix) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kSmsOutboxColumns +
                                   " FROM sms_outbox WHERE created_at >= ? AND created_at < ? AND (? = '' OR mobile LIKE ?) "
                                   "ORDER BY created_at, id");
  stmt.bind(1, static_cast<int64_t>(from));
  stmt.bind(2, static_cast<int64_t>(to));
  stmt.bind(3, mobileSuffix);
  stmt.bind(4, "%" + mobileSuffix);
  return readAll(stmt);
}

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
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kSmsOutboxColumns +
                                   " FROM sms_outbox WHERE status = 'pending' AND next_attempt_at <= ? "
                                   "ORDER BY next_attempt_at, id LIMIT ?");
  stmt.bind(1, static_cast<int64_t>(now));
  stmt.bind(2, limit);
  return readAll(stmt);
}

void SmsOutboxRepository::markSent(long long id, int attempts, long long now, const SmsGatewayReport& report) {
  auto message = find(id);
  if (!message) return;
  SQLite::Statement stmt(m_db,
                         "UPDATE sms_outbox SET status = 'sent', attempts = ?, sent_at = ?, last_error = '', text = ?, "
                         "gateway = ?, gateway_message_id = ?, gateway_status = ? WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, static_cast<int64_t>(now));
  stmt.bind(3, settledText(*message));
  stmt.bind(4, report.gateway);
  stmt.bind(5, report.messageId);
  stmt.bind(6, report.status);
  stmt.bind(7, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::markRetry(long long id, int attempts, long long nextAttemptAt, const std::string& error,
                                    const SmsGatewayReport& report) {
  SQLite::Statement stmt(m_db,
                         "UPDATE sms_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, gateway = ?, "
                         "gateway_message_id = ?, gateway_status = ? WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, static_cast<int64_t>(nextAttemptAt));
  stmt.bind(3, error);
  stmt.bind(4, report.gateway);
  stmt.bind(5, report.messageId);
  stmt.bind(6, report.status);
  stmt.bind(7, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::markFailed(long long id, int attempts, const std::string& error,
                                     const SmsGatewayReport& report) {
  auto message = find(id);
  if (!message) return;
  SQLite::Statement stmt(m_db,
                         "UPDATE sms_outbox SET status = 'failed', attempts = ?, last_error = ?, text = ?, gateway = ?, "
                         "gateway_message_id = ?, gateway_status = ? WHERE id = ?");
  stmt.bind(1, attempts);
  stmt.bind(2, error);
  stmt.bind(3, settledText(*message));
  stmt.bind(4, report.gateway);
  stmt.bind(5, report.messageId);
  stmt.bind(6, report.status);
  stmt.bind(7, static_cast<int64_t>(id));
  stmt.exec();
}

void SmsOutboxRepository::postpone(long long id, long long nextAttemptAt) {
  SQLite::Statement stmt(m_db, "UPDATE sms_outbox SET next_attempt_at = ? WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(nextAttemptAt));
  stmt.bind(2, static_cast<int64_t>(id));
  stmt.exec();
}

std::optional<sms::OutboxMessage> SmsOutboxRepository::find(long long id) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kSmsOutboxColumns + " FROM sms_outbox WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  return readMessage(stmt);
}

std::vector<sms::OutboxMessage> SmsOutboxRepository::all() {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kSmsOutboxColumns + " FROM sms_outbox ORDER BY id");
  return readAll(stmt);
}

SmsLogRows SmsOutboxRepository::page(const SmsLogQuery& query) {
  // Every value is bound; the clauses are fixed text chosen by which filters are set.
  const auto& f = query.filter;
  std::string where = "1";
  if (f.status) where += " AND status = :status";
  if (f.kind) where += " AND kind = :kind";
  if (f.from) where += " AND created_at >= :from";
  if (f.to) where += " AND created_at < :to";
  if (!f.mobileSuffix.empty()) where += " AND substr(mobile, -:suffix_length) = :suffix";
  auto bind = [&](SQLite::Statement& stmt) {
    if (f.status) stmt.bind(":status", std::string(domain::smsLogStatusKey(*f.status)));
    if (f.kind) stmt.bind(":kind", std::string(domain::smsLogKindKey(*f.kind)));
    if (f.from) stmt.bind(":from", static_cast<int64_t>(domain::startOfLocalDay(*f.from).unixSeconds()));
    if (f.to) stmt.bind(":to", static_cast<int64_t>(domain::startOfLocalDay(f.to->plusDays(1)).unixSeconds()));
    if (!f.mobileSuffix.empty()) {
      stmt.bind(":suffix_length", static_cast<int>(f.mobileSuffix.size()));
      stmt.bind(":suffix", f.mobileSuffix);
    }
  };

  SmsLogRows out;
  SQLite::Statement count(m_db, "SELECT count(*) FROM sms_outbox WHERE " + where);
  bind(count);
  count.executeStep();
  out.total = count.getColumn(0).getInt64();

  const char* order = query.oldestFirst ? "created_at, id" : "created_at DESC, id DESC";
  SQLite::Statement rows(m_db, std::string("SELECT ") + kSmsOutboxColumns + " FROM sms_outbox WHERE " + where + " ORDER BY " +
                                   order + " LIMIT :limit OFFSET :offset");
  bind(rows);
  rows.bind(":limit", query.pageSize);
  rows.bind(":offset", static_cast<int64_t>(query.page - 1) * query.pageSize);
  out.rows = readAll(rows);
  return out;
}

int SmsOutboxRepository::failCodesCreatedBefore(long long createdBefore, const std::string& error) {
  SQLite::Statement stmt(m_db, std::string("SELECT ") + kSmsOutboxColumns +
                                   " FROM sms_outbox WHERE status = 'pending' AND kind = 'code' AND created_at <= ?");
  stmt.bind(1, static_cast<int64_t>(createdBefore));
  const auto expired = readAll(stmt);
  for (const auto& m : expired) markFailed(m.id, m.attempts, error, {m.gateway, m.gatewayMessageId, m.gatewayStatus});
  return static_cast<int>(expired.size());
}

long long SmsOutboxRepository::countPendingDueBefore(long long dueBefore) {
  SQLite::Statement stmt(m_db, "SELECT count(*) FROM sms_outbox WHERE status = 'pending' AND next_attempt_at <= ?");
  stmt.bind(1, static_cast<int64_t>(dueBefore));
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

long long SmsOutboxRepository::countFailedSince(long long since) {
  SQLite::Statement stmt(m_db, "SELECT count(*) FROM sms_outbox WHERE status = 'failed' AND created_at >= ?");
  stmt.bind(1, static_cast<int64_t>(since));
  stmt.executeStep();
  return stmt.getColumn(0).getInt64();
}

}  // namespace qinqing::backend
