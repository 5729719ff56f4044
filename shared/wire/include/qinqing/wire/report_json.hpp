// Wire form of 诉求办理考核 scorecards (issue 12): one object per scorecard, keyed by figureKey.
//
//   {"received": 12, "signed_on_time": 10, …, "appeal_upheld": 0,
//    "sign_on_time_rate": {"numerator": 10, "denominator": 11, "text": "90.9%"}, …}
//   A row adds {"key": <id>, "total": false, "card": {…}}.
// Decoding reads every count figure (absent = 0) and each rate's numerator and denominator; "text"
// is for display only and is recomputed by formatRate, never trusted.
#pragma once

#include <nlohmann/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/report/export_job.hpp"
#include "qinqing/report/petition_details.hpp"
#include "qinqing/report/report_query.hpp"
#include "qinqing/report/scorecard.hpp"

namespace qinqing::wire {

// {"numerator", "denominator", "text"}; decoding refuses a numerator over its denominator.
nlohmann::json rateToJson(domain::Rate rate);
std::optional<domain::Rate> rateFromJson(const nlohmann::json& j);

nlohmann::json scorecardToJson(const domain::Scorecard& card);
domain::Result<domain::Scorecard> scorecardFromJson(const nlohmann::json& j);
nlohmann::json scorecardRowToJson(const domain::ScorecardRow& row);
domain::Result<domain::ScorecardRow> scorecardRowFromJson(const nlohmann::json& j);
nlohmann::json scorecardRowsToJson(const std::vector<domain::ScorecardRow>& rows);
domain::Result<std::vector<domain::ScorecardRow>> scorecardRowsFromJson(const nlohmann::json& j);

// 诉求办理统计表's query string: group_by=unit&from=2026-01-01&to=2026-12-31&sort=received&desc=1
// [&unit_id=&region_id=&industry_group_id=&cadre_id=]. Absent from/to: the year of `today` up to it.
std::string petitionStatsQueryString(const domain::PetitionStatsQuery& query);
domain::Result<domain::PetitionStatsQuery> petitionStatsQueryFromParams(const std::map<std::string, std::string>& params,
                                                                       domain::Date today);

// 诉求办理明细 rows: {"id", "number", "title", "enterprise", "region", "industry_group", "cadre",
// "handler", "state", "submitted_at", "dispatched_at", "sign_due", "signed_at", "sign_result",
// "finish_due", "finished_at", "finish_result", "extensions", "rating", "rated_at", "rectified",
// "appeal_upheld"}; times as China time ISO text or null, rating a rating key or null.
nlohmann::json petitionDetailRowToJson(const domain::PetitionDetailRow& row);
domain::Result<domain::PetitionDetailRow> petitionDetailRowFromJson(const nlohmann::json& j);
// {"items": [...], "total", "page", "page_size"}
nlohmann::json petitionDetailPageToJson(const domain::Page<domain::PetitionDetailRow>& page);
domain::Result<domain::Page<domain::PetitionDetailRow>> petitionDetailPageFromJson(const nlohmann::json& j);

// An export job: {"id", "file_name", "phase", "rows_done", "rows_total", "version", "message"}.
nlohmann::json exportJobToJson(const domain::ExportJobStatus& job);
domain::Result<domain::ExportJobStatus> exportJobFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
