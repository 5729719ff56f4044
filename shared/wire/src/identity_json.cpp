#include "qinqing/wire/identity_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {
json refToJson(const std::optional<d::NamedRef>& ref) {
  if (!ref) return nullptr;
  return {{"id", ref->id}, {"name", ref->name}};
}
std::optional<d::NamedRef> refFromJson(const json& j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return std::nullopt;
  return d::NamedRef{getInt(*it, "id").value_or(0), getString(*it, "name").value_or("")};
}
}  // namespace

json profileToJson(const d::AccountProfile& p) {
  return {{"account_id", p.accountId},
          {"role", d::roleKey(p.role)},
          {"role_name", d::roleDisplayName(p.role)},
          {"login_name", p.loginName},
          {"display_name", p.displayName},
          {"region", refToJson(p.region)},
          {"unit", refToJson(p.unit)},
          {"enterprise", refToJson(p.enterprise)},
          {"industry_group", refToJson(p.industryGroup)},
          {"title", p.title},
          {"email", p.email},
          {"mobile_masked", p.mobileMasked},
          {"mobile_bound", p.mobileBound},
          {"must_change_password", p.mustChangePassword},
          {"last_login_at", p.lastLoginAt},
          {"pending_unit", refToJson(p.pendingUnit)}};
}

d::Result<d::AccountProfile> profileFromJson(const json& j) {
  if (!j.is_object()) return badShape("个人信息");
  auto role = d::roleFromKey(getString(j, "role").value_or(""));
  if (!role) return badShape("角色");
  d::AccountProfile p;
  p.accountId = getInt(j, "account_id").value_or(0);
  p.role = *role;
  p.loginName = getString(j, "login_name").value_or("");
  p.displayName = getString(j, "display_name").value_or("");
  p.region = refFromJson(j, "region");
  p.unit = refFromJson(j, "unit");
  p.enterprise = refFromJson(j, "enterprise");
  p.industryGroup = refFromJson(j, "industry_group");
  p.title = getString(j, "title").value_or("");
  p.email = getString(j, "email").value_or("");
  p.mobileMasked = getString(j, "mobile_masked").value_or("");
  p.mobileBound = getBool(j, "mobile_bound").value_or(false);
  p.mustChangePassword = getBool(j, "must_change_password").value_or(false);
  p.lastLoginAt = getString(j, "last_login_at").value_or("");
  p.pendingUnit = refFromJson(j, "pending_unit");
  return p;
}

json loginRequestToJson(const d::LoginRequest& r) {
  json j = {{"role", d::roleKey(r.role)}, {"login_name", r.loginName}, {"password", r.password}};
  j["unit_id"] = r.unitId ? json(*r.unitId) : json(nullptr);
  return j;
}

d::Result<d::LoginRequest> loginRequestFromJson(const json& j) {
  if (!j.is_object()) return badShape("登录请求");
  auto role = d::roleFromKey(getString(j, "role").value_or(""));
  if (!role) return d::DomainError::invalid({{"role", "请选择用户类型"}});
  d::LoginRequest r;
  r.role = *role;
  r.loginName = getString(j, "login_name").value_or("");
  r.password = getString(j, "password").value_or("");
  r.unitId = getInt(j, "unit_id");
  return r;
}

json loginOptionsToJson(const d::LoginOptions& o) {
  json roles = json::array();
  for (d::Role r : d::kAllRoles) {
    roles.push_back({{"key", d::roleKey(r)},
                     {"name", d::roleDisplayName(r)},
                     {"login_by_unit", d::roleLogsInByUnitAndName(r)},
                     {"login_name_label", d::loginNameLabel(r)}});
  }
  json regions = json::array();
  for (const auto& r : o.regions) regions.push_back({{"id", r.id}, {"name", r.name}, {"kind", d::regionKindKey(r.kind)}});
  json units = json::array();
  for (const auto& u : o.units) units.push_back({{"id", u.id}, {"region_id", u.regionId}, {"name", u.name}});
  return {{"roles", roles}, {"regions", regions}, {"units", units}};
}

d::Result<d::LoginOptions> loginOptionsFromJson(const json& j) {
  if (!j.is_object()) return badShape("登录选项");
  d::LoginOptions o;
  if (auto it = j.find("regions"); it != j.end() && it->is_array()) {
    for (const auto& r : *it) {
      auto kind = d::regionKindFromKey(getString(r, "kind").value_or(""));
      if (!kind) return badShape("登录选项（区域类型）");
      o.regions.push_back({getInt(r, "id").value_or(0), getString(r, "name").value_or(""), *kind});
    }
  }
  if (auto it = j.find("units"); it != j.end() && it->is_array()) {
    for (const auto& u : *it) {
      o.units.push_back({getInt(u, "id").value_or(0), getInt(u, "region_id").value_or(0),
                         getString(u, "name").value_or("")});
    }
  }
  return o;
}

}  // namespace qinqing::wire
