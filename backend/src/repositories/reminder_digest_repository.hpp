// ReminderDigestRepository: reminder_items and reminder_digests (migration 11). Reminder jobs
// record what each recipient (by mobile) is owed today; the digest job turns a day's items into
// one SMS per recipient and remembers it, so nobody gets a second reminder text the same day.
// Methods throw SQLite::Exception; writes run inside the caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <map>
#include <string>
#include <vector>

#include "qinqing/ops/sms_billing.hpp"

namespace qinqing::backend {

// What an item counts (reminder_items.kind); maps onto domain::ReminderDigest's fields.
enum class ReminderItemKind { OverduePetitions, DueTodayPetitions, MissingOperatingReports, UncontactedEnterprises };

class ReminderDigestRepository {
public:
  explicit ReminderDigestRepository(SQLite::Database& db) : m_db(db) {}

  // Sets (not adds) the count of `kind` owed to `mobile` on `day` ("2026-11-09"): a job that runs
  // twice the same day records the same count again. A count ≤ 0 removes the item.
  void setItem(const std::string& day, const std::string& mobile, ReminderItemKind kind, int count);
  // Adds `count` to the item (a reminder that is itself marked once a day, like a petition clock's).
  void addItem(const std::string& day, const std::string& mobile, ReminderItemKind kind, int count);
  // Today's recipients without a digest yet, with what each is owed.
  std::map<std::string, domain::ReminderDigest> undigested(const std::string& day);
  void recordDigest(const std::string& day, const std::string& mobile, long long smsId, long long now);
  long long digestCount(const std::string& day);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
