// The filters every report narrows the reader's scope with: 县市区, 承办单位 (of the chosen county)
// and 行业组, as drop-downs beside the period, each with 全部. A filter the reader's scope already
// fixes is not offered (a unit administrator reads one unit; a county administrator one county;
// an industry dispatcher one group). Probe ids: <prefix>.region, <prefix>.unit, <prefix>.group.
#pragma once

#include <string>

#include "features/reports/reports_state.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::web {

// Draws the offered filters side by side, their tops at rowY: the first beside the item just
// drawn, or at the start of a new line (startsLine); true when one changed. A county chosen clears
// a unit of another county.
bool drawReportFilters(const std::string& prefix, ReportFilters& filters, const ReportChoicesState& choices,
                       domain::Role role, float rowY, bool startsLine = false);

}  // namespace qinqing::web
