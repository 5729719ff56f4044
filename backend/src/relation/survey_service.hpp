// SurveyService: 干部测评 (§6, §16). 系统管理员 sets each quarter's 包联成效 questionnaire; an enterprise
// rates its current cadre for the current quarter (one answer per enterprise, cadre and quarter: a
// later one supersedes the earlier, both kept); the pop-up asks while the quarter is unanswered; a
// cadre may ask its enterprise by SMS (发起满意度测评) at most once per enterprise and quarter.
// Results: a cadre sees its own tallies only, never who answered (domain::surveyRaterVisibleTo);
// unit and county administrators, dispatchers, the inspector and 系统管理员 see answers and tallies
// within their cadre scope (auth/scope.hpp). Writes are one transaction with their audit entry.
#pragma once

#include <optional>
#include <string>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::relation {

struct SurveyRequestOutcome {
  domain::NamedRef enterprise;
  domain::Quarter quarter;
  int smsQueued = 0;
};

class SurveyService {
public:
  SurveyService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  domain::Quarter currentQuarter() const;

  // The quarter's questionnaire; an empty one (no questions) when none was set.
  domain::Questionnaire questionnaire(domain::Quarter quarter);
  // validateQuestionnaire (every field). Audited survey.questionnaire_saved.
  domain::Result<domain::Questionnaire> saveQuestionnaire(const auth::AuthContext& who,
                                                          const domain::Questionnaire& questionnaire,
                                                          const std::string& address);

  // The enterprise's pop-up state for the current quarter.
  domain::Result<wire::SurveyPrompt> prompt(const auth::AuthContext& who);
  // The enterprise rates its current cadre (conflict "贵企业尚未分配包联干部" without one);
  // validateSurveyAnswer against the current quarter's questionnaire. Audited survey.answered.
  domain::Result<wire::SurveyAnswerView> answer(const auth::AuthContext& who, const domain::SurveyAnswer& answer,
                                                const std::string& address);
  // Answers: the enterprise its own (with the superseded ones), staff who may see raters those of
  // cadres in scope; a cadre is refused (forbidden: it sees tallies only).
  domain::Result<domain::Page<wire::SurveyAnswerView>> answers(const auth::AuthContext& who,
                                                               const domain::PageRequest& page,
                                                               std::optional<domain::Quarter> quarter,
                                                               std::optional<long long> cadreId, bool history);
  // Tallies for the quarter: a cadre its own (cadreId ignored); others one cadre in scope
  // (not_found outside) or, without cadreId, everyone in scope.
  // 干部测评结果: the cadres in scope with their quarter's counts by duty (the rater roles only).
  domain::Result<domain::Page<domain::CadreSurveyResult>> cadreResults(const auth::AuthContext& who,
                                                                       domain::Quarter quarter,
                                                                       const domain::PageRequest& page);
  // 包联成效: the quarter's questionnaire with the counts of each option and the texts written.
  domain::Result<wire::QuestionTallies> questionTallies(const auth::AuthContext& who, domain::Quarter quarter);
  domain::Result<wire::SurveyTallies> tallies(const auth::AuthContext& who, domain::Quarter quarter,
                                              std::optional<long long> cadreId);
  // 发起满意度测评: the cadre's own enterprise (else not_found); conflict when already asked this
  // quarter ("本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次"). Queues the SMS. Audited.
  domain::Result<SurveyRequestOutcome> request(const auth::AuthContext& who, long long enterpriseId,
                                               const std::string& address);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::relation
