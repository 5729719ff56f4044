// Wire form of 企业经营状况 (qinqing/relation/operating_status.hpp). Amounts travel as decimal 万元
// text ("1234.56"), exactly as typed and shown; the server parses them with the shared rule.
//
//   PUT /api/enterprises/{id}/operating-status/{month}
//       {"state": "normal", "output_value": "1234.5", "revenue": "980", "employees": 120, "difficulties": ""}
//   report: {"month", "month_label", "state", "state_name", "output_value", "revenue", "employees",
//            "difficulties", "entered_at", "entered_by", "entered_role", "superseded_at"}
//   GET /api/enterprises/{id}/operating-status?months=12
//       → {"enterprise": {"id","name"}, "reports": [report…] (newest month first, current versions),
//          "missing_months": ["2026-09"], "owed_months": ["2026-08","2026-09","2026-10"]}
//   GET /api/enterprises/{id}/operating-status/{month} → {"current": report|null, "history": [report…]}
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/relation/operating_status.hpp"

namespace qinqing::wire {

// One stored version of a month's report.
struct OperatingStatusView {
  domain::OperatingStatusReport report;
  std::string enteredAt;
  std::string enteredBy;    // the login name of whoever entered it
  std::string enteredRole;  // "enterprise" | "cadre" | "system" (demo data)
  std::string supersededAt; // empty for the version in force
  bool operator==(const OperatingStatusView&) const = default;
};

struct OperatingStatusOverview {
  domain::NamedRef enterprise;
  std::vector<OperatingStatusView> reports;
  std::vector<domain::YearMonth> missingMonths;
  std::vector<domain::YearMonth> owedMonths;
  bool operator==(const OperatingStatusOverview&) const = default;
};

// One month: the version in force (none when nothing was entered) and every version, newest first
// (the current one included).
struct OperatingMonthHistory {
  std::optional<OperatingStatusView> current;
  std::vector<OperatingStatusView> history;
  bool operator==(const OperatingMonthHistory&) const = default;
};

// The request body as a form (numbers are taken as their decimal text); `month` comes from the
// path. The rules are domain::operatingStatusFromForm.
domain::Result<domain::OperatingStatusForm> operatingStatusFormFromJson(const nlohmann::json& j, std::string month);
nlohmann::json operatingStatusFormToJson(const domain::OperatingStatusForm& form);

nlohmann::json operatingStatusToJson(const OperatingStatusView& v);
domain::Result<OperatingStatusView> operatingStatusFromJson(const nlohmann::json& j);

nlohmann::json operatingOverviewToJson(const OperatingStatusOverview& o);
domain::Result<OperatingStatusOverview> operatingOverviewFromJson(const nlohmann::json& j);

nlohmann::json operatingMonthToJson(const OperatingMonthHistory& m);
domain::Result<OperatingMonthHistory> operatingMonthFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
