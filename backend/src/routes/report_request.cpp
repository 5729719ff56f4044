#include "routes/report_request.hpp"

#include <map>

#include "auth/scope.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/petition_queries.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::backend::report {
namespace d = qinqing::domain;

d::Result<d::PetitionStatsQuery> statsQueryOf(const httplib::Request& req, long long now) {
  std::map<std::string, std::string> params;
  for (const auto& [key, value] : req.params) params.emplace(key, value);
  return wire::petitionStatsQueryFromParams(params, d::localDate(d::Instant::fromUnixSeconds(now)));
}

d::Result<d::PetitionStatsQuery> detailsQueryOf(const httplib::Request& req, long long now) {
  std::map<std::string, std::string> params;
  for (const auto& [key, value] : req.params)
    if (key != "sort" && key != "desc") params.emplace(key, value);
  return wire::petitionStatsQueryFromParams(params, d::localDate(d::Instant::fromUnixSeconds(now)));
}

ReportFilter filterOf(const d::PetitionStatsQuery& q, const auth::AuthContext& who) {
  ReportFilter f;
  f.period = q.period();
  f.scope = auth::Scope(who).reportFacts();
  f.unitId = q.unitId;
  f.regionId = q.regionId;
  f.industryGroupId = q.industryGroupId;
  f.cadreId = q.cadreId;
  return f;
}

std::string filterText(Services& services, const d::PetitionStatsQuery& q, long long now) {
  std::string text;
  services.database.read([&](SQLite::Database& c) {
    ReportRepository names(c);
    const auto add = [&](d::GroupBy by, const std::optional<std::int64_t>& id) {
      if (id) text += std::string(d::groupByLabel(by)) + "：" + names.groupName(by, *id) + "；";
    };
    add(d::GroupBy::Unit, q.unitId);
    add(d::GroupBy::Region, q.regionId);
    add(d::GroupBy::IndustryGroup, q.industryGroupId);
    add(d::GroupBy::Cadre, q.cadreId);
    return 0;
  });
  return text + "按收到诉求日期统计；导出时间 " + d::formatChinaTime(d::Instant::fromUnixSeconds(now));
}

d::Page<d::PetitionSummary> petitionPageOf(Services& services, SQLite::Database& c, const auth::AuthContext& who,
                                           const std::vector<long long>& ids, long long total,
                                           const d::PageRequest& page, long long now) {
  d::Page<d::PetitionSummary> out;
  out.total = total;
  out.page = page.page;
  out.pageSize = page.pageSize;
  out.items = services.calendar.read([&](const d::HolidayCalendar& calendar) {
    return petition::petitionSummariesOf(c, who, ids, calendar, now);
  });
  return out;
}

}  // namespace qinqing::backend::report
