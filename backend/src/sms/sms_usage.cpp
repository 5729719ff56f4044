#include "sms/sms_usage.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "qinqing/identity/account.hpp"
#include "qinqing/ops/sms_billing.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::sms {
namespace d = qinqing::domain;

wire::SmsUsageReport smsUsage(db::Database& database, const d::SmsLogFilter& filter, UsageGrouping grouping,
                              const d::PageRequest& asked, d::Date today) {
  const d::Date from = filter.from.value_or(today.plusDays(-29));
  const d::Date to = filter.to.value_or(today);
  const auto messages = database.read([&](SQLite::Database& c) {
    return SmsOutboxRepository(c).createdBetween(d::startOfLocalDay(from).unixSeconds(),
                                                 d::startOfLocalDay(to.plusDays(1)).unixSeconds(), filter.mobileSuffix);
  });
  // (day, mobile) → counts; mobile empty for the per-day rows.
  std::map<std::pair<std::string, std::string>, wire::SmsUsageRow> rows;
  std::map<std::string, std::set<std::string>> recipientsOfDay;
  wire::SmsUsageReport report;
  for (const auto& m : messages) {
    const std::string day = d::localDate(d::Instant::fromUnixSeconds(m.createdAt)).toIso();
    const std::string key = grouping == UsageGrouping::PerRecipient ? m.mobile : std::string();
    auto& row = rows[{day, key}];
    row.day = day;
    if (grouping == UsageGrouping::PerRecipient) row.mobileMasked = d::maskMobile(m.mobile);
    recipientsOfDay[day].insert(m.mobile);
    const int units = d::smsBillingUnits(m.text);
    ++row.count;
    row.billingUnits += units;
    switch (m.status) {
      case SmsStatus::Pending: ++row.pending; break;
      case SmsStatus::Sent: ++row.sent; break;
      case SmsStatus::Failed: ++row.failed; break;
    }
    ++report.totalCount;
    report.totalBillingUnits += units;
  }
  std::vector<wire::SmsUsageRow> ordered;
  for (auto& [key, row] : rows) {
    row.recipients = grouping == UsageGrouping::PerRecipient ? 1 : static_cast<int>(recipientsOfDay[key.first].size());
    ordered.push_back(row);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const wire::SmsUsageRow& a, const wire::SmsUsageRow& b) {
    if (a.day != b.day) return a.day > b.day;
    return a.count > b.count;
  });
  report.page.total = static_cast<long long>(ordered.size());
  report.page.pageSize = asked.pageSize;
  report.page.page = std::min(asked.page, d::pageCount(report.page.total, asked.pageSize));
  d::PageRequest landed = asked;
  landed.page = report.page.page;
  for (long long i = d::pageOffset(landed); i < report.page.total && static_cast<int>(report.page.items.size()) < asked.pageSize; ++i) {
    report.page.items.push_back(ordered[static_cast<std::size_t>(i)]);
  }
  return report;
}

}  // namespace qinqing::backend::sms
