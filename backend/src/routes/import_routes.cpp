// The import of the county's 一对一包联分配方案 (notice §21), for 系统管理员 only: upload a file as a
// job (check = dry run, or apply after a clean check of the same file), follow its progress, page
// through its problems. The rules live in shared (qinqing/org/assignment_plan.hpp), the reading and
// writing in import/; this file decodes and encodes only.
#include <chrono>
#include <memory>

#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "http/query_params.hpp"
#include "import/import_jobs.hpp"
#include "qinqing/wire/import_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

// How long a progress poll may wait for news before answering with the job as it is.
constexpr std::chrono::milliseconds kLongPoll{1000};

domain::DomainError jobNotFound() {
  return domain::DomainError::of(domain::ErrorCode::NotFound, "导入任务不存在或已过期，请重新选择文件检查");
}

}  // namespace

void registerImportRoutes(http::RouteTable& routes, Services& services) {
  // The jobs live as long as the handlers holding them, i.e. as the httplib server: it is torn
  // down before the database and the SMS sender the jobs use (server.hpp member order).
  auto jobs = std::make_shared<import::ImportJobs>(services.database, services.clock,
                                                   [&services] { services.sms.wake(); });
  const std::vector<domain::Role> admins = {domain::Role::SystemAdmin};

  // ?mode=check|apply&file_name=…, body = the file's bytes (CSV or .xlsx, up to the 12 MB limit)
  // → 202 importJobToJson. 400 for a bad mode or an empty body (field "file"); 409 for an apply
  // without a clean check of the same bytes; 429 when imports queue up.
  auto& upload = routes.addForRoles(
      http::HttpMethod::Post, api::assignmentImport::jobs, "上传包联分配方案文件（检查或导入）", admins,
      [jobs](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
        auto mode = domain::importModeFromKey(http::queryParam(req, "mode").value_or(""));
        if (!mode) return http::sendError(res, domain::DomainError::invalid({{"mode", "mode 应为 check（检查）或 apply（导入）"}}));
        auto job = jobs->submit(*mode, http::queryParam(req, "file_name").value_or(""), req.body,
                                audit::actorOf(who, req.remote_addr));
        if (!job) return http::sendError(res, job.error());
        http::sendJson(res, http::Status::Accepted_202, wire::importJobToJson(job.value()));
      });
  upload.acceptsBinary("文件原始字节（CSV 或 .xlsx），查询参数 mode=check|apply、file_name", "application/octet-stream")
      .returns("importJobToJson", http::keysOf(wire::importJobToJson({})));
  upload.successStatus = http::Status::Accepted_202;

  // ?after_version=N waits up to a second for the job to move past version N (long polling), so
  // a progress bar follows the job without a timer. → importJobToJson; 404 for an unknown job.
  routes.addForRoles(http::HttpMethod::Get, api::assignmentImport::job, "包联方案导入进度和结果", admins,
                     [jobs](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto id = http::pathId(req);
                       std::optional<long long> after;
                       if (auto text = http::queryParam(req, "after_version")) after = http::parseDecimal(*text);
                       auto job = id ? jobs->status(*id, after, after ? kLongPoll : std::chrono::milliseconds(0))
                                     : std::nullopt;
                       if (!job) return http::sendError(res, jobNotFound());
                       http::sendJson(res, http::Status::OK_200, wire::importJobToJson(*job));
                     })
      .returns("importJobToJson", http::keysOf(wire::importJobToJson({})));

  // ?q=&sort=row|column&order=asc|desc&page=&page_size= → pageToJson(planProblemToJson), every
  // problem in row order by default; 404 for an unknown job.
  routes.addForRoles(http::HttpMethod::Get, api::assignmentImport::problems, "包联方案文件中的问题（逐行）", admins,
                     [jobs](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       auto id = http::pathId(req);
                       auto page = id ? jobs->problems(*id, http::pageRequestOf(req, import::ImportJobs::problemSortKeys()))
                                      : std::nullopt;
                       if (!page) return http::sendError(res, jobNotFound());
                       http::sendJson(res, http::Status::OK_200, wire::pageToJson(*page, wire::planProblemToJson));
                     })
      .returns("pageToJson(planProblemToJson)", {"items", "total", "page", "page_size"});
}

}  // namespace qinqing::backend
