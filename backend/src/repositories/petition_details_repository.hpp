// PetitionDetailsRepository: 诉求办理明细 (§11) over the report facts, so its rows are exactly the
// petitions the 统计表 counts for the same filter (scope, received days, unit, county, group,
// cadre) and its 按时 / 超时 are the counted facts. A page for the screen, or every row in order
// for an export (streamed: one row in memory at a time).
#pragma once

#include <SQLiteCpp/Database.h>

#include <functional>

#include "qinqing/org/paging.hpp"
#include "qinqing/report/petition_details.hpp"
#include "repositories/report_repository.hpp"

namespace qinqing::backend::report {

class PetitionDetailsRepository {
public:
  explicit PetitionDetailsRepository(SQLite::Database& db) : m_db(db) {}

  // request.sort: a detailSortKey ("" = submitted); request.query matches the number, title or
  // enterprise. Newest first unless the sort says otherwise.
  domain::Page<domain::PetitionDetailRow> page(const ReportFilter& filter, const domain::PageRequest& request,
                                               long long now);
  long long count(const ReportFilter& filter, const std::string& text);
  // Every row of the filter in the request's order; stops early when fn returns false.
  void forEach(const ReportFilter& filter, const domain::PageRequest& request, long long now,
               const std::function<bool(const domain::PetitionDetailRow&)>& fn);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::report
