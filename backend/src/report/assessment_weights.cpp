#include "report/assessment_weights.hpp"

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "qinqing/wire/assessment_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/platform_settings_repository.hpp"

namespace qinqing::backend::report {
namespace d = qinqing::domain;

d::AssessmentWeights readAssessmentWeights(SQLite::Database& c) {
  const auto text = PlatformSettingsRepository(c).value(d::kAssessmentWeightsSetting);
  if (!text) return d::defaultAssessmentWeights();
  auto json = wire::parseObject(*text);
  if (!json) return d::defaultAssessmentWeights();
  auto weights = wire::assessmentWeightsFromJson(json.value());
  return weights ? weights.value() : d::defaultAssessmentWeights();
}

d::Status setAssessmentWeights(db::Database& database, const auth::AuthContext& who, const d::AssessmentWeights& weights,
                               const std::string& clientAddress, long long now) {
  if (who.role != d::Role::SystemAdmin)
    return d::DomainError::of(d::ErrorCode::Forbidden, "只有系统管理员可以修改考核权重");
  if (auto ok = d::validateAssessmentWeights(weights); !ok) return ok;
  return database.write([&](SQLite::Database& c) -> d::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const auto before = readAssessmentWeights(c);
    const auto after = wire::assessmentWeightsToJson(weights);
    PlatformSettingsRepository(c).set(d::kAssessmentWeightsSetting, after.dump(), now, who.accountId);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::SettingChanged, "setting",
                                             d::kAssessmentWeightsSetting,
                                             nlohmann::json{{"value", wire::assessmentWeightsToJson(before)}},
                                             nlohmann::json{{"value", after}}));
    tx.commit();
    return d::Ok{};
  });
}

}  // namespace qinqing::backend::report
