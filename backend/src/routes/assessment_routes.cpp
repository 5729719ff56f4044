// 单位考核 (issue 12, §5): GET /api/reports/unit-assessment — each unit's petition figures (三率)
// and liaison work (contacts, 经营状况 months, bulletins) with its total score and rank, sorted,
// searched and paged here; …/export — the same rows as .xlsx or CSV; GET/PUT
// /api/settings/assessment-weights — the weights (the system administrator sets them, audited).
// Every unit of the city is scored together (the 简报 yardstick is the city's best), then the
// reader's scope (Scope::assessedUnits) and filters pick the rows: a unit has one score and one
// rank whoever reads it.
#include <algorithm>

#include "auth/scope.hpp"
#include "http/file_download.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "report/assessment_weights.hpp"
#include "report/table_export.hpp"
#include "repositories/assessment_repository.hpp"
#include "repositories/report_repository.hpp"
#include "routes/routes.hpp"
#include "qinqing/report/export_text.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/assessment_json.hpp"
#include "qinqing/wire/error_json.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;
using d::Role;

d::Result<d::UnitAssessmentQuery> assessmentQueryOf(const httplib::Request& req, long long now) {
  std::map<std::string, std::string> params;
  for (const auto& [key, value] : req.params) params.emplace(key, value);
  return wire::unitAssessmentQueryFromParams(params, d::localDate(d::Instant::fromUnixSeconds(now)));
}

bool unitNameMatches(const std::string& name, const std::string& search) {
  return search.empty() || name.find(search) != std::string::npos;
}

// Every row the reader may see for the query, sorted; the weights they were scored with.
struct AssessedRows {
  d::AssessmentWeights weights;
  int monthsOwed = 0;
  std::vector<d::UnitAssessment> rows;
};

AssessedRows assessedRows(Services& services, const auth::AuthContext& who, const d::UnitAssessmentQuery& q,
                          long long now) {
  AssessedRows out;
  std::vector<d::UnitAssessmentFacts> facts;
  std::set<long long> visible;
  services.database.read([&](SQLite::Database& c) {
    out.weights = report::readAssessmentWeights(c);
    report::AssessmentRepository repo(c);
    facts = repo.unitFacts(q.period(), now);
    visible = repo.unitsWhere(auth::Scope(who).assessedUnits(), q.regionId);
    return 0;
  });
  out.monthsOwed =
      static_cast<int>(d::assessmentMonthsOwed(q.from, q.to, d::localDate(d::Instant::fromUnixSeconds(now))).size());
  for (auto& row : d::assessUnits(facts, out.weights))
    if (visible.count(row.facts.unitId) && unitNameMatches(row.facts.unitName, q.search))
      out.rows.push_back(std::move(row));
  d::sortAssessments(out.rows, q.sortBy, q.descending);
  return out;
}

report::ExportTable assessmentTable(const d::UnitAssessmentQuery& q, const AssessedRows& assessed,
                                    const std::string& subtitle) {
  using report::CellKind;
  report::ExportTable t;
  t.title = d::unitAssessmentTitle(q.from, q.to);
  t.subtitle = subtitle;
  t.sheetName = "单位考核";
  t.columns = {{"名次", 6, CellKind::Count},         {"单位", 28, CellKind::Text},
               {"县市区", 12, CellKind::Text},       {"干部数", 8, CellKind::Count},
               {"包联企业", 9, CellKind::Count},     {"收到诉求", 9, CellKind::Count}};
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    if (p == d::AssessmentPart::ContactCoverage) t.columns.push_back({"联系次数", 9, CellKind::Count});
    if (p == d::AssessmentPart::BulletinsAdopted) {
      t.columns.push_back({"简报报送", 9, CellKind::Count});
      t.columns.push_back({"简报采用篇数", 11, CellKind::Count});
    }
    t.columns.push_back({std::string(d::assessmentPartLabel(p)) + "（权重" + std::to_string(assessed.weights.of(p)) + "）",
                         13, CellKind::Percent});
  }
  t.columns.push_back({"总分", 9, CellKind::Decimal});
  for (const auto& row : assessed.rows) {
    const auto& f = row.facts;
    std::vector<report::ExportCell> cells;
    if (row.rank > 0) cells.emplace_back(static_cast<double>(row.rank));
    else cells.emplace_back(std::monostate{});
    cells.emplace_back(f.unitName);
    cells.emplace_back(f.regionName);
    cells.emplace_back(static_cast<double>(f.cadres));
    cells.emplace_back(static_cast<double>(f.enterprises));
    cells.emplace_back(static_cast<double>(f.received));
    for (d::AssessmentPart p : d::kAllAssessmentParts) {
      if (p == d::AssessmentPart::ContactCoverage) cells.emplace_back(static_cast<double>(f.contactsLogged));
      if (p == d::AssessmentPart::BulletinsAdopted) {
        cells.emplace_back(static_cast<double>(f.bulletinsSubmitted));
        cells.emplace_back(static_cast<double>(f.bulletinsAdopted));
      }
      if (const auto ratio = row.part(p).ratio) cells.emplace_back(*ratio);
      else cells.emplace_back(std::monostate{});
    }
    if (row.scoreHundredths) cells.emplace_back(*row.scoreHundredths / 100.0);
    else cells.emplace_back(std::monostate{});
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// 县市区：郧阳区；权重 按时签收率20 …；应计月份 11 个；导出时间 …
std::string assessmentFilterText(Services& services, const d::UnitAssessmentQuery& q, const AssessedRows& assessed,
                                 long long now) {
  std::string text;
  if (q.regionId) {
    services.database.read([&](SQLite::Database& c) {
      text += "县市区：" + report::ReportRepository(c).groupName(d::GroupBy::Region, *q.regionId) + "；";
      return 0;
    });
  }
  if (!q.search.empty()) text += "单位名称含“" + q.search + "”；";
  text += "权重";
  for (d::AssessmentPart p : d::kAllAssessmentParts)
    text += " " + std::string(d::assessmentPartLabel(p)) + std::to_string(assessed.weights.of(p));
  text += "；应计月份 " + std::to_string(assessed.monthsOwed) + " 个；导出时间 " +
          d::formatChinaTime(d::Instant::fromUnixSeconds(now));
  return text;
}

std::vector<Role> weightReaders() {
  std::vector<Role> roles = auth::assessmentRoles();
  roles.push_back(Role::SystemAdmin);
  return roles;
}

}  // namespace

void registerAssessmentRoutes(http::RouteTable& routes, Services& services) {
  // ?from=&to=&region_id=&q=&sort=<assessmentSortKey>&desc=0|1&page=&page_size=
  routes.addForRoles(http::HttpMethod::Get, api::reports::unitAssessment, "单位考核：各单位诉求办理与包联工作得分、名次",
                     auth::assessmentRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = assessmentQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       auto assessed = assessedRows(services, who, q.value(), now);
                       wire::UnitAssessmentReport report;
                       report.from = q.value().from;
                       report.to = q.value().to;
                       report.generatedAt = d::formatChinaTime(d::Instant::fromUnixSeconds(now));
                       report.monthsOwed = assessed.monthsOwed;
                       report.weights = assessed.weights;
                       report.rows.total = static_cast<long long>(assessed.rows.size());
                       report.rows.page = q.value().page;
                       report.rows.pageSize = q.value().pageSize;
                       const std::size_t first = static_cast<std::size_t>(q.value().page - 1) * q.value().pageSize;
                       for (std::size_t i = first; i < assessed.rows.size() && i < first + q.value().pageSize; ++i)
                         report.rows.items.push_back(std::move(assessed.rows[i]));
                       http::sendJson(res, http::Status::OK_200, wire::unitAssessmentReportToJson(report));
                     })
      .returns("unitAssessmentReportToJson",
               {"from", "to", "generated_at", "months_owed", "weights", "items", "total", "page", "page_size"});

  // The same query (without paging) + format=xlsx|csv.
  routes.addForRoles(http::HttpMethod::Get, api::reports::unitAssessmentExport, "单位考核：导出 Excel 或 CSV",
                     auth::assessmentRoles(),
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const long long now = toUnixSeconds(services.clock());
                       auto q = assessmentQueryOf(req, now);
                       if (!q) return http::sendError(res, q.error());
                       const auto format = report::exportFormatFromKey(http::queryParam(req, "format").value_or("xlsx"));
                       if (!format)
                         return http::sendError(res, d::DomainError::invalid({{"format", "导出格式应为 xlsx 或 csv"}}));
                       const auto assessed = assessedRows(services, who, q.value(), now);
                       const auto table =
                           assessmentTable(q.value(), assessed, assessmentFilterText(services, q.value(), assessed, now));
                       const std::string bytes = *format == report::ExportFormat::Xlsx
                                                     ? report::xlsxBytes(table, services.dataDir / "exports")
                                                     : report::csvBytes(table);
                       const std::string name = "单位考核统计表_" + q.value().from.toIso() + "_" + q.value().to.toIso() +
                                                report::exportExtension(*format);
                       http::sendDownload(res, bytes, report::exportMime(*format), name,
                                          std::string("unit-assessment") + report::exportExtension(*format));
                     });

  routes.addForRoles(http::HttpMethod::Get, api::reports::assessmentWeights, "考核权重", weightReaders(),
                     [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       const auto weights = services.database.read(
                           [](SQLite::Database& c) { return report::readAssessmentWeights(c); });
                       http::sendJson(res, http::Status::OK_200, wire::assessmentWeightsToJson(weights));
                     })
      .returns("assessmentWeightsToJson", http::keysOf(wire::assessmentWeightsToJson({})));

  // Body: every part key with its integer weight, summing to 100 → the stored weights; audited.
  routes.addForRoles(http::HttpMethod::Put, api::reports::assessmentWeights, "修改考核权重", {Role::SystemAdmin},
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto body = wire::parseObject(req.body);
                       if (!body) return http::sendError(res, body.error());
                       auto weights = wire::assessmentWeightsFromJson(body.value());
                       if (!weights) return http::sendError(res, weights.error());
                       const long long now = toUnixSeconds(services.clock());
                       auto set = report::setAssessmentWeights(services.database, who, weights.value(), req.remote_addr, now);
                       if (!set) return http::sendError(res, set.error());
                       const auto stored = services.database.read(
                           [](SQLite::Database& c) { return report::readAssessmentWeights(c); });
                       http::sendJson(res, http::Status::OK_200, wire::assessmentWeightsToJson(stored));
                     })
      .accepts("assessmentWeightsToJson", http::keysOf(wire::assessmentWeightsToJson({})))
      .returns("assessmentWeightsToJson", http::keysOf(wire::assessmentWeightsToJson({})));
}

}  // namespace qinqing::backend
