// Wire form of 短信日志 — 用量 (issue 11 "SMS that people can bear"): how many texts went to whom
// per day and what they cost in billing units (domain::smsBillingUnits: 70 characters each).
//
//   GET /api/sms/usage?from=2026-11-01&to=2026-11-30&mobile=1234&group=recipient|day&page=&page_size=
//   → {"items": [{"day", "mobile_masked", "recipients", "count", "billing_units", "sent", "failed",
//                 "pending"}…], "total", "page", "page_size", "totals": {"count", "billing_units"}}
//   group=recipient (default): one row per day and number, the day's busiest first;
//   group=day: one row per day ("mobile_masked" empty, "recipients" the distinct numbers).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::wire {

struct SmsUsageRow {
  std::string day;           // "2026-11-09", China time
  std::string mobileMasked;  // 138****1234; empty for a per-day row
  int recipients = 0;
  int count = 0;
  int billingUnits = 0;
  int sent = 0;
  int failed = 0;
  int pending = 0;
  bool operator==(const SmsUsageRow&) const = default;
};

struct SmsUsageReport {
  domain::Page<SmsUsageRow> page;
  int totalCount = 0;
  int totalBillingUnits = 0;
};

nlohmann::json smsUsageRowToJson(const SmsUsageRow& row);
domain::Result<SmsUsageRow> smsUsageRowFromJson(const nlohmann::json& j);
nlohmann::json smsUsageReportToJson(const SmsUsageReport& report);
domain::Result<SmsUsageReport> smsUsageReportFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
