// 短信日志 — 用量: texts per China day and recipient with their cost in billing units
// (domain::smsBillingUnits, 70 characters each), from the outbox. Read-only; the rows of the range
// are counted here (a day holds at most some ten thousand texts), then paged.
#pragma once

#include "db/database.hpp"
#include "qinqing/ops/sms_log.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/sms_usage_json.hpp"

namespace qinqing::backend::sms {

enum class UsageGrouping { PerRecipient, PerDay };

// The filter's from/to (CST days, inclusive; default: the last 30 days up to `today`) and mobile
// suffix apply; status and kind are ignored. Rows: per recipient the day's busiest first, per day
// newest first.
wire::SmsUsageReport smsUsage(db::Database& database, const domain::SmsLogFilter& filter, UsageGrouping grouping,
                              const domain::PageRequest& page, domain::Date today);

}  // namespace qinqing::backend::sms
