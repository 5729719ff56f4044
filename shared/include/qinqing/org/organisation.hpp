// The organisation as 系统管理员 maintains it (issue 4 "Organisation", 组织机构): regions with their
// units, the six industry groups with the department that runs each (§22), and the cadre roster
// (§1: a cadre belongs to one unit and is known there by name). Plain data and the checks that
// need no database; the server decides uniqueness (a unit name within its region, a cadre name
// within its unit) and answers those with conflict.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/org/region_kind.hpp"

namespace qinqing::domain {

inline constexpr std::size_t kUnitNameMax = 50;
inline constexpr std::size_t kCadreNameMax = 20;
inline constexpr std::size_t kTitleMax = 50;
inline constexpr std::size_t kEmailMax = 100;

// A region of the city (十堰市, a county-level division or a functional zone) and how many units it has.
struct RegionRow {
  long long id = 0;
  std::string name;
  RegionKind kind = RegionKind::County;
  int unitCount = 0;
  bool operator==(const RegionRow&) const = default;
};

// A unit (单位) of a region, with the size of its roster.
struct UnitRow {
  long long id = 0;
  std::string name;
  NamedRef region;
  int cadreCount = 0;
  bool operator==(const UnitRow&) const = default;
};

// One of the six industry groups of urban enterprises and the department that runs it (§22).
struct IndustryGroupRow {
  long long id = 0;
  std::string key;                  // stable English key
  std::string name;                 // 经信, 住建, …
  std::optional<NamedRef> unit;     // the department (十堰市经信局, …)
  int enterpriseCount = 0;
  bool operator==(const IndustryGroupRow&) const = default;
};

inline constexpr std::size_t kRegionNameMax = 30;

// POST /api/regions (name and kind) and PUT /api/regions/{id} (name only; kind is ignored). The
// city itself comes from the skeleton at `qinqing init`; 组织机构 adds counties and zones.
struct RegionForm {
  std::string name;
  std::optional<RegionKind> kind;  // 县市区 or 功能区; none when the form names no known kind
  bool operator==(const RegionForm&) const = default;
};

// Trims the name, then: name required, ≤ kRegionNameMax; kind a county or zone when `creating`
// ("请选择区域类型").
Status validateRegionForm(RegionForm& form, bool creating);

// POST /api/units (regionId and name) and PUT /api/units/{id} (name only; regionId is ignored).
struct UnitForm {
  long long regionId = 0;
  std::string name;
  bool operator==(const UnitForm&) const = default;
};

// Trims the name (ASCII spaces and the full-width U+3000 at both ends), then: name required and at
// most kUnitNameMax characters; region_id required when `withRegion` ("请选择所属区域").
Status validateUnitForm(UnitForm& form, bool withRegion);

// A cadre as 系统管理员 enters or edits them (PUT /api/cadres/{id}, POST /api/cadres).
struct CadreForm {
  long long unitId = 0;
  std::string name;
  std::string title;            // 职务
  std::string mobile;           // receives the platform's SMS (a new cadre's activation notice too); edits: empty = keep
  std::string email;
  bool contactIsProxy = false;  // §1: a city-level leader may give a working contact's number
  bool operator==(const CadreForm&) const = default;
};

// Trims the text fields, then every problem at once: unit_id ("请选择所属单位"), name (required,
// ≤ kCadreNameMax), title (≤ kTitleMax), mobile (an 11-digit mainland number; required when
// `creating`, while an edit may leave it empty to keep the stored number, which the editor only
// sees masked), email (format, ≤ kEmailMax; may be empty).
Status validateCadreForm(CadreForm& form, bool creating);

// Who may give an enterprise another cadre (PUT /api/enterprises/{id}/cadre, 一对一): 单位管理员 and
// 县市区管理员 within their scope, 系统管理员 everywhere. The client shows 更换包联干部 to these only.
bool roleMayReassignCadre(Role role);

// The text with ASCII whitespace and U+3000 removed from both ends (what a person did not mean to type).
std::string trimmedText(std::string_view text);

}  // namespace qinqing::domain
