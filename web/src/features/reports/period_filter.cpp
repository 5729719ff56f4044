#include "features/reports/period_filter.hpp"

#include <imgui.h>

#include "app/app_state.hpp"
#include "qinqing/time/period.hpp"
#include "widgets/form_widgets.hpp"

namespace qinqing::web {
namespace d = qinqing::domain;

bool drawPeriodFields(const std::string& prefix, std::string& from, std::string& to,
                      const std::vector<d::FieldError>& errors, float dpr) {
  bool submitted = false;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  ui::FieldOptions o;
  o.width = 130 * dpr;
  o.maxChars = 10;
  o.hint = "2026-01-01";
  o.error = AppState::fieldError(errors, "from");
  submitted |= ui::textField((prefix + ".from").c_str(), "收到日期自", from, o);
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  o.error = AppState::fieldError(errors, "to");
  o.hint = "2026-12-31";
  submitted |= ui::textField((prefix + ".to").c_str(), "至", to, o);
  ImGui::EndGroup();
  return submitted;
}

bool drawQuickPeriods(const std::string& prefix, std::string& from, std::string& to, d::Date today) {
  bool chosen = false;
  const auto quick = [&](const char* id, const char* label, d::Date first, d::Date last) {
    if (ui::secondaryButton((prefix + "." + id).c_str(), label)) {
      from = first.toIso();
      to = last.toIso();
      chosen = true;
    }
    ImGui::SameLine();
  };
  const d::YearMonth month = d::YearMonth::of(today);
  const d::Quarter quarter = d::Quarter::of(today);
  quick("this_month", "本月", month.firstDay(), today);
  quick("last_month", "上月", month.previous().firstDay(), month.previous().lastDay());
  quick("this_quarter", "本季度", quarter.firstDay(), today);
  quick("last_quarter", "上季度", quarter.previous().firstDay(), quarter.previous().lastDay());
  quick("this_year", "本年", d::Date::fromCivil(today.year(), 1, 1).value(), today);
  quick("last_year", "上年", d::Date::fromCivil(today.year() - 1, 1, 1).value(),
        d::Date::fromCivil(today.year() - 1, 12, 31).value());
  return chosen;
}

}  // namespace qinqing::web
