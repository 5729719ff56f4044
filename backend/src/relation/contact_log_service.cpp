#include "relation/contact_log_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/time/period.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/contact_log_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/reminder_digest_repository.hpp"

namespace qinqing::backend::relation {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

d::Date todayOf(long long now) { return d::localDate(d::Instant::fromUnixSeconds(now)); }

}  // namespace

const std::vector<std::string>& contactSortKeys() {
  static const std::vector<std::string> keys = {"date", "way"};
  return keys;
}

d::Result<wire::ContactView> ContactLogService::log(const auth::AuthContext& who, long long enterpriseId,
                                                    const d::ContactEntry& entry, const std::string& address) {
  const long long now = nowUnix();
  if (auto valid = d::validateContact(entry, todayOf(now)); !valid) return valid.error();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::ContactView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    // A cadre's scope is exactly its enterprises.
    if (who.role != d::Role::Cadre || !who.cadreId || !auth::Scope(who).includesEnterprise(c, enterpriseId)) {
      return DomainError::of(ErrorCode::NotFound, "企业不存在");
    }
    ContactLogRepository repo(c);
    const long long id = repo.insert(enterpriseId, *who.cadreId, entry, who.accountId, now);
    auto saved = repo.find(id);
    AuditRepository(c).append(audit::entryOf(
        who, address, now, audit::AuditAction::ContactLogged, "enterprise", std::to_string(enterpriseId), nullptr,
        nlohmann::json{{"id", id}, {"date", entry.date.toIso()}, {"way", d::contactWayKey(entry.way)},
                       {"cadre_id", *who.cadreId}}));
    tx.commit();
    return *saved;
  });
}

d::Result<d::Page<wire::ContactView>> ContactLogService::forEnterprise(const auth::AuthContext& who,
                                                                       long long enterpriseId,
                                                                       const d::PageRequest& page) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<d::Page<wire::ContactView>> {
    const auth::Scope scope(who);
    if (!scope.includesEnterprise(c, enterpriseId)) return DomainError::of(ErrorCode::NotFound, "企业不存在");
    ContactListQuery query{page, enterpriseId, std::nullopt};
    return ContactLogRepository(c).list(query, scope.enterprises());
  });
}

d::Result<d::Page<wire::ContactView>> ContactLogService::forCadre(const auth::AuthContext& who, long long cadreId,
                                                                  const d::PageRequest& page) {
  return m_db.read([&](SQLite::Database& c) -> d::Result<d::Page<wire::ContactView>> {
    if (!auth::Scope(who).includesCadre(c, cadreId)) return DomainError::of(ErrorCode::NotFound, "包联干部不存在");
    // The cadre's work is the cadre's: every contact it logged, also with enterprises since reassigned.
    ContactListQuery query{page, std::nullopt, cadreId};
    return ContactLogRepository(c).list(query, db::SqlCondition{});
  });
}

std::string runContactReminders(db::Database& database, calendar::CalendarService& calendar, long long now) {
  const d::Date today = todayOf(now);
  if (!calendar.read([&](const d::HolidayCalendar& cal) { return d::isContactReminderDay(cal, today); })) {
    return "今日不是联系企业提醒日";
  }
  const std::string monthStart = d::YearMonth::of(today).firstDay().toIso();
  const std::string day = today.toIso();
  int cadres = 0;
  std::size_t enterprises = 0;
  database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    ReminderDigestRepository digests(c);
    for (const auto& u : ContactLogRepository(c).uncontactedSince(monthStart)) {
      enterprises += u.enterpriseNames.size();
      if (u.mobile.empty()) continue;
      digests.setItem(day, u.mobile, ReminderItemKind::UncontactedEnterprises, static_cast<int>(u.enterpriseNames.size()));
      ++cadres;
    }
    tx.commit();
  });
  return "本月未联系的包联企业 " + std::to_string(enterprises) + " 家：提醒包联干部 " + std::to_string(cadres) +
         " 人（由提醒短信汇总发送）";
}

jobs::JobDefinition contactReminderJob(calendar::CalendarService& calendar) {
  return {"contact.reminders", "联系企业月末提醒",
          "每月最后5个工作日的第一天，提醒本月尚有包联企业未登记联系的包联干部，每人一条；短信由“提醒短信汇总发送”合并发出。",
          jobs::JobSchedule::dailyAt(9, 15),
          [&calendar](db::Database& database, long long now) { return runContactReminders(database, calendar, now); }};
}

}  // namespace qinqing::backend::relation
