#include "relation/operating_status_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <map>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/calendar/month_working_days.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/operating_status_repository.hpp"
#include "repositories/reminder_digest_repository.hpp"

namespace qinqing::backend::relation {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError unknownEnterprise() { return DomainError::of(ErrorCode::NotFound, "企业不存在"); }

d::Date operatingTodayOf(long long now) { return d::localDate(d::Instant::fromUnixSeconds(now)); }

std::optional<d::NamedRef> enterpriseInScope(SQLite::Database& c, const auth::AuthContext& who, long long id) {
  auto record = EnterpriseRepository(c).find(id, auth::Scope(who).enterprises());
  if (!record) return std::nullopt;
  return d::NamedRef{record->id, record->name};
}

std::vector<d::YearMonth> owedMonths(d::Date today) {
  std::vector<d::YearMonth> out;
  const auto thisMonth = d::YearMonth::of(today);
  for (int i = d::kOperatingMonthsOwed; i >= 1; --i) out.push_back(thisMonth.minusMonths(i));
  return out;
}

nlohmann::json auditJson(const wire::OperatingStatusView& v) { return wire::operatingStatusToJson(v); }

}  // namespace

d::Result<wire::OperatingStatusOverview> OperatingStatusService::overview(const auth::AuthContext& who,
                                                                          long long enterpriseId, int months) {
  months = std::clamp(months, 1, 36);
  const d::Date today = operatingTodayOf(nowUnix());
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::OperatingStatusOverview> {
    auto enterprise = enterpriseInScope(c, who, enterpriseId);
    if (!enterprise) return unknownEnterprise();
    OperatingStatusRepository repo(c);
    const auto thisMonth = d::YearMonth::of(today);
    wire::OperatingStatusOverview o;
    o.enterprise = *enterprise;
    o.reports = repo.currentBetween(enterpriseId, thisMonth.minusMonths(months - 1), thisMonth);
    o.owedMonths = owedMonths(today);
    o.missingMonths = d::missingOperatingMonths(
        repo.reportedMonths(enterpriseId, o.owedMonths.front(), o.owedMonths.back()), today);
    return o;
  });
}

d::Result<OperatingMonthDetail> OperatingStatusService::month(const auth::AuthContext& who, long long enterpriseId,
                                                              const std::string& monthText) {
  auto month = d::YearMonth::parse(monthText);
  if (!month) return month.error();
  return m_db.read([&](SQLite::Database& c) -> d::Result<OperatingMonthDetail> {
    if (!enterpriseInScope(c, who, enterpriseId)) return unknownEnterprise();
    OperatingStatusRepository repo(c);
    OperatingMonthDetail detail;
    detail.history = repo.history(enterpriseId, month.value());
    if (!detail.history.empty() && detail.history.front().supersededAt.empty()) detail.current = detail.history.front();
    return detail;
  });
}

d::Result<wire::OperatingStatusView> OperatingStatusService::save(const auth::AuthContext& who, long long enterpriseId,
                                                                  const d::OperatingStatusForm& form,
                                                                  const std::string& address) {
  const long long now = nowUnix();
  auto report = d::operatingStatusFromForm(form, operatingTodayOf(now));
  if (!report) return report.error();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::OperatingStatusView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    // The enterprise's own scope is itself, a cadre's its enterprises: the writers' scopes are
    // exactly the records they may report for.
    if (!enterpriseInScope(c, who, enterpriseId)) return unknownEnterprise();
    if (auto may = auth::Scope(who).mayEditEnterprises(); !may) return may.error();
    OperatingStatusRepository repo(c);
    auto before = repo.current(enterpriseId, report.value().month);
    repo.save(enterpriseId, report.value(), who.accountId, std::string(d::roleKey(who.role)), now);
    auto after = repo.current(enterpriseId, report.value().month);
    AuditRepository(c).append(audit::entryOf(who, address, now, audit::AuditAction::OperatingStatusSaved, "enterprise",
                                             std::to_string(enterpriseId),
                                             before ? auditJson(*before) : nlohmann::json(nullptr), auditJson(*after)));
    tx.commit();
    return *after;
  });
}

std::string runOperatingReminders(db::Database& database, calendar::CalendarService& calendar, long long now) {
  const d::Date today = operatingTodayOf(now);
  const auto who = calendar.read([&](const d::HolidayCalendar& cal) { return d::operatingReminderDue(cal, today); });
  if (who == d::OperatingReminder::None) return "今日不是经营状况提醒日";
  const auto lastMonth = d::YearMonth::of(today).previous();
  const std::string day = today.toIso();
  int recipients = 0;
  std::size_t missing = 0;
  database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OperatingStatusRepository repo(c);
    ReminderDigestRepository digests(c);
    const auto targets = repo.enterprisesMissing(lastMonth);
    missing = targets.size();
    switch (who) {
      case d::OperatingReminder::Enterprise: {
        const auto owed = owedMonths(today);
        for (const auto& t : targets) {
          if (t.enterpriseMobile.empty()) continue;
          const auto months = d::missingOperatingMonths(repo.reportedMonths(t.enterpriseId, owed.front(), owed.back()), today);
          digests.setItem(day, t.enterpriseMobile, ReminderItemKind::MissingOperatingReports,
                          static_cast<int>(months.size()));
          ++recipients;
        }
        break;
      }
      case d::OperatingReminder::Cadre: {
        std::map<std::string, int> perCadre;  // mobile → enterprises missing last month
        for (const auto& t : targets) {
          if (t.cadreId && !t.cadreMobile.empty()) ++perCadre[t.cadreMobile];
        }
        for (const auto& [mobile, count] : perCadre) {
          digests.setItem(day, mobile, ReminderItemKind::MissingOperatingReports, count);
          ++recipients;
        }
        break;
      }
      case d::OperatingReminder::None: break;
    }
    tx.commit();
  });
  const std::string whom = who == d::OperatingReminder::Enterprise ? "企业" : "包联干部";
  return lastMonth.label() + "未填报经营状况的企业 " + std::to_string(missing) + " 家：提醒" + whom + " " +
         std::to_string(recipients) + " 个（由提醒短信汇总发送）";
}

jobs::JobDefinition operatingReminderJob(calendar::CalendarService& calendar) {
  return {"operating.reminders", "经营状况填报提醒",
          "每月第5个工作日提醒上月经营状况未填报的企业，3个工作日后仍未填报的提醒其包联干部；短信由“提醒短信汇总发送”合并发出。",
          jobs::JobSchedule::dailyAt(9, 10),
          [&calendar](db::Database& database, long long now) { return runOperatingReminders(database, calendar, now); }};
}

}  // namespace qinqing::backend::relation
