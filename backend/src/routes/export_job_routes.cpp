// 导出任务: GET /api/export-jobs/:id (progress; ?after_version=N waits up to a second for a change,
// so a progress bar follows the job without a timer) and GET /api/export-jobs/:id/file (the file
// once done). Any signed-in account, for its own jobs only: another's job answers 404.
#include <fstream>
#include <iterator>

#include "http/file_download.hpp"
#include "http/json_response.hpp"
#include "http/query_params.hpp"
#include "report/table_export.hpp"
#include "routes/routes.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr std::chrono::milliseconds kLongPoll{1000};

d::DomainError jobNotFound() {
  return d::DomainError::of(d::ErrorCode::NotFound, "导出任务不存在或已过期，请重新导出");
}

}  // namespace

void registerExportJobRoutes(http::RouteTable& routes, Services& services) {
  routes.addAuthed(http::HttpMethod::Get, api::exportJobs::one, "导出任务进度",
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auto id = http::pathId(req);
                       std::optional<long long> after;
                       if (auto text = http::queryParam(req, "after_version")) after = http::parseDecimal(*text);
                       auto job = id ? services.exports.status(who.accountId, *id, after,
                                                               after ? kLongPoll : std::chrono::milliseconds(0))
                                     : std::nullopt;
                       if (!job) return http::sendError(res, jobNotFound());
                       http::sendJson(res, http::Status::OK_200, wire::exportJobToJson(*job));
                     })
      .returns("exportJobToJson", http::keysOf(wire::exportJobToJson({})));

  routes.addAuthed(http::HttpMethod::Get, api::exportJobs::file, "下载导出的文件",
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       const auto id = http::pathId(req);
                       const auto done = id ? services.exports.file(who.accountId, *id) : std::nullopt;
                       if (!done) return http::sendError(res, jobNotFound());
                       std::ifstream in(done->second, std::ios::binary);
                       const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
                       const bool csv = done->first.fileName.ends_with(".csv");
                       const auto format = csv ? report::ExportFormat::Csv : report::ExportFormat::Xlsx;
                       http::sendDownload(res, bytes, report::exportMime(format), done->first.fileName,
                                          "export-" + std::to_string(*id) + report::exportExtension(format));
                     });
}

}  // namespace qinqing::backend
