#include "qinqing/report/petition_details.hpp"

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<StepResult, 5> kStepResults = {{
    {StepResult::OnTime, "on_time", "按时"},
    {StepResult::Late, "late", "超时"},
    {StepResult::Running, "running", "办理中"},
    {StepResult::Overdue, "overdue", "已超期"},
    {StepResult::NotReached, "not_reached", "—"},
}};

constexpr Vocabulary<DetailColumn, 21> kDetailColumns = {{
    {DetailColumn::Number, "number", "诉求编号"},
    {DetailColumn::Title, "title", "诉求标题"},
    {DetailColumn::Enterprise, "enterprise", "企业名称"},
    {DetailColumn::Region, "region", "县市区"},
    {DetailColumn::IndustryGroup, "industry_group", "行业组"},
    {DetailColumn::Cadre, "cadre", "包联干部"},
    {DetailColumn::Handler, "handler", "承办单位"},
    {DetailColumn::State, "state", "状态"},
    {DetailColumn::SubmittedAt, "submitted_at", "提交时间"},
    {DetailColumn::DispatchedAt, "dispatched_at", "派发时间"},
    {DetailColumn::SignDue, "sign_due", "签收期限"},
    {DetailColumn::SignedAt, "signed_at", "签收时间"},
    {DetailColumn::SignResult, "sign_result", "签收情况"},
    {DetailColumn::FinishDue, "finish_due", "办结期限"},
    {DetailColumn::FinishedAt, "finished_at", "办结时间"},
    {DetailColumn::FinishResult, "finish_result", "办结情况"},
    {DetailColumn::Extensions, "extensions", "延期次数"},
    {DetailColumn::Rating, "rating", "评价"},
    {DetailColumn::RatedAt, "rated_at", "评价时间"},
    {DetailColumn::Rectified, "rectified", "整改"},
    {DetailColumn::AppealUpheld, "appeal_upheld", "申诉成立"},
}};

constexpr Vocabulary<DetailSort, 4> kDetailSorts = {{
    {DetailSort::Submitted, "submitted", "提交时间"},
    {DetailSort::Number, "number", "诉求编号"},
    {DetailSort::SignDue, "sign_due", "签收期限"},
    {DetailSort::FinishDue, "finish_due", "办结期限"},
}};

// 2026-11-27 09:30 in China time; "" for none.
std::string minuteText(const std::optional<Instant>& t) {
  if (!t) return "";
  std::string text = formatChinaTime(*t).substr(0, 16);
  text[10] = ' ';
  return text;
}

}  // namespace

std::string_view stepResultKey(StepResult result) { return vocabularyKey(kStepResults, result); }
std::string_view stepResultLabel(StepResult result) { return vocabularyLabel(kStepResults, result); }
std::optional<StepResult> stepResultFromKey(std::string_view key) { return vocabularyFromKey(kStepResults, key); }

StepResult stepResultOf(bool doneOnTime, bool doneLate, std::optional<Instant> due, std::optional<Instant> done,
                        Instant now) {
  if (doneOnTime) return StepResult::OnTime;
  if (doneLate) return StepResult::Late;
  if (!due || done) return StepResult::NotReached;  // no clock, or one that stopped without counting (re-routed)
  return *due < now ? StepResult::Overdue : StepResult::Running;
}

std::string_view detailColumnKey(DetailColumn column) { return vocabularyKey(kDetailColumns, column); }
std::string_view detailColumnLabel(DetailColumn column) { return vocabularyLabel(kDetailColumns, column); }

double detailColumnWidth(DetailColumn column) {
  switch (column) {
    case DetailColumn::Number: return 17;
    case DetailColumn::Title: return 36;
    case DetailColumn::Enterprise: return 30;
    case DetailColumn::Region: return 10;
    case DetailColumn::IndustryGroup: return 10;
    case DetailColumn::Cadre: return 10;
    case DetailColumn::Handler: return 22;
    case DetailColumn::State: return 10;
    case DetailColumn::SubmittedAt:
    case DetailColumn::DispatchedAt:
    case DetailColumn::SignDue:
    case DetailColumn::SignedAt:
    case DetailColumn::FinishDue:
    case DetailColumn::FinishedAt:
    case DetailColumn::RatedAt: return 17;
    case DetailColumn::SignResult:
    case DetailColumn::FinishResult: return 9;
    case DetailColumn::Extensions: return 8;
    case DetailColumn::Rating: return 11;
    case DetailColumn::Rectified:
    case DetailColumn::AppealUpheld: return 8;
  }
  return 12;
}

bool detailColumnIsCount(DetailColumn column) { return column == DetailColumn::Extensions; }

std::string detailCellText(const PetitionDetailRow& row, DetailColumn column) {
  switch (column) {
    case DetailColumn::Number: return row.number;
    case DetailColumn::Title: return row.title;
    case DetailColumn::Enterprise: return row.enterprise;
    case DetailColumn::Region: return row.region;
    case DetailColumn::IndustryGroup: return row.industryGroup;
    case DetailColumn::Cadre: return row.cadre;
    case DetailColumn::Handler: return row.handler;
    case DetailColumn::State: return std::string(petitionStateLabel(row.state));
    case DetailColumn::SubmittedAt: return minuteText(row.submittedAt);
    case DetailColumn::DispatchedAt: return minuteText(row.dispatchedAt);
    case DetailColumn::SignDue: return minuteText(row.signDue);
    case DetailColumn::SignedAt: return minuteText(row.signedAt);
    case DetailColumn::SignResult: return std::string(stepResultLabel(row.signResult));
    case DetailColumn::FinishDue: return minuteText(row.finishDue);
    case DetailColumn::FinishedAt: return minuteText(row.finishedAt);
    case DetailColumn::FinishResult: return std::string(stepResultLabel(row.finishResult));
    case DetailColumn::Extensions: return std::to_string(row.extensions);
    case DetailColumn::Rating: return row.rating ? std::string(ratingLabel(*row.rating)) : "";
    case DetailColumn::RatedAt: return minuteText(row.ratedAt);
    case DetailColumn::Rectified: return row.rectified ? "是" : "";
    case DetailColumn::AppealUpheld: return row.appealUpheld ? "是" : "";
  }
  return "";
}

std::string_view detailSortKey(DetailSort sort) { return vocabularyKey(kDetailSorts, sort); }
std::optional<DetailSort> detailSortFromKey(std::string_view key) { return vocabularyFromKey(kDetailSorts, key); }

std::optional<DetailSort> detailSortOfColumn(DetailColumn column) {
  switch (column) {
    case DetailColumn::Number: return DetailSort::Number;
    case DetailColumn::SubmittedAt: return DetailSort::Submitted;
    case DetailColumn::SignDue: return DetailSort::SignDue;
    case DetailColumn::FinishDue: return DetailSort::FinishDue;
    case DetailColumn::Title:
    case DetailColumn::Enterprise:
    case DetailColumn::Region:
    case DetailColumn::IndustryGroup:
    case DetailColumn::Cadre:
    case DetailColumn::Handler:
    case DetailColumn::State:
    case DetailColumn::DispatchedAt:
    case DetailColumn::SignedAt:
    case DetailColumn::SignResult:
    case DetailColumn::FinishedAt:
    case DetailColumn::FinishResult:
    case DetailColumn::Extensions:
    case DetailColumn::Rating:
    case DetailColumn::RatedAt:
    case DetailColumn::Rectified:
    case DetailColumn::AppealUpheld: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace qinqing::domain
