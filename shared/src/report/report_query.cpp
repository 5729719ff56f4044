#include "qinqing/report/report_query.hpp"

namespace qinqing::domain {

Status validatePetitionStatsQuery(const PetitionStatsQuery& q) {
  if (q.to < q.from) return DomainError::invalid({{"to", "截止日期不能早于起始日期"}});
  if (daysBetween(q.from, q.to) + 1 > kMaxReportPeriodDays)
    return DomainError::invalid({{"to", "统计期最长三年；更长的时段请分段统计或导出明细"}});
  return Ok{};
}

std::string petitionStatsTitle(const PetitionStatsQuery& q) {
  return "诉求办理统计表（按" + std::string(groupByLabel(q.groupBy)) + "，" + q.from.toIso() + " 至 " + q.to.toIso() +
         "）";
}

}  // namespace qinqing::domain
