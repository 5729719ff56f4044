// Wire form of 诉求办理考核 scorecards (issue 12): one object per scorecard, keyed by figureKey.
//
//   {"received": 12, "signed_on_time": 10, …, "appeal_upheld": 0,
//    "sign_on_time_rate": {"numerator": 10, "denominator": 11, "text": "90.9%"}, …}
//   A row adds {"key": <id>, "total": false, "card": {…}}.
// Decoding reads every count figure (absent = 0) and each rate's numerator and denominator; "text"
// is for display only and is recomputed by formatRate, never trusted.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/report/scorecard.hpp"

namespace qinqing::wire {

nlohmann::json scorecardToJson(const domain::Scorecard& card);
domain::Result<domain::Scorecard> scorecardFromJson(const nlohmann::json& j);
nlohmann::json scorecardRowToJson(const domain::ScorecardRow& row);
domain::Result<domain::ScorecardRow> scorecardRowFromJson(const nlohmann::json& j);
nlohmann::json scorecardRowsToJson(const std::vector<domain::ScorecardRow>& rows);
domain::Result<std::vector<domain::ScorecardRow>> scorecardRowsFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
