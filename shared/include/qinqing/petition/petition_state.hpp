// The states a petition (诉求) passes through, how it ended, the clocks that time each step, and
// the 好差评 rating scale (issue 5 "The flow"; notice §4, §12, §14 and its 诉求办理流程图).
// Keys are the stored and wire spellings; labels are what people read.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace qinqing::domain {

enum class PetitionState {
  Draft,                // 草稿: the enterprise's own, seen by nobody else
  PendingReview,        // 待审核: with the liaison cadre (clock: review, 1 working day)
  ReturnedToEnterprise, // 已退回: the cadre sent it back with a reason; edit and resubmit, or withdraw
  Withdrawn,            // 已撤回: the enterprise gave it up (kept with its history)
  PendingDispatch,      // 待分办: with the dispatchers (clock: dispatch, only if the platform sets one)
  PendingSign,          // 待签收: routed to a unit or county (clock: sign, 1 working day)
  Handling,             // 办理中: signed for (clock: result, 15 working days, extendable)
  PendingRating,        // 待评价: result submitted, the enterprise rates (clock: rating, 5 working days)
  Rectifying,           // 整改中: rated badly; the same unit handles it again (clock: 15 working days)
  PendingSecondRating,  // 待再次评价: rectification submitted (clock: 5 working days); this rating closes it
  Appealing,            // 申诉中: the unit appealed a rating; the city dispatch group decides
  Closed,               // 已销号
};

inline constexpr std::array<PetitionState, 12> kAllPetitionStates = {
    PetitionState::Draft,        PetitionState::PendingReview, PetitionState::ReturnedToEnterprise,
    PetitionState::Withdrawn,    PetitionState::PendingDispatch, PetitionState::PendingSign,
    PetitionState::Handling,     PetitionState::PendingRating, PetitionState::Rectifying,
    PetitionState::PendingSecondRating, PetitionState::Appealing, PetitionState::Closed,
};

std::string_view petitionStateKey(PetitionState state);  // "pending_review"
std::string_view petitionStateLabel(PetitionState state);  // 待审核
std::optional<PetitionState> petitionStateFromKey(std::string_view key);
// Neither withdrawn nor closed: some party still has to act.
bool petitionIsOpen(PetitionState state);

// How a closed petition ended: what the statistics count.
enum class PetitionOutcome {
  None,          // not closed
  Satisfied,     // rated 非常满意 / 满意 / 基本满意 (first or second round)
  Unsatisfied,   // rated badly in the second round
  Unrated,       // 未评价: no rating within 5 working days; never counted as satisfied
  AppealUpheld,  // the unit's appeal was upheld: the rating is set aside
};
std::string_view petitionOutcomeKey(PetitionOutcome outcome);
std::string_view petitionOutcomeLabel(PetitionOutcome outcome);  // 满意销号 / 不满意销号 / 未评价 / 申诉成立
std::optional<PetitionOutcome> petitionOutcomeFromKey(std::string_view key);

// The national 好差评 scale, best first.
enum class Rating { VerySatisfied, Satisfied, BasicallySatisfied, Dissatisfied, VeryDissatisfied };
inline constexpr std::array<Rating, 5> kAllRatings = {Rating::VerySatisfied, Rating::Satisfied,
                                                       Rating::BasicallySatisfied, Rating::Dissatisfied,
                                                       Rating::VeryDissatisfied};
std::string_view ratingKey(Rating rating);
std::string_view ratingLabel(Rating rating);  // 非常满意 … 非常不满意
std::optional<Rating> ratingFromKey(std::string_view key);
// 不满意 and 非常不满意: send the petition back for rectification (or close it unsatisfied).
bool ratingIsBad(Rating rating);

// The clocks. Each times one party's step; its due instant and on-time result are kept.
enum class ClockKind {
  Review,        // cadre reviews: 1 working day (§4)
  Dispatch,      // dispatcher routes: no limit in the notice; a platform setting may set one
  Sign,          // unit signs for it: 1 working day (§12)
  Result,        // unit submits its result: 15 working days from signing (§12)
  Rating,        // enterprise rates: 5 working days (§14)
  Rectification, // unit rectifies after a bad rating: 15 working days
  SecondRating,  // enterprise rates the rectification: 5 working days
  AppealDecision,// city dispatch group decides an appeal: measured, no limit
};
inline constexpr std::array<ClockKind, 8> kAllClockKinds = {
    ClockKind::Review, ClockKind::Dispatch, ClockKind::Sign,         ClockKind::Result,
    ClockKind::Rating, ClockKind::Rectification, ClockKind::SecondRating, ClockKind::AppealDecision};
std::string_view clockKindKey(ClockKind kind);
std::string_view clockKindLabel(ClockKind kind);  // 审核 / 分办 / 签收 / 办理 / 评价 / 整改 / 再次评价 / 申诉处理
std::optional<ClockKind> clockKindFromKey(std::string_view key);

// The working days a clock allows; 0 = measured but not limited. dispatchLimit is the platform
// setting for the dispatch clock (0 = none, the notice's default).
int clockWorkingDays(ClockKind kind, int dispatchLimit = 0);

// Where a petition is routed (分办): a unit (承办单位) or a county or zone (承办县市区, §20).
enum class HandlerKind { Unit, County };
std::string_view handlerKindKey(HandlerKind kind);    // "unit" | "county"
std::string_view handlerKindLabel(HandlerKind kind);  // 承办单位 | 承办县市区
std::optional<HandlerKind> handlerKindFromKey(std::string_view key);

// A 延期 request: waiting for the dispatcher, approved (with a new due date) or refused.
enum class ExtensionStatus { Pending, Approved, Refused };
std::string_view extensionStatusKey(ExtensionStatus status);    // "pending" | "approved" | "refused"
std::string_view extensionStatusLabel(ExtensionStatus status);  // 待审批 | 已批准 | 不批准
std::optional<ExtensionStatus> extensionStatusFromKey(std::string_view key);

// A unit's 申诉 of a rating: waiting for the city dispatch group, upheld or rejected.
enum class AppealStatus { Pending, Upheld, Rejected };
std::string_view appealStatusKey(AppealStatus status);    // "pending" | "upheld" | "rejected"
std::string_view appealStatusLabel(AppealStatus status);  // 待处理 | 申诉成立 | 申诉不成立
std::optional<AppealStatus> appealStatusFromKey(std::string_view key);

// Whose text a version of the content is: the enterprise's submission or the cadre's edit (§4).
enum class VersionKind { Submitted, CadreEdit };
std::string_view versionKindKey(VersionKind kind);    // "submitted" | "cadre_edit"
std::string_view versionKindLabel(VersionKind kind);  // 企业提交 | 包联干部修改
std::optional<VersionKind> versionKindFromKey(std::string_view key);

// What an attachment belongs to: the enterprise's files (§14) or the handling unit's files with
// its 办理结果 (§12).
enum class AttachmentPurpose { Petition, Result };
std::string_view attachmentPurposeKey(AttachmentPurpose purpose);    // "petition" | "result"
std::string_view attachmentPurposeLabel(AttachmentPurpose purpose);  // 诉求附件 | 办理结果附件
std::optional<AttachmentPurpose> attachmentPurposeFromKey(std::string_view key);

// Timeline entries that are not a person's action (those are keyed by petitionActionKey).
enum class PetitionEventKind {
  Created,        // "create": the draft was created
  DeadlineMoved,  // "deadline_moved": a calendar change moved a running clock's due date
  Reminder,       // "reminder": the platform reminded the party that must act
};
std::string_view petitionEventKindKey(PetitionEventKind kind);
std::string_view petitionEventKindLabel(PetitionEventKind kind);  // 创建草稿 | 时限调整 | 到期提醒
std::optional<PetitionEventKind> petitionEventKindFromKey(std::string_view key);

// The sort keys of the petition lists; none (the default) = newest activity first.
enum class PetitionSort { Updated, Due, Submitted, Number };
inline constexpr std::array<PetitionSort, 4> kAllPetitionSorts = {PetitionSort::Updated, PetitionSort::Due,
                                                                   PetitionSort::Submitted, PetitionSort::Number};
std::string_view petitionSortKey(PetitionSort sort);  // "updated" | "due" | "submitted" | "number"
std::string_view petitionSortLabel(PetitionSort sort);
std::optional<PetitionSort> petitionSortFromKey(std::string_view key);

// The categories an enterprise files a petition under (§14, issue 5).
inline constexpr std::array<std::string_view, 9> kPetitionCategories = {
    "融资", "用工", "用地", "审批服务", "政策兑现", "基础设施", "市场开拓", "法律权益", "其他"};
bool isPetitionCategory(std::string_view category);

}  // namespace qinqing::domain
