#include "features/reports/report_filters.hpp"

#include "widgets/form_widgets.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;
using d::Role;

bool offersRegion(Role role) { return role != Role::UnitAdmin && role != Role::CountyAdmin; }
bool offersUnit(Role role) { return role != Role::UnitAdmin; }
bool offersGroup(Role role) { return role != Role::IndustryDispatcher; }

// One drop-down with 全部 (id 0) first; the optional follows the choice.
bool filterField(const std::string& id, const char* label, std::vector<ui::Choice> choices,
                 std::optional<std::int64_t>& value, float width) {
  choices.insert(choices.begin(), {0, "全部"});
  long long selected = value.value_or(0);
  if (!ui::choiceField(id, label, choices, selected, nullptr, "全部", width)) return false;
  value = selected == 0 ? std::nullopt : std::optional<std::int64_t>(selected);
  return true;
}

}  // namespace

bool drawReportFilters(const std::string& prefix, ReportFilters& filters, const ReportChoicesState& choices, Role role,
                       float rowY, bool startsLine) {
  const float width = ImGui::GetFontSize() * 10;
  bool changed = false;
  bool first = true;
  const auto next = [&] {
    if (!first || !startsLine) ui::beside(rowY);
    first = false;
    ImGui::BeginGroup();
  };
  if (offersRegion(role)) {
    std::vector<ui::Choice> regions;
    for (const auto& r : choices.regions) regions.push_back({r.id, r.name});
    next();
    if (filterField(prefix + ".region", "县市区", regions, filters.regionId, width)) {
      changed = true;
      if (filters.unitId && filters.regionId) {
        for (const auto& u : choices.units)
          if (u.id == *filters.unitId && u.regionId != *filters.regionId) filters.unitId.reset();
      }
    }
    ImGui::EndGroup();
  }
  if (offersUnit(role)) {
    std::vector<ui::Choice> units;
    for (const auto& u : choices.units)
      if (!filters.regionId || u.regionId == *filters.regionId) units.push_back({u.id, u.name});
    next();
    changed |= filterField(prefix + ".unit", "承办单位", units, filters.unitId, width * 1.4f);
    ImGui::EndGroup();
  }
  if (offersGroup(role)) {
    std::vector<ui::Choice> groups;
    for (const auto& g : choices.groups) groups.push_back({g.id, g.name + "组"});
    next();
    changed |= filterField(prefix + ".group", "行业组", groups, filters.industryGroupId, width * 0.8f);
    ImGui::EndGroup();
  }
  return changed;
}

}  // namespace qinqing::web
