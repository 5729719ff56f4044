#include "qinqing/org/org_skeleton.hpp"

#include <set>
#include <string_view>
#include <utility>

#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/org/organisation.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {
namespace {

std::string at(std::string_view list, std::size_t i, std::string_view field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(field);
}

}  // namespace

Status validateSkeleton(const OrganisationSkeleton& s) {
  FieldValidator v;
  v.required("city", "城市名称", s.city).maxChars("city", "城市名称", s.city, kRegionNameMax);
  std::set<std::string> regions{s.city};
  for (std::size_t i = 0; i < s.regions.size(); ++i) {
    const auto& r = s.regions[i];
    v.required(at("regions", i, "name"), "区域名称", r.name)
        .maxChars(at("regions", i, "name"), "区域名称", r.name, kRegionNameMax);
    v.check(r.kind && isSubdivision(*r.kind), at("regions", i, "kind"), "区域类型应为 county 或 zone");
    v.check(r.name.empty() || regions.insert(r.name).second, at("regions", i, "name"), "区域名称重复：" + r.name);
  }
  std::set<std::pair<std::string, std::string>> units;
  std::set<std::string> unitNames;
  for (std::size_t i = 0; i < s.units.size(); ++i) {
    const auto& u = s.units[i];
    v.required(at("units", i, "name"), "单位名称", u.name).maxChars(at("units", i, "name"), "单位名称", u.name, kUnitNameMax);
    v.check(regions.count(u.region) == 1, at("units", i, "region"), "单位所属区域不在区域列表中：" + u.region);
    v.check(u.name.empty() || units.emplace(u.region, u.name).second, at("units", i, "name"), "单位名称重复：" + u.name);
    unitNames.insert(u.name);
  }
  std::set<std::string> groupKeys, groupNames;
  for (std::size_t i = 0; i < s.industryGroups.size(); ++i) {
    const auto& g = s.industryGroups[i];
    v.required(at("industry_groups", i, "key"), "行业组标识", g.key);
    v.required(at("industry_groups", i, "name"), "行业组名称", g.name);
    v.check(g.key.empty() || groupKeys.insert(g.key).second, at("industry_groups", i, "key"), "行业组标识重复：" + g.key);
    v.check(g.name.empty() || groupNames.insert(g.name).second, at("industry_groups", i, "name"), "行业组名称重复：" + g.name);
    v.check(unitNames.count(g.unit) == 1, at("industry_groups", i, "unit"), "行业组牵头部门不在单位列表中：" + g.unit);
  }
  std::set<Role> adminRoles;
  std::set<std::string> adminNames;
  for (std::size_t i = 0; i < s.administrators.size(); ++i) {
    const auto& a = s.administrators[i];
    v.check(roleIsPlatformAdministrator(a.role), at("administrators", i, "role"),
            "只能预置系统管理员、安全管理员和审计管理员");
    v.check(adminRoles.insert(a.role).second, at("administrators", i, "role"), "每类管理员只能有一个");
    v.required(at("administrators", i, "login_name"), "管理员账号", a.loginName)
        .maxChars(at("administrators", i, "login_name"), "管理员账号", a.loginName, kFixedLoginNameMax);
    v.check(a.loginName.empty() || adminNames.insert(a.loginName).second, at("administrators", i, "login_name"),
            "管理员账号重复：" + a.loginName);
  }
  v.check(adminRoles.size() == 3 && s.administrators.size() == 3, "administrators",
          "需要系统管理员、安全管理员、审计管理员各一个");
  return v.status();
}

}  // namespace qinqing::domain
