// SurveyRepository: 干部测评 (migration 11): survey_questionnaires, survey_answers with their
// survey_duty_scores, and survey_requests (发起满意度测评). An answer replaces the current one of
// the same enterprise, cadre and quarter by superseding it (both kept). Methods throw
// SQLite::Exception; writes run inside the caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"

namespace qinqing::backend {

struct SurveyAnswerQuery {
  domain::PageRequest page;  // newest first; q matches the enterprise or cadre name
  std::optional<domain::Quarter> quarter;
  std::optional<long long> cadreId;
  std::optional<long long> enterpriseId;
  bool includeSuperseded = false;
};

class SurveyRepository {
public:
  explicit SurveyRepository(SQLite::Database& db) : m_db(db) {}

  std::optional<domain::Questionnaire> questionnaire(domain::Quarter quarter);
  void saveQuestionnaire(const domain::Questionnaire& q, std::optional<long long> accountId, long long now);

  // Supersedes the current answer of (enterprise, cadre, quarter), if any, and inserts this one.
  // Returns the new id and whether an earlier answer was replaced.
  std::pair<long long, bool> saveAnswer(long long enterpriseId, long long cadreId, const domain::SurveyAnswer& answer,
                                        std::optional<long long> accountId, long long now);
  std::optional<wire::SurveyAnswerView> findAnswer(long long id);
  bool answered(long long enterpriseId, long long cadreId, domain::Quarter quarter);
  // Answers whose cadre lies in `cadreScope` (alias c).
  domain::Page<wire::SurveyAnswerView> answers(const SurveyAnswerQuery& query, const db::SqlCondition& cadreScope);
  // The current answers of the quarter whose cadre lies in `cadreScope` (alias c), optionally one
  // cadre's, oldest first.
  std::vector<domain::SurveyAnswer> currentAnswers(domain::Quarter quarter, std::optional<long long> cadreId,
                                                   const db::SqlCondition& cadreScope);

  // 干部测评结果: per cadre in `cadreScope` (alias c) with answers in force in the quarter, their
  // counts by duty. page.sort: a cadreResultSortKey (default 满意率, best first); page.query: the
  // cadre's name.
  domain::Page<domain::CadreSurveyResult> cadreResults(domain::Quarter quarter, const domain::PageRequest& page,
                                                       const db::SqlCondition& cadreScope);

  bool requested(long long enterpriseId, domain::Quarter quarter);
  void recordRequest(long long enterpriseId, domain::Quarter quarter, long long cadreId, long long now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
