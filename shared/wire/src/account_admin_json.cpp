#include "qinqing/wire/account_admin_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

json departmentToJson(const std::optional<d::InspectorDepartment>& department) {
  if (!department) return nullptr;
  return {{"key", d::inspectorDepartmentKey(*department)}, {"name", d::inspectorDepartmentName(*department)}};
}

// "department" as a key string (requests) or {"key","name"} (replies); none when absent or null.
d::Result<std::optional<d::InspectorDepartment>> departmentAt(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::optional<d::InspectorDepartment>{};
  std::string text;
  if (it->is_string()) text = it->get<std::string>();
  else if (it->is_object()) text = textAt(*it, "key");
  if (text.empty()) return std::optional<d::InspectorDepartment>{};
  auto department = d::inspectorDepartmentFromKey(text);
  if (!department) return d::DomainError::invalid({{"department", "提出部门应为巡查办、组织部或纪检监察"}});
  return std::optional<d::InspectorDepartment>(*department);
}

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
  j["requesting_department"] = departmentToJson(detail.requestingDepartment);
  j["disabled_at"] = detail.disabledAt;
  j["disabled_reason"] = detail.disabledReason;
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
  if (auto department = departmentAt(j, "requesting_department"); department && department.value()) {
    detail.requestingDepartment = *department.value();
  }
  detail.disabledAt = textAt(j, "disabled_at");
  detail.disabledReason = textAt(j, "disabled_reason");
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

json newStaffAccountToJson(const d::NewStaffAccount& a) {
  json j = {{"role", d::roleKey(a.role)}, {"login_name", a.loginName}, {"holder_name", a.holderName},
            {"mobile", a.mobile},          {"title", a.title}};
  j["unit_id"] = a.unitId ? json(*a.unitId) : json(nullptr);
  j["region_id"] = a.regionId ? json(*a.regionId) : json(nullptr);
  j["industry_group_id"] = a.industryGroupId ? json(*a.industryGroupId) : json(nullptr);
  j["department"] = a.department ? json(d::inspectorDepartmentKey(*a.department)) : json(nullptr);
  return j;
}

d::Result<d::NewStaffAccount> newStaffAccountFromJson(const json& j) {
  if (!j.is_object()) return badShape("新建账号");
  auto role = d::roleFromKey(textAt(j, "role"));
  if (!role) return d::DomainError::invalid({{"role", "请选择用户类型"}});
  auto department = departmentAt(j, "department");
  if (!department) return department.error();
  d::NewStaffAccount a;
  a.role = *role;
  a.loginName = textAt(j, "login_name");
  a.holderName = textAt(j, "holder_name");
  a.mobile = textAt(j, "mobile");
  a.title = textAt(j, "title");
  a.unitId = getInt(j, "unit_id");
  a.regionId = getInt(j, "region_id");
  a.industryGroupId = getInt(j, "industry_group_id");
  a.department = department.value();
  return a;
}

json accountEditToJson(const d::AccountEdit& e) {
  json j = {{"login_name", e.loginName}, {"title", e.title}, {"email", e.email}};
  j["department"] = e.department ? json(d::inspectorDepartmentKey(*e.department)) : json(nullptr);
  return j;
}

d::Result<d::AccountEdit> accountEditFromJson(const json& j) {
  if (!j.is_object()) return badShape("账号信息");
  auto department = departmentAt(j, "department");
  if (!department) return department.error();
  return d::AccountEdit{textAt(j, "login_name"), textAt(j, "title"), textAt(j, "email"), department.value()};
}

json accountDisableToJson(const d::AccountDisable& r) { return {{"reason", r.reason}}; }

d::Result<d::AccountDisable> accountDisableFromJson(const json& j) {
  if (!j.is_object()) return badShape("停用账号");
  return d::AccountDisable{textAt(j, "reason")};
}

json temporaryPasswordToJson(const d::TemporaryPassword& p) {
  return {{"account_id", p.accountId}, {"login_name", p.loginName}, {"password", p.password}};
}

d::Result<d::TemporaryPassword> temporaryPasswordFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "account_id")) return badShape("临时密码");
  return d::TemporaryPassword{*getInt(j, "account_id"), textAt(j, "login_name"), textAt(j, "password")};
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
