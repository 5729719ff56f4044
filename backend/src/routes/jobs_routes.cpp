// 定时任务 for 系统管理员 (issue 5: a scheduled job inside `qinqing serve`, with run logs an
// administrator can see). The scheduler (jobs/job_scheduler.hpp) holds the rules; this file
// decodes and encodes only.
#include "http/json_response.hpp"
#include "http/list_request.hpp"
#include "jobs/job_scheduler.hpp"
#include "qinqing/wire/jobs_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

std::string jobName(const httplib::Request& req) {
  auto it = req.path_params.find("name");
  return it == req.path_params.end() ? std::string() : it->second;
}

}  // namespace

void registerJobRoutes(http::RouteTable& routes, Services& services) {
  const std::vector<domain::Role> systemAdmin = {domain::Role::SystemAdmin};

  // → jobListToJson: every registered job with its schedule, next run and last run.
  routes.addForRoles(http::HttpMethod::Get, api::jobs::list, "定时任务", systemAdmin,
                     [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext&) {
                       http::sendJson(res, http::Status::OK_200, wire::jobListToJson(services.jobs.jobs()));
                     }).returns("jobListToJson", http::keysOf(wire::jobListToJson({})));

  // ?page=&page_size= (1–100, default 20) → jobRunPageToJson, newest first; 404 for an unknown job.
  routes.addForRoles(http::HttpMethod::Get, api::jobs::runs, "定时任务运行记录", systemAdmin,
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext&) {
                       const auto request = http::pageRequestOf(req, {});
                       auto runs = services.jobs.runs(jobName(req), request.page, request.pageSize);
                       if (!runs) return http::sendError(res, domain::ErrorCode::NotFound, "定时任务不存在");
                       http::sendJson(res, http::Status::OK_200, wire::jobRunPageToJson(*runs));
                     }).returns("jobRunPageToJson", http::keysOf(wire::jobRunPageToJson({})));

  // → 202 jobQueuedToJson: the run is queued (audited as job.run_requested); 404 for an unknown
  // job; 409 while the job is queued or running.
  routes.addForRoles(http::HttpMethod::Post, api::jobs::run, "立即运行定时任务", systemAdmin,
                     [&services](const httplib::Request& req, httplib::Response& res, const auth::AuthContext& who) {
                       auto queued = services.jobs.requestRun(jobName(req), who, req.remote_addr);
                       if (!queued) return http::sendError(res, queued.error());
                       http::sendJson(res, http::Status::Accepted_202, wire::jobQueuedToJson(queued.value()));
                     })
      .returns("jobQueuedToJson", http::keysOf(wire::jobQueuedToJson({})))
      .successStatus = 202;
}

}  // namespace qinqing::backend
