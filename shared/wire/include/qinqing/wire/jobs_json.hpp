// Wire form of 定时任务 (qinqing/ops/jobs.hpp), for 系统管理员:
//
//   GET  /api/jobs → {"jobs": [{"name": "sms.outbox_check", "label": "短信发件箱巡检",
//          "description": "…", "schedule": "每 5 分钟", "next_run_at": "2026-03-02T09:05:00+08:00",
//          "running": false, "queued": false, "last_run": {…run…} | null}]}
//   GET  /api/jobs/{name}/runs?page=&page_size= → {"page": 1, "page_size": 20, "total": 3,
//          "runs": [{"id": 3, "job": "sms.outbox_check", "trigger": "manual",
//          "triggered_by": "sysadmin", "started_at": "…", "finished_at": "…" | "",
//          "outcome": "ok", "summary": "过期验证码 0 条，积压短信 0 条", "error": ""}]}   newest first
//   POST /api/jobs/{name}/run → 202 {"job": {…job…}} (queued)
//
// Decoders never throw.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/ops/jobs.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::wire {

nlohmann::json jobRunToJson(const domain::JobRun& run);
// Requires an integer "id" and known "trigger" and "outcome".
domain::Result<domain::JobRun> jobRunFromJson(const nlohmann::json& j);

nlohmann::json jobInfoToJson(const domain::JobInfo& job);
// Requires a string "name".
domain::Result<domain::JobInfo> jobInfoFromJson(const nlohmann::json& j);

nlohmann::json jobListToJson(const std::vector<domain::JobInfo>& jobs);
domain::Result<std::vector<domain::JobInfo>> jobListFromJson(const nlohmann::json& j);

nlohmann::json jobRunPageToJson(const domain::Page<domain::JobRun>& page);
domain::Result<domain::Page<domain::JobRun>> jobRunPageFromJson(const nlohmann::json& j);

// {"job": {…}}: the reply to 立即运行.
nlohmann::json jobQueuedToJson(const domain::JobInfo& job);
domain::Result<domain::JobInfo> jobQueuedFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
