#include "qinqing/wire/org_skeleton_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

// The array at key, each element an object; null when absent or of another shape.
const json* objectList(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return nullptr;
  for (const auto& e : *it) {
    if (!e.is_object()) return nullptr;
  }
  return &*it;
}

}  // namespace

json skeletonToJson(const d::OrganisationSkeleton& s) {
  json regions = json::array(), units = json::array(), groups = json::array(), admins = json::array();
  for (const auto& r : s.regions) {
    json region = {{"name", r.name}};
    if (r.kind) region["kind"] = d::regionKindKey(*r.kind);  // none: the file named no known kind
    regions.push_back(region);
  }
  for (const auto& u : s.units) units.push_back({{"region", u.region}, {"name", u.name}});
  for (const auto& g : s.industryGroups) groups.push_back({{"key", g.key}, {"name", g.name}, {"unit", g.unit}});
  for (const auto& a : s.administrators) {
    admins.push_back({{"role", d::roleKey(a.role)}, {"login_name", a.loginName}, {"holder_name", a.holderName}});
  }
  return {{"city", s.city}, {"regions", regions}, {"units", units}, {"industry_groups", groups}, {"administrators", admins}};
}

d::Result<d::OrganisationSkeleton> skeletonFromJson(const json& j) {
  if (!j.is_object()) return badShape("组织机构初始数据");
  const json* regions = objectList(j, "regions");
  const json* units = objectList(j, "units");
  const json* groups = objectList(j, "industry_groups");
  const json* admins = objectList(j, "administrators");
  if (!regions || !units || !groups || !admins) {
    return badShape("组织机构初始数据（regions、units、industry_groups、administrators 应为对象数组）");
  }
  d::OrganisationSkeleton s;
  s.city = textAt(j, "city");
  for (const auto& r : *regions) s.regions.push_back({textAt(r, "name"), d::regionKindFromKey(textAt(r, "kind"))});
  for (const auto& u : *units) s.units.push_back({textAt(u, "region"), textAt(u, "name")});
  for (const auto& g : *groups) s.industryGroups.push_back({textAt(g, "key"), textAt(g, "name"), textAt(g, "unit")});
  for (const auto& a : *admins) {
    auto role = d::roleFromKey(textAt(a, "role"));
    if (!role) return badShape("管理员的 role（应为 system_admin、security_admin 或 audit_admin）");
    s.administrators.push_back({*role, textAt(a, "login_name"), textAt(a, "holder_name")});
  }
  return s;
}

}  // namespace qinqing::wire
