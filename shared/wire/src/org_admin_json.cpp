#include "qinqing/wire/org_admin_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {
int count(const json& j, const char* key) { return static_cast<int>(getInt(j, key).value_or(0)); }
const json* itemsOf(const json& j) {
  if (!j.is_object()) return nullptr;
  auto it = j.find("items");
  return it != j.end() && it->is_array() ? &*it : nullptr;
}
}  // namespace

json regionRowToJson(const d::RegionRow& r) {
  return {{"id", r.id},
          {"name", r.name},
          {"kind", d::regionKindKey(r.kind)},
          {"kind_name", d::regionKindLabel(r.kind)},
          {"unit_count", r.unitCount}};
}

d::Result<d::RegionRow> regionRowFromJson(const json& row) {
  if (!row.is_object() || !getInt(row, "id")) return badShape("区域");
  auto kind = d::regionKindFromKey(textAt(row, "kind"));
  if (!kind) return badShape("区域（类型）");
  return d::RegionRow{*getInt(row, "id"), textAt(row, "name"), *kind, count(row, "unit_count")};
}

json regionRowsToJson(const std::vector<d::RegionRow>& rows) {
  json items = json::array();
  for (const auto& r : rows) items.push_back(regionRowToJson(r));
  return {{"items", items}};
}

d::Result<std::vector<d::RegionRow>> regionRowsFromJson(const json& j) {
  const json* items = itemsOf(j);
  if (!items) return badShape("区域列表");
  std::vector<d::RegionRow> out;
  for (const auto& row : *items) {
    auto region = regionRowFromJson(row);
    if (!region) return badShape("区域列表");
    out.push_back(std::move(region).value());
  }
  return out;
}

json unitRowToJson(const d::UnitRow& u) {
  return {{"id", u.id}, {"name", u.name}, {"region", optionalRefToJson(u.region)}, {"cadre_count", u.cadreCount}};
}

d::Result<d::UnitRow> unitRowFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("单位");
  return d::UnitRow{*getInt(j, "id"), textAt(j, "name"), namedRefAt(j, "region").value_or(d::NamedRef{}),
                    count(j, "cadre_count")};
}

json industryGroupRowsToJson(const std::vector<d::IndustryGroupRow>& rows) {
  json items = json::array();
  for (const auto& g : rows) {
    items.push_back({{"id", g.id},
                     {"key", g.key},
                     {"name", g.name},
                     {"unit", optionalRefToJson(g.unit)},
                     {"enterprise_count", g.enterpriseCount}});
  }
  return {{"items", items}};
}

d::Result<std::vector<d::IndustryGroupRow>> industryGroupRowsFromJson(const json& j) {
  const json* items = itemsOf(j);
  if (!items) return badShape("行业组别");
  std::vector<d::IndustryGroupRow> out;
  for (const auto& row : *items) {
    if (!row.is_object() || !getInt(row, "id")) return badShape("行业组别");
    out.push_back({*getInt(row, "id"), textAt(row, "key"), textAt(row, "name"), namedRefAt(row, "unit"),
                   count(row, "enterprise_count")});
  }
  return out;
}

json regionFormToJson(const d::RegionForm& form) {
  json j = {{"name", form.name}};
  if (form.kind) j["kind"] = d::regionKindKey(*form.kind);
  return j;
}

d::Result<d::RegionForm> regionFormFromJson(const json& j) {
  if (!j.is_object()) return badShape("区域");
  // An unknown or missing kind is no kind: validateRegionForm answers 请选择区域类型 on creation.
  return d::RegionForm{textAt(j, "name"), d::regionKindFromKey(textAt(j, "kind"))};
}

json unitFormToJson(const d::UnitForm& form) {
  json j = {{"name", form.name}};
  if (form.regionId > 0) j["region_id"] = form.regionId;
  return j;
}

d::Result<d::UnitForm> unitFormFromJson(const json& j) {
  if (!j.is_object()) return badShape("单位");
  return d::UnitForm{getInt(j, "region_id").value_or(0), textAt(j, "name")};
}

json cadreFormToJson(const d::CadreForm& f) {
  return {{"unit_id", f.unitId}, {"name", f.name},   {"title", f.title},
          {"mobile", f.mobile},  {"email", f.email}, {"contact_is_proxy", f.contactIsProxy}};
}

d::Result<d::CadreForm> cadreFormFromJson(const json& j) {
  if (!j.is_object()) return badShape("干部信息");
  d::CadreForm f;
  f.unitId = getInt(j, "unit_id").value_or(0);
  f.name = textAt(j, "name");
  f.title = textAt(j, "title");
  f.mobile = textAt(j, "mobile");
  f.email = textAt(j, "email");
  f.contactIsProxy = getBool(j, "contact_is_proxy").value_or(false);
  return f;
}

}  // namespace qinqing::wire
