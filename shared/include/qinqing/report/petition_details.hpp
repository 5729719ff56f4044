// 诉求办理明细 (§11): one row per petition received in the period, within the reader's scope, with
// every step's time, due date, whether it was on time, and the rating. The columns are defined
// once here: the screen draws them, the export writes them, both with detailCellText. A step's 按时
// / 超时 is the same fact the 统计表 counts (petitionFigureCounts), so a number of the table and
// the rows of the 明细 always agree.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::domain {

// How a timed step (签收, 办结) stands.
enum class StepResult {
  OnTime,      // 按时: done by its due time
  Late,        // 超时: done after it
  Running,     // 办理中: its clock runs and is not due yet
  Overdue,     // 已超期: its clock runs past its due time
  NotReached,  // —: the petition has not come to this step
};
inline constexpr std::array kAllStepResults = {StepResult::OnTime, StepResult::Late, StepResult::Running,
                                               StepResult::Overdue, StepResult::NotReached};
std::string_view stepResultKey(StepResult result);    // "on_time", "late", "running", "overdue", "not_reached"
std::string_view stepResultLabel(StepResult result);  // 按时, 超时, 办理中, 已超期, —
std::optional<StepResult> stepResultFromKey(std::string_view key);

// A step's result from the counted facts (done on time / late) and its clock: a running clock is
// overdue once now passes its due time.
StepResult stepResultOf(bool doneOnTime, bool doneLate, std::optional<Instant> due, std::optional<Instant> done,
                        Instant now);

struct PetitionDetailRow {
  std::int64_t id = 0;
  std::string number;         // SQ202611270001
  std::string title;
  std::string enterprise;
  std::string region;         // the enterprise's 县市区
  std::string industryGroup;  // "" for none
  std::string cadre;          // 包联干部, "" for none
  std::string handler;        // 承办单位 or the county it went to, "" before dispatch
  PetitionState state = PetitionState::PendingReview;
  std::optional<Instant> submittedAt;
  std::optional<Instant> dispatchedAt;  // the last 派发
  std::optional<Instant> signDue;
  std::optional<Instant> signedAt;
  StepResult signResult = StepResult::NotReached;
  std::optional<Instant> finishDue;
  std::optional<Instant> finishedAt;
  StepResult finishResult = StepResult::NotReached;
  int extensions = 0;  // approved 延期
  std::optional<Rating> rating;
  std::optional<Instant> ratedAt;
  bool rectified = false;
  bool appealUpheld = false;
  bool operator==(const PetitionDetailRow&) const = default;
};

enum class DetailColumn {
  Number, Title, Enterprise, Region, IndustryGroup, Cadre, Handler, State, SubmittedAt, DispatchedAt,
  SignDue, SignedAt, SignResult, FinishDue, FinishedAt, FinishResult, Extensions, Rating, RatedAt,
  Rectified, AppealUpheld,
};
inline constexpr std::array kAllDetailColumns = {
    DetailColumn::Number,     DetailColumn::Title,      DetailColumn::Enterprise,  DetailColumn::Region,
    DetailColumn::IndustryGroup, DetailColumn::Cadre,   DetailColumn::Handler,     DetailColumn::State,
    DetailColumn::SubmittedAt, DetailColumn::DispatchedAt, DetailColumn::SignDue,  DetailColumn::SignedAt,
    DetailColumn::SignResult, DetailColumn::FinishDue,  DetailColumn::FinishedAt,  DetailColumn::FinishResult,
    DetailColumn::Extensions, DetailColumn::Rating,     DetailColumn::RatedAt,     DetailColumn::Rectified,
    DetailColumn::AppealUpheld,
};
std::string_view detailColumnKey(DetailColumn column);    // "number", "sign_due", …
std::string_view detailColumnLabel(DetailColumn column);  // 诉求编号, 签收期限, …
// Width in characters as a spreadsheet counts them (a Chinese character is about 2).
double detailColumnWidth(DetailColumn column);
// Whether the column is a count (written as a number in exports).
bool detailColumnIsCount(DetailColumn column);

// The cell as people read it: times as 2026-11-27 09:30 (China time), results and ratings by label,
// 是 / "" for the two flags, "" for what has not happened.
std::string detailCellText(const PetitionDetailRow& row, DetailColumn column);

// The sorts the 明细 offers (the server orders and pages).
enum class DetailSort { Submitted, Number, SignDue, FinishDue };
inline constexpr std::array kAllDetailSorts = {DetailSort::Submitted, DetailSort::Number, DetailSort::SignDue,
                                               DetailSort::FinishDue};
std::string_view detailSortKey(DetailSort sort);  // "submitted", "number", "sign_due", "finish_due"
std::optional<DetailSort> detailSortFromKey(std::string_view key);
// The sort a column header asks for, if the column sorts.
std::optional<DetailSort> detailSortOfColumn(DetailColumn column);

}  // namespace qinqing::domain
