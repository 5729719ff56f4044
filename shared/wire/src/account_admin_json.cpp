#include "qinqing/wire/account_admin_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {
json optRef(const std::optional<d::NamedRef>& r) { return r ? json{{"id", r->id}, {"name", r->name}} : json(nullptr); }
std::optional<d::NamedRef> readRef(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object() || !getInt(*it, "id")) return std::nullopt;
  return d::NamedRef{*getInt(*it, "id"), getString(*it, "name").value_or("")};
}
std::string str(const json& j, const char* key) { return getString(j, key).value_or(""); }
d::DomainError badShape(const char* what) {
  return d::DomainError::of(d::ErrorCode::InvalidInput, std::string("数据格式有误：") + what);
}
}  // namespace

json accountSummaryToJson(const d::AccountSummary& a) {
  return {{"id", a.id},
          {"role", d::roleKey(a.role)},
          {"role_name", d::roleDisplayName(a.role)},
          {"login_name", a.loginName},
          {"holder_name", a.holderName},
          {"region", optRef(a.region)},
          {"unit", optRef(a.unit)},
          {"industry_group", optRef(a.industryGroup)},
          {"mobile_masked", a.mobileMasked},
          {"status", d::accountStatusKey(a.status)},
          {"status_name", d::accountStatusName(a.status)},
          {"last_login_at", a.lastLoginAt}};
}

d::Result<d::AccountSummary> accountSummaryFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("账号");
  auto role = d::roleFromKey(str(j, "role"));
  auto status = d::accountStatusFromKey(str(j, "status"));
  if (!role || !status) return badShape("账号");
  d::AccountSummary a;
  a.id = *getInt(j, "id");
  a.role = *role;
  a.loginName = str(j, "login_name");
  a.holderName = str(j, "holder_name");
  a.region = readRef(j, "region");
  a.unit = readRef(j, "unit");
  a.industryGroup = readRef(j, "industry_group");
  a.mobileMasked = str(j, "mobile_masked");
  a.status = *status;
  a.lastLoginAt = str(j, "last_login_at");
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
                       {"handed_over_by", optRef(h.handedOverBy)}});
  }
  j["holders"] = std::move(holders);
  return j;
}

d::Result<d::AccountDetail> accountDetailFromJson(const json& j) {
  auto summary = accountSummaryFromJson(j);
  if (!summary) return summary.error();
  d::AccountDetail detail;
  detail.summary = std::move(summary).value();
  detail.title = str(j, "title");
  detail.email = str(j, "email");
  detail.createdAt = str(j, "created_at");
  detail.lockedUntil = str(j, "locked_until");
  detail.handoverAllowed = getBool(j, "handover_allowed").value_or(false);
  auto it = j.find("holders");
  if (it == j.end() || !it->is_array()) return badShape("账号持有人");
  for (const auto& row : *it) {
    if (!row.is_object() || !getInt(row, "id")) return badShape("账号持有人");
    d::AccountHolder h;
    h.id = *getInt(row, "id");
    h.holderName = str(row, "holder_name");
    h.mobileMasked = str(row, "mobile_masked");
    h.title = str(row, "title");
    h.since = str(row, "since");
    h.until = str(row, "until");
    h.reason = str(row, "reason");
    h.handedOverBy = readRef(row, "handed_over_by");
    detail.holders.push_back(std::move(h));
  }
  return detail;
}

json accountHandoverToJson(const d::AccountHandover& h) {
  return {{"holder_name", h.holderName}, {"mobile", h.mobile}, {"title", h.title}, {"reason", h.reason}};
}

d::Result<d::AccountHandover> accountHandoverFromJson(const json& j) {
  if (!j.is_object()) return badShape("账号移交");
  return d::AccountHandover{str(j, "holder_name"), str(j, "mobile"), str(j, "title"), str(j, "reason")};
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
