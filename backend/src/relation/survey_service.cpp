#include "relation/survey_service.hpp"

#include <algorithm>

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "qinqing/ops/sms_billing.hpp"
#include "qinqing/time/instant.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/survey_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::relation {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError surveyedEnterpriseMissing() { return DomainError::of(ErrorCode::NotFound, "企业不存在"); }

}  // namespace

d::Quarter SurveyService::currentQuarter() const {
  return d::Quarter::of(d::localDate(d::Instant::fromUnixSeconds(nowUnix())));
}

d::Questionnaire SurveyService::questionnaire(d::Quarter quarter) {
  auto stored = m_db.read([&](SQLite::Database& c) { return SurveyRepository(c).questionnaire(quarter); });
  return stored ? *stored : d::Questionnaire{quarter, "", {}};
}

d::Result<d::Questionnaire> SurveyService::saveQuestionnaire(const auth::AuthContext& who, const d::Questionnaire& q,
                                                             const std::string& address) {
  if (auto valid = d::validateQuestionnaire(q); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<d::Questionnaire> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    SurveyRepository repo(c);
    auto before = repo.questionnaire(q.quarter);
    repo.saveQuestionnaire(q, who.accountId, now);
    auto summary = [](const d::Questionnaire& x) {
      return nlohmann::json{{"title", x.title}, {"questions", x.questions.size()}};
    };
    AuditRepository(c).append(audit::entryOf(who, address, now, audit::AuditAction::QuestionnaireSaved, "quarter",
                                             q.quarter.key(), before ? summary(*before) : nlohmann::json(nullptr),
                                             summary(q)));
    tx.commit();
    return *repo.questionnaire(q.quarter);
  });
}

d::Result<wire::SurveyPrompt> SurveyService::prompt(const auth::AuthContext& who) {
  if (!who.enterpriseId) return surveyedEnterpriseMissing();
  const auto quarter = currentQuarter();
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::SurveyPrompt> {
    wire::SurveyPrompt p;
    p.quarter = quarter;
    auto record = EnterpriseRepository(c).find(*who.enterpriseId, auth::Scope(who).enterprises());
    if (!record) return surveyedEnterpriseMissing();
    SurveyRepository repo(c);
    p.cadre = record->cadre;
    p.answered = record->cadre && repo.answered(record->id, record->cadre->id, quarter);
    // Nothing to rate without a cadre.
    p.due = record->cadre && d::surveyPromptDue(p.answered, false);
    p.questionnaire = repo.questionnaire(quarter).value_or(d::Questionnaire{quarter, "", {}});
    return p;
  });
}

d::Result<wire::SurveyAnswerView> SurveyService::answer(const auth::AuthContext& who, const d::SurveyAnswer& answer,
                                                        const std::string& address) {
  if (!who.enterpriseId) return surveyedEnterpriseMissing();
  const long long now = nowUnix();
  const auto quarter = currentQuarter();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::SurveyAnswerView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    SurveyRepository repo(c);
    const auto questionnaire = repo.questionnaire(quarter).value_or(d::Questionnaire{quarter, "", {}});
    if (auto valid = d::validateSurveyAnswer(answer, questionnaire, quarter); !valid) return valid.error();
    auto cadreId = EnterpriseRepository(c).cadreOf(*who.enterpriseId);
    if (!cadreId) return DomainError::of(ErrorCode::Conflict, "贵企业尚未分配包联干部，暂无需测评");
    auto [id, replaced] = repo.saveAnswer(*who.enterpriseId, *cadreId, answer, who.accountId, now);
    AuditRepository(c).append(audit::entryOf(who, address, now, audit::AuditAction::SurveyAnswered, "enterprise",
                                             std::to_string(*who.enterpriseId), nullptr,
                                             nlohmann::json{{"cadre_id", *cadreId},
                                                            {"quarter", quarter.key()},
                                                            {"replaced", replaced}}));
    auto saved = repo.findAnswer(id);
    tx.commit();
    return *saved;
  });
}

d::Result<d::Page<wire::SurveyAnswerView>> SurveyService::answers(const auth::AuthContext& who,
                                                                  const d::PageRequest& page,
                                                                  std::optional<d::Quarter> quarter,
                                                                  std::optional<long long> cadreId, bool history) {
  SurveyAnswerQuery query{page, quarter, cadreId, std::nullopt, history};
  db::SqlCondition scope;
  if (who.role == d::Role::Enterprise) {
    if (!who.enterpriseId) return surveyedEnterpriseMissing();
    scope = db::SqlCondition{"s.enterprise_id = ?", {*who.enterpriseId}};
  } else if (d::surveyRaterVisibleTo(who.role)) {
    scope = auth::Scope(who).cadres();
  } else {
    return DomainError::of(ErrorCode::Forbidden, "包联干部只能查看本人的测评统计，不能查看评价企业");
  }
  return m_db.read([&](SQLite::Database& c) { return SurveyRepository(c).answers(query, scope); });
}

d::Result<wire::SurveyTallies> SurveyService::tallies(const auth::AuthContext& who, d::Quarter quarter,
                                                      std::optional<long long> cadreId) {
  if (who.role == d::Role::Cadre) cadreId = who.cadreId;
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::SurveyTallies> {
    const auth::Scope scope(who);
    wire::SurveyTallies t;
    t.quarter = quarter;
    if (cadreId) {
      auto cadre = CadreRepository(c).find(*cadreId, scope.cadres());
      if (!cadre) return DomainError::of(ErrorCode::NotFound, "包联干部不存在");
      t.cadre = d::NamedRef{cadre->id, cadre->name};
    }
    const auto rows = SurveyRepository(c).currentAnswers(quarter, cadreId, scope.cadres());
    t.answerCount = static_cast<int>(rows.size());
    t.duties = d::tallySurveyAnswers(rows);
    return t;
  });
}

d::Result<d::Page<d::CadreSurveyResult>> SurveyService::cadreResults(const auth::AuthContext& who, d::Quarter quarter,
                                                                    const d::PageRequest& page) {
  if (!d::surveyRaterVisibleTo(who.role) || who.role == d::Role::Enterprise)
    return DomainError::of(ErrorCode::Forbidden, "无权查看干部测评结果");
  return m_db.read([&](SQLite::Database& c) { return SurveyRepository(c).cadreResults(quarter, page, auth::Scope(who).cadres()); });
}

d::Result<wire::QuestionTallies> SurveyService::questionTallies(const auth::AuthContext& who, d::Quarter quarter) {
  if (!d::surveyRaterVisibleTo(who.role) || who.role == d::Role::Enterprise)
    return DomainError::of(ErrorCode::Forbidden, "无权查看包联成效答卷");
  return m_db.read([&](SQLite::Database& c) -> d::Result<wire::QuestionTallies> {
    SurveyRepository repo(c);
    wire::QuestionTallies t;
    t.quarter = quarter;
    auto answers = repo.currentAnswers(quarter, std::nullopt, auth::Scope(who).cadres());
    t.answerCount = static_cast<int>(answers.size());
    if (auto q = repo.questionnaire(quarter)) {
      t.title = q->title;
      std::reverse(answers.begin(), answers.end());  // newest first, for the texts
      t.questions = d::tallyQuestionAnswers(*q, answers);
    }
    return t;
  });
}

d::Result<SurveyRequestOutcome> SurveyService::request(const auth::AuthContext& who, long long enterpriseId,
                                                       const std::string& address) {
  const long long now = nowUnix();
  const auto quarter = currentQuarter();
  return m_db.write([&](SQLite::Database& c) -> d::Result<SurveyRequestOutcome> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (who.role != d::Role::Cadre || !who.cadreId) return surveyedEnterpriseMissing();
    auto record = EnterpriseRepository(c).find(enterpriseId, auth::Scope(who).enterprises());
    if (!record) return surveyedEnterpriseMissing();
    SurveyRepository repo(c);
    if (repo.requested(enterpriseId, quarter)) {
      return DomainError::of(ErrorCode::Conflict, "本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次");
    }
    repo.recordRequest(enterpriseId, quarter, *who.cadreId, now);
    auto cadre = CadreRepository(c).find(*who.cadreId, db::SqlCondition{});
    int queued = 0;
    // The enterprise's SMS number: its liaison's (the record holds it in full here).
    const std::string mobile = record->liaisonMobile;
    if (!mobile.empty() && cadre) {
      SmsOutboxRepository(c).enqueue(
          {mobile, d::signedSmsText(d::surveyRequestText(cadre->name, quarter)), sms::SmsKind::Notice}, now);
      queued = 1;
    }
    AuditRepository(c).append(audit::entryOf(who, address, now, audit::AuditAction::SurveyRequested, "enterprise",
                                             std::to_string(enterpriseId), nullptr,
                                             nlohmann::json{{"quarter", quarter.key()}, {"sms_queued", queued}}));
    tx.commit();
    return SurveyRequestOutcome{{record->id, record->name}, quarter, queued};
  });
}

}  // namespace qinqing::backend::relation
