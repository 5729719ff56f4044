#include "qinqing/wire/sms_usage_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/org_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json smsUsageRowToJson(const SmsUsageRow& r) {
  return {{"day", r.day},   {"mobile_masked", r.mobileMasked}, {"recipients", r.recipients}, {"count", r.count},
          {"billing_units", r.billingUnits}, {"sent", r.sent}, {"failed", r.failed}, {"pending", r.pending}};
}

d::Result<SmsUsageRow> smsUsageRowFromJson(const json& j) {
  if (!j.is_object() || !getString(j, "day")) return badShape("短信用量");
  auto n = [&](const char* key) { return static_cast<int>(getInt(j, key).value_or(0)); };
  return SmsUsageRow{textAt(j, "day"), textAt(j, "mobile_masked"), n("recipients"), n("count"), n("billing_units"),
                     n("sent"), n("failed"), n("pending")};
}

json smsUsageReportToJson(const SmsUsageReport& r) {
  json j = pageToJson(r.page, smsUsageRowToJson);
  j["totals"] = {{"count", r.totalCount}, {"billing_units", r.totalBillingUnits}};
  return j;
}

d::Result<SmsUsageReport> smsUsageReportFromJson(const json& j) {
  auto page = pageFromJson<SmsUsageRow>(j, smsUsageRowFromJson);
  if (!page) return page.error();
  SmsUsageReport r;
  r.page = std::move(page).value();
  if (auto it = j.find("totals"); it != j.end() && it->is_object()) {
    r.totalCount = static_cast<int>(getInt(*it, "count").value_or(0));
    r.totalBillingUnits = static_cast<int>(getInt(*it, "billing_units").value_or(0));
  }
  return r;
}

}  // namespace qinqing::wire
