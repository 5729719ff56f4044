// What a region of the city is: the city itself (市级), a county-level division (县市区) or a
// functional zone (功能区). One key/label table (region_kind.cpp); the keys are the stored and wire
// spellings, kept in the regions table's CHECK constraint.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace qinqing::domain {

enum class RegionKind { City, County, Zone };

inline constexpr std::array<RegionKind, 3> kAllRegionKinds = {RegionKind::City, RegionKind::County, RegionKind::Zone};

std::string_view regionKindKey(RegionKind kind);    // "city" | "county" | "zone"
std::string_view regionKindLabel(RegionKind kind);  // 市级 | 县市区 | 功能区
std::optional<RegionKind> regionKindFromKey(std::string_view key);

// Counties and zones hold units and petitions; the city is their parent. 组织机构 adds only these.
bool isSubdivision(RegionKind kind);

}  // namespace qinqing::domain
