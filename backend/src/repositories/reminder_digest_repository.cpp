#include "repositories/reminder_digest_repository.hpp"

#include <SQLiteCpp/Statement.h>

namespace qinqing::backend {
namespace {

std::string kindKey(ReminderItemKind kind) {
  switch (kind) {
    case ReminderItemKind::OverduePetitions: return "overdue_petitions";
    case ReminderItemKind::DueTodayPetitions: return "due_today_petitions";
    case ReminderItemKind::MissingOperatingReports: return "missing_operating_reports";
    case ReminderItemKind::UncontactedEnterprises: return "uncontacted_enterprises";
  }
  return "";
}

}  // namespace

void ReminderDigestRepository::setItem(const std::string& day, const std::string& mobile, ReminderItemKind kind,
                                       int count) {
  if (count <= 0) {
    SQLite::Statement del(m_db, "DELETE FROM reminder_items WHERE day = ? AND mobile = ? AND kind = ?");
    del.bind(1, day);
    del.bind(2, mobile);
    del.bind(3, kindKey(kind));
    del.exec();
    return;
  }
  SQLite::Statement s(m_db, "INSERT OR REPLACE INTO reminder_items (day, mobile, kind, count) VALUES (?, ?, ?, ?)");
  s.bind(1, day);
  s.bind(2, mobile);
  s.bind(3, kindKey(kind));
  s.bind(4, count);
  s.exec();
}

void ReminderDigestRepository::addItem(const std::string& day, const std::string& mobile, ReminderItemKind kind,
                                       int count) {
  if (count <= 0) return;
  SQLite::Statement s(m_db, R"SQL(
INSERT INTO reminder_items (day, mobile, kind, count) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (day, mobile, kind) DO UPDATE SET count = count + ?4)SQL");
  s.bind(1, day);
  s.bind(2, mobile);
  s.bind(3, kindKey(kind));
  s.bind(4, count);
  s.exec();
}

std::map<std::string, domain::ReminderDigest> ReminderDigestRepository::undigested(const std::string& day) {
  SQLite::Statement s(m_db, R"SQL(
SELECT i.mobile, i.kind, i.count FROM reminder_items i
WHERE i.day = ?1 AND NOT EXISTS (SELECT 1 FROM reminder_digests g WHERE g.day = ?1 AND g.mobile = i.mobile)
ORDER BY i.mobile)SQL");
  s.bind(1, day);
  std::map<std::string, domain::ReminderDigest> out;
  while (s.executeStep()) {
    auto& d = out[s.getColumn(0).getString()];
    const std::string kind = s.getColumn(1).getString();
    const int count = s.getColumn(2).getInt();
    if (kind == "overdue_petitions") d.overduePetitions = count;
    if (kind == "due_today_petitions") d.dueTodayPetitions = count;
    if (kind == "missing_operating_reports") d.missingOperatingReports = count;
    if (kind == "uncontacted_enterprises") d.uncontactedEnterprises = count;
  }
  return out;
}

void ReminderDigestRepository::recordDigest(const std::string& day, const std::string& mobile, long long smsId,
                                            long long now) {
  SQLite::Statement s(m_db, "INSERT INTO reminder_digests (day, mobile, sms_id, sent_at) VALUES (?, ?, ?, ?)");
  s.bind(1, day);
  s.bind(2, mobile);
  s.bind(3, static_cast<int64_t>(smsId));
  s.bind(4, static_cast<int64_t>(now));
  s.exec();
}

long long ReminderDigestRepository::digestCount(const std::string& day) {
  SQLite::Statement s(m_db, "SELECT count(*) FROM reminder_digests WHERE day = ?");
  s.bind(1, day);
  s.executeStep();
  return s.getColumn(0).getInt64();
}

}  // namespace qinqing::backend
