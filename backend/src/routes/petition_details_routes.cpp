// 报表统计 — 诉求办理明细 (§11): GET /api/reports/petition-details (one row per petition received in
// the period, paged, sorted and searched on the server) and POST …/exports (the same rows, every
// one of them, written to .xlsx or CSV by an export job; the reader follows it at
// /api/export-jobs/:id and downloads the file when done). The same roles and scopes as the 统计表.
#include <vector>

#include "auth/scope.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "report/table_export.hpp"
#include "repositories/petition_details_repository.hpp"
#include "routes/report_request.hpp"
#include "routes/routes.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

std::vector<std::string> detailSortKeys() {
  std::vector<std::string> keys;
  for (d::DetailSort s : d::kAllDetailSorts) keys.emplace_back(d::detailSortKey(s));
  return keys;
}

report::ExportHead detailsHead(const d::PetitionStatsQuery& q, std::string subtitle) {
  report::ExportHead head;
  head.title = "诉求办理明细（" + q.from.toIso() + " 至 " + q.to.toIso() + "）";
  head.subtitle = std::move(subtitle);
  head.sheetName = "诉求办理明细";
  for (d::DetailColumn c : d::kAllDetailColumns)
    head.columns.push_back({std::string(d::detailColumnLabel(c)), d::detailColumnWidth(c),
                            d::detailColumnIsCount(c) ? report::CellKind::Count : report::CellKind::Text});
  return head;
}

std::vector<report::ExportCell> detailCells(const d::PetitionDetailRow& row) {
  std::vector<report::ExportCell> cells;
  cells.reserve(d::kAllDetailColumns.size());
  for (d::DetailColumn c : d::kAllDetailColumns) {
    if (d::detailColumnIsCount(c)) cells.emplace_back(static_cast<double>(row.extensions));
    else cells.emplace_back(d::detailCellText(row, c));
  }
  return cells;
}

}  // namespace

void registerPetitionDetailsRoutes(http::RouteTable& routes, Services& services) {
  // The 统计表's filter parameters (from, to, unit_id, region_id, industry_group_id, cadre_id) +
  // q (number, title or enterprise) & sort=submitted|number|sign_due|finish_due & order & page & page_size.
  routes.addForRoles(http::HttpMethod::Get, api::reports::petitionDetails, "诉求办理明细：每件诉求各环节的时间、期限、是否按时和评价",
                     auth::reportRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = report::detailsQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       const d::PageRequest page = http::pageRequestOf(req, detailSortKeys());
                       auto result = services.database.read([&](SQLite::Database& c) {
                         return report::PetitionDetailsRepository(c).page(report::filterOf(q.value(), who), page, now);
                       });
                       http::sendJson(res, http::Status::OK_200, wire::petitionDetailPageToJson(result));
                     })
      .returns("petitionDetailPageToJson", {"items", "total", "page", "page_size"});

  // The same parameters + format=xlsx|csv → 202 exportJobToJson; 429 while the reader's earlier
  // exports are still running.
  auto& start = routes.addForRoles(
      http::HttpMethod::Post, api::reports::petitionDetailsExports, "诉求办理明细：导出 Excel 或 CSV（后台任务）",
      auth::reportRoles(), [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        const long long now = toUnixSeconds(services.clock());
        auto q = report::detailsQueryOf(req, now);
        if (!q) return http::sendError(res, q.error());
        const auto format = report::exportFormatFromKey(http::queryParam(req, "format").value_or("xlsx"));
        if (!format) return http::sendError(res, d::DomainError::invalid({{"format", "导出格式应为 xlsx 或 csv"}}));
        d::PageRequest order = http::pageRequestOf(req, detailSortKeys());
        const report::ReportFilter filter = report::filterOf(q.value(), who);
        const report::ExportHead head = detailsHead(q.value(), report::filterText(services, q.value(), now));
        const std::string name = "诉求办理明细_" + q.value().from.toIso() + "_" + q.value().to.toIso() +
                                 report::exportExtension(*format);
        auto job = services.exports.submit(
            who.accountId, name,
            [&services, filter, order, now, head, format = *format](const std::filesystem::path& file,
                                                                    const report::ExportJobs::Progress& progress) {
              services.database.read([&](SQLite::Database& c) {
                report::PetitionDetailsRepository details(c);
                const long long total = details.count(filter, order.query);
                progress(0, total);
                report::TableFileWriter writer(format, file, head);
                long long done = 0;
                details.forEach(filter, order, now, [&](const d::PetitionDetailRow& row) {
                  writer.addRow(detailCells(row));
                  progress(++done, total);
                  return true;
                });
                writer.finish();
                progress(done, done);
                return 0;
              });
            });
        if (!job) return http::sendError(res, job.error());
        http::sendJson(res, http::Status::Accepted_202, wire::exportJobToJson(job.value()));
      });
  start.returns("exportJobToJson", http::keysOf(wire::exportJobToJson({})));
  start.successStatus = http::Status::Accepted_202;
  start.allowedToReadOnlyRoles();  // writes only a file of what the reader may already read
}

}  // namespace qinqing::backend
