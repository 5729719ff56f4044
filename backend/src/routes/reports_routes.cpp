// 报表统计 — 诉求办理统计表 (§11, §23): GET /api/reports/petition-stats (rows per unit, county,
// industry group or cadre with every figure and the 合计 row), …/cell (the petitions behind one
// cell), …/export (.xlsx or CSV of the same rows). Only roles with 报表统计 in their menu, each
// within its own scope (Scope::reportFacts); every filter narrows that scope, never widens it.
#include <map>

#include "auth/scope.hpp"
#include "http/file_download.hpp"
#include "routes/report_request.hpp"
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "report/table_export.hpp"
#include "repositories/petition_queries.hpp"
#include "repositories/report_repository.hpp"
#include "routes/routes.hpp"
#include "qinqing/report/report_query.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;
using report::filterOf;
using report::filterText;
using report::statsQueryOf;

std::vector<d::ScorecardRow> statsRows(Services& services, const d::PetitionStatsQuery& q, const auth::AuthContext& who,
                                       long long now) {
  auto rows = services.database.read([&](SQLite::Database& c) {
    return report::ReportRepository(c).scorecards(filterOf(q, who), q.groupBy, now);
  });
  d::sortRows(rows, q.sortBy, q.descending);
  return rows;
}

report::ExportTable statsTable(const d::PetitionStatsQuery& q, const std::vector<d::ScorecardRow>& rows,
                               std::string subtitle) {
  report::ExportTable t;
  t.title = d::petitionStatsTitle(q);
  t.subtitle = std::move(subtitle);
  t.sheetName = "诉求办理统计表";
  t.columns.push_back({std::string(d::groupByLabel(q.groupBy)), 30, report::CellKind::Text});
  for (d::Figure f : d::kAllFigures) {
    const bool rate = d::figureIsRate(f);
    t.columns.push_back({std::string(d::figureLabel(f)), rate ? 11.0 : 9.0,
                         rate ? report::CellKind::Percent : report::CellKind::Count});
  }
  for (const auto& row : rows) {
    std::vector<report::ExportCell> cells;
    cells.emplace_back(row.name);
    for (d::Figure f : d::kAllFigures) {
      if (!d::figureIsRate(f)) {
        cells.emplace_back(static_cast<double>(row.card.count(f)));
        continue;
      }
      const d::Rate r = row.card.rate(f);
      if (r.defined()) cells.emplace_back(static_cast<double>(r.numerator) / r.denominator);
      else cells.emplace_back(std::monostate{});
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

}  // namespace

void registerReportRoutes(http::RouteTable& routes, Services& services) {
  routes.addForRoles(http::HttpMethod::Get, api::reports::petitionStats, "诉求办理统计表：按单位、县市区、行业组或干部统计",
                     auth::reportRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = statsQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       const auto rows = statsRows(services, q.value(), who, now);
                       nlohmann::json body = wire::scorecardRowsToJson(rows);
                       body["group_by"] = d::groupByKey(q.value().groupBy);
                       body["from"] = q.value().from.toIso();
                       body["to"] = q.value().to.toIso();
                       body["generated_at"] = d::formatChinaTime(d::Instant::fromUnixSeconds(now));
                       http::sendJson(res, http::Status::OK_200, body);
                     })
      .returns("scorecardRowsToJson", {"rows", "group_by", "from", "to", "generated_at"});

  // + key=<group id, absent: 合计> &figure=<figureKey> &part=numerator|denominator (rates) &page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::reports::petitionStatsCell, "诉求办理统计表：某一格统计的诉求",
                     auth::reportRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = statsQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       std::vector<d::FieldError> errors;
                       const auto figure = d::figureFromKey(http::queryParam(req, "figure").value_or(""));
                       if (!figure) errors.push_back({"figure", "未知的统计列"});
                       std::optional<long long> key;
                       if (auto text = http::queryParam(req, "key"); text && !text->empty()) {
                         key = http::parseDecimal(*text);
                         if (!key) errors.push_back({"key", "应为编号（0 表示未分组）"});
                       }
                       const std::string part = http::queryParam(req, "part").value_or("numerator");
                       if (part != "numerator" && part != "denominator")
                         errors.push_back({"part", "应为 numerator 或 denominator"});
                       if (!errors.empty()) return http::sendError(res, d::DomainError::invalid(std::move(errors)));
                       const d::PageRequest page = http::pageRequestOf(req, {});
                       auto result = services.database.read([&](SQLite::Database& c) {
                         auto [ids, total] = report::ReportRepository(c).cellPetitions(
                             filterOf(q.value(), who), q.value().groupBy, key, *figure, part == "denominator", page, now);
                         return report::petitionPageOf(services, c, who, ids, total, page, now);
                       });
                       http::sendJson(res, http::Status::OK_200, wire::petitionPageToJson(result));
                     })
      .returns("petitionPageToJson", {"items", "total", "page", "page_size"});

  // + format=xlsx|csv
  routes.addForRoles(http::HttpMethod::Get, api::reports::petitionStatsExport, "诉求办理统计表：导出 Excel 或 CSV",
                     auth::reportRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = statsQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       const auto format = report::exportFormatFromKey(http::queryParam(req, "format").value_or("xlsx"));
                       if (!format)
                         return http::sendError(res, d::DomainError::invalid({{"format", "导出格式应为 xlsx 或 csv"}}));
                       const auto rows = statsRows(services, q.value(), who, now);
                       const auto table = statsTable(q.value(), rows, filterText(services, q.value(), now));
                       const std::string bytes = *format == report::ExportFormat::Xlsx
                                                     ? report::xlsxBytes(table, services.dataDir / "exports")
                                                     : report::csvBytes(table);
                       const std::string name = "诉求办理统计表_" + q.value().from.toIso() + "_" + q.value().to.toIso() +
                                                report::exportExtension(*format);
                       http::sendDownload(res, bytes, report::exportMime(*format), name,
                                          std::string("petition-stats") + report::exportExtension(*format));
                     });
}

}  // namespace qinqing::backend
