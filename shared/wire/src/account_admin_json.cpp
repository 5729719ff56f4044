#include "qinqing/wire/account_admin_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {
}  // namespace

json accountSummaryToJson(const d::AccountSummary& a) {
  return {{"id", a.id},
          {"role", d::roleKey(a.role)},
          {"role_name", d::roleDisplayName(a.role)},
          {"login_name", a.loginName},
          {"holder_name", a.holderName},
          {"region", optionalRefToJson(a.region)},
          {"unit", optionalRefToJson(a.unit)},
          {"industry_group", optionalRefToJson(a.industryGroup)},
          {"mobile_masked", a.mobileMasked},
          {"status", d::accountStatusKey(a.status)},
          {"status_name", d::accountStatusName(a.status)},
          {"last_login_at", a.lastLoginAt}};
}

d::Result<d::AccountSummary> accountSummaryFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("账号");
  auto role = d::roleFromKey(textAt(j, "role"));
  auto status = d::accountStatusFromKey(textAt(j, "status"));
  if (!role || !status) return badShape("账号");
  d::AccountSummary a;
  a.id = *getInt(j, "id");
  a.role = *role;
  a.loginName = textAt(j, "login_name");
  a.holderName = textAt(j, "holder_name");
  a.region = namedRefAt(j, "region");
  a.unit = namedRefAt(j, "unit");
  a.industryGroup = namedRefAt(j, "industry_group");
  a.mobileMasked = textAt(j, "mobile_masked");
  a.status = *status;
  a.lastLoginAt = textAt(j, "last_login_at");
  return a;
}

json accountDetailToJson(const d::AccountDetail& detail) {
  json j = accountSummaryToJson(detail.summary);
  j["title"] = detail.title;
  j["email"] = detail.email;
  j["created_at"] = detail.createdAt;
  j["locked_until"] = detail.lockedUntil;
  j["handover_allowed"] = detail.handoverAllowed;
  json holders = json::array();
  for (const auto& h : detail.holders) {
    holders.push_back({{"id", h.id},
                       {"holder_name", h.holderName},
                       {"mobile_masked", h.mobileMasked},
                       {"title", h.title},
                       {"since", h.since},
                       {"until", h.until},
                       {"reason", h.reason},
                       {"handed_over_by", optionalRefToJson(h.handedOverBy)}});
  }
  j["holders"] = std::move(holders);
  return j;
}

d::Result<d::AccountDetail> accountDetailFromJson(const json& j) {
  auto summary = accountSummaryFromJson(j);
  if (!summary) return summary.error();
  d::AccountDetail detail;
  detail.summary = std::move(summary).value();
  detail.title = textAt(j, "title");
  detail.email = textAt(j, "email");
  detail.createdAt = textAt(j, "created_at");
  detail.lockedUntil = textAt(j, "locked_until");
  detail.handoverAllowed = getBool(j, "handover_allowed").value_or(false);
  auto it = j.find("holders");
  if (it == j.end() || !it->is_array()) return badShape("账号持有人");
  for (const auto& row : *it) {
    if (!row.is_object() || !getInt(row, "id")) return badShape("账号持有人");
    d::AccountHolder h;
    h.id = *getInt(row, "id");
    h.holderName = textAt(row, "holder_name");
    h.mobileMasked = textAt(row, "mobile_masked");
    h.title = textAt(row, "title");
    h.since = textAt(row, "since");
    h.until = textAt(row, "until");
    h.reason = textAt(row, "reason");
    h.handedOverBy = namedRefAt(row, "handed_over_by");
    detail.holders.push_back(std::move(h));
  }
  return detail;
}

json accountHandoverToJson(const d::AccountHandover& h) {
  return {{"holder_name", h.holderName}, {"mobile", h.mobile}, {"title", h.title}, {"reason", h.reason}};
}

d::Result<d::AccountHandover> accountHandoverFromJson(const json& j) {
  if (!j.is_object()) return badShape("账号移交");
  return d::AccountHandover{textAt(j, "holder_name"), textAt(j, "mobile"), textAt(j, "title"), textAt(j, "reason")};
}

std::string accountFilterToQuery(const d::AccountFilter& f) {
  std::string q;
  if (f.role) q += "&role=" + std::string(d::roleKey(*f.role));
  if (f.regionId) q += "&region_id=" + std::to_string(*f.regionId);
  if (f.unitId) q += "&unit_id=" + std::to_string(*f.unitId);
  if (f.status) q += "&status=" + std::string(d::accountStatusKey(*f.status));
  return q;
}

}  // namespace qinqing::wire
