// Migration 13: one row of report facts per submitted petition (issue 12). The count columns are
// named by domain::figureKey and hold petitionFigureCounts() of the petition (0 or 1), so a report
// is a SUM over an index range of received days and the definitions stay in shared/report.
#pragma once

#include <string_view>

namespace qinqing::backend::db {

extern const std::string_view kReportSchema;
// Migration 14: the facts summed per month and (unit, county, industry group), kept by triggers.
extern const std::string_view kReportMonthsSchema;
// Migration 15: indexes of the 驾驶舱 (open petitions by stage and due instant, results by time).
extern const std::string_view kOverviewIndexes;

}  // namespace qinqing::backend::db
