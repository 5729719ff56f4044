// The fixed part of the demo data: 十堰's real regions, the six industry groups of §22, ~30 units,
// the cadres and accounts the lead's browser tests log in with, and the word lists the generator
// draws realistic names from. Pure data, no database access.
#pragma once

#include <string_view>
#include <vector>

#include "qinqing/org/region_kind.hpp"

namespace qinqing::backend::demo {

struct RegionSpec {
  std::string_view name;
  domain::RegionKind kind;
  std::string_view divisionCode;  // GB/T 2260 code, the USCC's characters 3–8
  std::string_view namePrefix;    // how local company names start (十堰市, 丹江口市, ...)
  int enterpriseWeight;           // share of the 500 demo enterprises
};

struct UnitSpec {
  std::string_view region;
  std::string_view name;
};

struct IndustryGroupSpec {
  std::string_view key;
  std::string_view name;
  std::string_view unit;  // the department that runs the group
  int enterpriseWeight;
  std::vector<std::string_view> trades;  // 汽车零部件, 建筑工程, ...
};

struct FixedCadre {
  std::string_view unit;
  std::string_view name;
  std::string_view title;
  bool contactIsProxy;  // §1: city leaders may give a working contact's mobile
};

const std::vector<RegionSpec>& demoRegions();  // the city first, then counties, then zones
const std::vector<UnitSpec>& demoUnits();
const std::vector<IndustryGroupSpec>& demoIndustryGroups();
const std::vector<FixedCadre>& fixedCadres();  // 张明 first; names with 喆, 堃, 镕 and 𠀀

const std::vector<std::string_view>& surnames();
const std::vector<std::string_view>& givenNameCharacters();
const std::vector<std::string_view>& cadreTitles();
const std::vector<std::string_view>& companyBrands();  // 字号: 鑫源, 恒达, ...
const std::vector<std::string_view>& streetNames();

}  // namespace qinqing::backend::demo
