// The period every report is asked for: 收到日期自 … 至 … (checked by the shared query rules when
// sent) and the quick periods assessments are made for (本月, 上月, 本季度, 上季度, 本年, 上年). Probe ids are
// <prefix>.from, <prefix>.to, <prefix>.this_month, ….
#pragma once

#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::web {

// The two date fields side by side, from the current line; true when one was submitted (Enter).
bool drawPeriodFields(const std::string& prefix, std::string& from, std::string& to,
                      const std::vector<domain::FieldError>& errors, float dpr);
// The quick-period buttons on one line (each followed by SameLine); true when one was chosen.
bool drawQuickPeriods(const std::string& prefix, std::string& from, std::string& to, domain::Date today);

}  // namespace qinqing::web
