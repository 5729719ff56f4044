// What every report route reads from a request the same way: the query (period, grouping, filters,
// sort; checked by the shared rules), the filter it means for the reader (their scope narrowed by
// the filters), and the filter in words for an export's second row.
#pragma once

#include <httplib.h>

#include <string>

#include "auth/auth_context.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "qinqing/report/report_query.hpp"
#include "repositories/report_repository.hpp"
#include "services.hpp"

namespace qinqing::backend::report {

domain::Result<domain::PetitionStatsQuery> statsQueryOf(const httplib::Request& req, long long now);
// The same for 诉求办理明细, whose sort and order are its page request's (sort=submitted&order=desc).
domain::Result<domain::PetitionStatsQuery> detailsQueryOf(const httplib::Request& req, long long now);
ReportFilter filterOf(const domain::PetitionStatsQuery& q, const auth::AuthContext& who);
// 承办单位：十堰市经信局；按收到诉求日期统计；导出时间 2026-12-07T10:00:00+08:00
std::string filterText(Services& services, const domain::PetitionStatsQuery& q, long long now);
// The page of petition summaries a drill-down answers (a 统计表 cell, a 驾驶舱 bar): the page's ids
// as the reader may see them, with the total they were counted from.
domain::Page<domain::PetitionSummary> petitionPageOf(Services& services, SQLite::Database& c,
                                                     const auth::AuthContext& who, const std::vector<long long>& ids,
                                                     long long total, const domain::PageRequest& page, long long now);

}  // namespace qinqing::backend::report
