#include "repositories/survey_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;
using nlohmann::json;

constexpr const char* kSurveySelect = R"SQL(
SELECT s.id, e.id, e.name, c.id, c.name, s.quarter, s.answers_json, s.answered_at, s.superseded_at,
       EXISTS (SELECT 1 FROM survey_answers p WHERE p.enterprise_id = s.enterprise_id AND p.cadre_id = s.cadre_id
               AND p.quarter = s.quarter AND p.id < s.id)
FROM survey_answers s JOIN enterprises e ON e.id = s.enterprise_id JOIN cadres c ON c.id = s.cadre_id
)SQL";

std::vector<d::DutyScore> dutiesOf(SQLite::Database& db, long long answerId) {
  SQLite::Statement s(db, "SELECT duty, rating, comment FROM survey_duty_scores WHERE answer_id = ?");
  s.bind(1, static_cast<int64_t>(answerId));
  std::vector<d::DutyScore> out;
  while (s.executeStep()) {
    auto duty = d::cadreDutyFromKey(s.getColumn(0).getString());
    auto rating = d::dutyRatingFromKey(s.getColumn(1).getString());
    if (duty && rating) out.push_back({*duty, *rating, s.getColumn(2).getString()});
  }
  // In the order of the four duties, whatever order the rows came in.
  std::vector<d::DutyScore> ordered;
  for (d::CadreDuty duty : d::kAllCadreDuties) {
    for (const auto& score : out) {
      if (score.duty == duty) ordered.push_back(score);
    }
  }
  return ordered;
}

std::vector<d::QuestionAnswer> answersOf(const std::string& text) {
  std::vector<d::QuestionAnswer> out;
  auto j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) return out;
  for (const auto& x : j) {
    d::QuestionAnswer a;
    a.number = x.value("number", 0);
    a.text = x.value("text", std::string());
    if (x.contains("choices") && x["choices"].is_array()) {
      for (const auto& n : x["choices"]) {
        if (n.is_number_integer()) a.choices.push_back(n.get<int>());
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

wire::SurveyAnswerView readSurveyView(SQLite::Database& db, SQLite::Statement& s) {
  wire::SurveyAnswerView v;
  v.id = s.getColumn(0).getInt64();
  v.enterprise = {s.getColumn(1).getInt64(), s.getColumn(2).getString()};
  v.cadre = {s.getColumn(3).getInt64(), s.getColumn(4).getString()};
  if (auto q = d::Quarter::parse(s.getColumn(5).getString())) v.answer.quarter = q.value();
  v.answer.answers = answersOf(s.getColumn(6).getString());
  v.answeredAt = formatChinaTime(s.getColumn(7).getInt64());
  if (auto t = db::optionalInt(s.getColumn(8))) v.supersededAt = formatChinaTime(*t);
  v.replaced = s.getColumn(9).getInt() != 0;
  v.answer.duties = dutiesOf(db, v.id);
  return v;
}

}  // namespace

std::optional<d::Questionnaire> SurveyRepository::questionnaire(d::Quarter quarter) {
  SQLite::Statement s(m_db, "SELECT title, questions_json FROM survey_questionnaires WHERE quarter = ?");
  s.bind(1, quarter.key());
  if (!s.executeStep()) return std::nullopt;
  auto stored = json::parse(s.getColumn(1).getString(), nullptr, false);
  json j = {{"title", s.getColumn(0).getString()}, {"questions", stored.is_discarded() ? json::array() : stored}};
  auto q = wire::questionnaireFromJson(j, quarter);
  if (!q) return d::Questionnaire{quarter, s.getColumn(0).getString(), {}};
  return q.value();
}

void SurveyRepository::saveQuestionnaire(const d::Questionnaire& q, std::optional<long long> accountId, long long now) {
  SQLite::Statement s(m_db, R"SQL(
INSERT INTO survey_questionnaires (quarter, title, questions_json, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (quarter) DO UPDATE SET title = ?2, questions_json = ?3, updated_at = ?4, updated_by = ?5)SQL");
  s.bind(1, q.quarter.key());
  s.bind(2, q.title);
  s.bind(3, wire::questionnaireToJson(q)["questions"].dump());
  s.bind(4, static_cast<int64_t>(now));
  db::bindOptional(s, 5, accountId);
  s.exec();
}

std::pair<long long, bool> SurveyRepository::saveAnswer(long long enterpriseId, long long cadreId,
                                                        const d::SurveyAnswer& answer,
                                                        std::optional<long long> accountId, long long now) {
  SQLite::Statement old(m_db,
                        "UPDATE survey_answers SET superseded_at = ? WHERE enterprise_id = ? AND cadre_id = ? AND "
                        "quarter = ? AND superseded_at IS NULL");
  old.bind(1, static_cast<int64_t>(now));
  old.bind(2, static_cast<int64_t>(enterpriseId));
  old.bind(3, static_cast<int64_t>(cadreId));
  old.bind(4, answer.quarter.key());
  const bool replaced = old.exec() > 0;
  SQLite::Statement ins(m_db, R"SQL(
INSERT INTO survey_answers (enterprise_id, cadre_id, quarter, answers_json, answered_at, answered_by)
VALUES (?, ?, ?, ?, ?, ?))SQL");
  ins.bind(1, static_cast<int64_t>(enterpriseId));
  ins.bind(2, static_cast<int64_t>(cadreId));
  ins.bind(3, answer.quarter.key());
  ins.bind(4, wire::surveyAnswerToJson(answer)["answers"].dump());
  ins.bind(5, static_cast<int64_t>(now));
  db::bindOptional(ins, 6, accountId);
  const long long id = db::insertAndGetId(ins, m_db);
  SQLite::Statement duty(m_db, "INSERT INTO survey_duty_scores (answer_id, duty, rating, comment) VALUES (?, ?, ?, ?)");
  for (const auto& score : answer.duties) {
    duty.bind(1, static_cast<int64_t>(id));
    duty.bind(2, std::string(d::cadreDutyKey(score.duty)));
    duty.bind(3, std::string(d::dutyRatingKey(score.rating)));
    duty.bind(4, score.comment);
    duty.exec();
    duty.reset();
  }
  return {id, replaced};
}

std::optional<wire::SurveyAnswerView> SurveyRepository::findAnswer(long long id) {
  SQLite::Statement s(m_db, std::string(kSurveySelect) + " WHERE s.id = ?");
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  return readSurveyView(m_db, s);
}

bool SurveyRepository::answered(long long enterpriseId, long long cadreId, d::Quarter quarter) {
  SQLite::Statement s(m_db,
                      "SELECT 1 FROM survey_answers WHERE enterprise_id = ? AND cadre_id = ? AND quarter = ? AND "
                      "superseded_at IS NULL");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, static_cast<int64_t>(cadreId));
  s.bind(3, quarter.key());
  return s.executeStep();
}

d::Page<wire::SurveyAnswerView> SurveyRepository::answers(const SurveyAnswerQuery& query,
                                                          const db::SqlCondition& scope) {
  std::string where = " WHERE (" + scope.sql + ")";
  if (!query.includeSuperseded) where += " AND s.superseded_at IS NULL";
  if (!query.page.query.empty()) where += " AND (e.name LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')";
  if (query.quarter) where += " AND s.quarter = ?";
  if (query.cadreId) where += " AND s.cadre_id = ?";
  if (query.enterpriseId) where += " AND s.enterprise_id = ?";
  auto bind = [&](SQLite::Statement& stmt) {
    int index = db::bindCondition(stmt, 1, scope);
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      stmt.bind(index++, pattern);
      stmt.bind(index++, pattern);
    }
    if (query.quarter) stmt.bind(index++, query.quarter->key());
    if (query.cadreId) stmt.bind(index++, static_cast<int64_t>(*query.cadreId));
    if (query.enterpriseId) stmt.bind(index++, static_cast<int64_t>(*query.enterpriseId));
    return index;
  };
  const char* dir = query.page.descending || query.page.sort.empty() ? " DESC" : " ASC";
  return readPage<wire::SurveyAnswerView>(
      m_db,
      "SELECT count(*) FROM survey_answers s JOIN enterprises e ON e.id = s.enterprise_id JOIN cadres c ON c.id = "
      "s.cadre_id" + where,
      std::string(kSurveySelect) + where + " ORDER BY s.answered_at" + dir + ", s.id" + dir, query.page, bind,
      [&](SQLite::Statement& s) { return readSurveyView(m_db, s); });
}

std::vector<d::SurveyAnswer> SurveyRepository::currentAnswers(d::Quarter quarter, std::optional<long long> cadreId,
                                                              const db::SqlCondition& scope) {
  std::string sql = std::string(kSurveySelect) + " WHERE (" + scope.sql + ") AND s.superseded_at IS NULL AND s.quarter = ?";
  if (cadreId) sql += " AND s.cadre_id = ?";
  sql += " ORDER BY s.answered_at, s.id";
  SQLite::Statement s(m_db, sql);
  int index = db::bindCondition(s, 1, scope);
  s.bind(index++, quarter.key());
  if (cadreId) s.bind(index, static_cast<int64_t>(*cadreId));
  std::vector<d::SurveyAnswer> out;
  while (s.executeStep()) out.push_back(readSurveyView(m_db, s).answer);
  return out;
}

d::Page<d::CadreSurveyResult> SurveyRepository::cadreResults(d::Quarter quarter, const d::PageRequest& page,
                                                             const db::SqlCondition& scope) {
  std::string where = " WHERE (" + scope.sql + ") AND s.superseded_at IS NULL AND s.quarter = ?";
  if (!page.query.empty()) where += " AND c.name LIKE ? ESCAPE '\\'";
  auto bind = [&](SQLite::Statement& stmt) {
    int index = db::bindCondition(stmt, 1, scope);
    stmt.bind(index++, quarter.key());
    if (!page.query.empty()) stmt.bind(index++, containsPattern(page.query));
    return index;
  };
  // One sum per duty and rating, in the order of kAllCadreDuties × kAllDutyRatings.
  std::string sums;
  for (d::CadreDuty duty : d::kAllCadreDuties)
    for (d::DutyRating rating : d::kAllDutyRatings)
      sums += ", SUM(ds.duty = '" + std::string(d::cadreDutyKey(duty)) + "' AND ds.rating = '" +
              std::string(d::dutyRatingKey(rating)) + "')";
  const d::CadreResultSort sort = d::cadreResultSortFromKey(page.sort).value_or(d::CadreResultSort::Satisfaction);
  const bool descending = page.sort.empty() || page.descending;
  const std::string dir = descending ? " DESC" : " ASC";
  std::string order;
  switch (sort) {
    case d::CadreResultSort::Satisfaction:
      order = " ORDER BY SUM(ds.rating <> 'dissatisfied') * 1.0 / count(*)" + dir + ", count(DISTINCT s.id) DESC, c.id";
      break;
    case d::CadreResultSort::Answers: order = " ORDER BY count(DISTINCT s.id)" + dir + ", c.id"; break;
    case d::CadreResultSort::Name: order = " ORDER BY c.name" + dir + ", c.id"; break;
  }
  return readPage<d::CadreSurveyResult>(
      m_db, "SELECT count(DISTINCT s.cadre_id) FROM survey_answers s JOIN cadres c ON c.id = s.cadre_id" + where,
      "SELECT c.id, c.name, COALESCE(u.name, ''), count(DISTINCT s.id)" + sums +
          " FROM survey_answers s JOIN cadres c ON c.id = s.cadre_id LEFT JOIN units u ON u.id = c.unit_id"
          " JOIN survey_duty_scores ds ON ds.answer_id = s.id" + where + " GROUP BY c.id" + order,
      page, bind, [](SQLite::Statement& st) {
        d::CadreSurveyResult r;
        r.cadre = {st.getColumn(0).getInt64(), st.getColumn(1).getString()};
        r.unit = st.getColumn(2).getString();
        r.answerCount = st.getColumn(3).getInt();
        int column = 4;
        for (std::size_t i = 0; i < d::kAllCadreDuties.size(); ++i) {
          r.duties[i].duty = d::kAllCadreDuties[i];
          for (std::size_t j = 0; j < d::kAllDutyRatings.size(); ++j) r.duties[i].counts[j] = st.getColumn(column++).getInt();
        }
        return r;
      });
}

bool SurveyRepository::requested(long long enterpriseId, d::Quarter quarter) {
  SQLite::Statement s(m_db, "SELECT 1 FROM survey_requests WHERE enterprise_id = ? AND quarter = ?");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, quarter.key());
  return s.executeStep();
}

void SurveyRepository::recordRequest(long long enterpriseId, d::Quarter quarter, long long cadreId, long long now) {
  SQLite::Statement s(m_db,
                      "INSERT INTO survey_requests (enterprise_id, quarter, cadre_id, requested_at) VALUES (?, ?, ?, ?)");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, quarter.key());
  s.bind(3, static_cast<int64_t>(cadreId));
  s.bind(4, static_cast<int64_t>(now));
  s.exec();
}

}  // namespace qinqing::backend
