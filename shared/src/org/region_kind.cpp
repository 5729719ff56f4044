#include "qinqing/org/region_kind.hpp"

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {

namespace {

constexpr Vocabulary<RegionKind, 3> kRegionKinds = {{
    {RegionKind::City, "city", "市级"},
    {RegionKind::County, "county", "县市区"},
    {RegionKind::Zone, "zone", "功能区"},
}};

}  // namespace

std::string_view regionKindKey(RegionKind kind) { return vocabularyKey(kRegionKinds, kind); }
std::string_view regionKindLabel(RegionKind kind) { return vocabularyLabel(kRegionKinds, kind); }
std::optional<RegionKind> regionKindFromKey(std::string_view key) { return vocabularyFromKey(kRegionKinds, key); }

bool isSubdivision(RegionKind kind) {
  switch (kind) {
    case RegionKind::City: return false;
    case RegionKind::County:
    case RegionKind::Zone: return true;
  }
  return false;
}

}  // namespace qinqing::domain
