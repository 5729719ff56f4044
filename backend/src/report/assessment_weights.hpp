// The 单位考核 weights (issue 12, §5) as the system administrator set them, kept in
// platform_settings under domain::kAssessmentWeightsSetting as the wire JSON; the documented
// defaults (domain::defaultAssessmentWeights) until someone sets them.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/report/unit_assessment.hpp"

namespace qinqing::backend::report {

// The stored weights, or the defaults when none (or none readable) are stored.
domain::AssessmentWeights readAssessmentWeights(SQLite::Database& c);

// Stores valid weights in one transaction with their audit entry (before and after). Only a
// 系统管理员 may: others get Forbidden; invalid weights InvalidInput and nothing is written.
domain::Status setAssessmentWeights(db::Database& database, const auth::AuthContext& who,
                                    const domain::AssessmentWeights& weights, const std::string& clientAddress,
                                    long long now);

}  // namespace qinqing::backend::report
