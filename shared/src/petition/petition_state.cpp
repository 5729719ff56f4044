#include "qinqing/petition/petition_state.hpp"

#include <algorithm>

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<PetitionState, 12> kPetitionStates = {{
    {PetitionState::Draft, "draft", "草稿"},
    {PetitionState::PendingReview, "pending_review", "待审核"},
    {PetitionState::ReturnedToEnterprise, "returned", "已退回"},
    {PetitionState::Withdrawn, "withdrawn", "已撤回"},
    {PetitionState::PendingDispatch, "pending_dispatch", "待分办"},
    {PetitionState::PendingSign, "pending_sign", "待签收"},
    {PetitionState::Handling, "handling", "办理中"},
    {PetitionState::PendingRating, "pending_rating", "待评价"},
    {PetitionState::Rectifying, "rectifying", "整改中"},
    {PetitionState::PendingSecondRating, "pending_second_rating", "待再次评价"},
    {PetitionState::Appealing, "appealing", "申诉中"},
    {PetitionState::Closed, "closed", "已销号"},
}};

constexpr Vocabulary<PetitionOutcome, 5> kPetitionOutcomes = {{
    {PetitionOutcome::None, "none", ""},
    {PetitionOutcome::Satisfied, "satisfied", "满意销号"},
    {PetitionOutcome::Unsatisfied, "unsatisfied", "不满意销号"},
    {PetitionOutcome::Unrated, "unrated", "未评价销号"},
    {PetitionOutcome::AppealUpheld, "appeal_upheld", "申诉成立销号"},
}};

constexpr Vocabulary<Rating, 5> kPetitionRatings = {{
    {Rating::VerySatisfied, "very_satisfied", "非常满意"},
    {Rating::Satisfied, "satisfied", "满意"},
    {Rating::BasicallySatisfied, "basically_satisfied", "基本满意"},
    {Rating::Dissatisfied, "dissatisfied", "不满意"},
    {Rating::VeryDissatisfied, "very_dissatisfied", "非常不满意"},
}};

constexpr Vocabulary<ClockKind, 8> kClocks = {{
    {ClockKind::Review, "review", "审核"},
    {ClockKind::Dispatch, "dispatch", "分办"},
    {ClockKind::Sign, "sign", "签收"},
    {ClockKind::Result, "result", "办理"},
    {ClockKind::Rating, "rating", "评价"},
    {ClockKind::Rectification, "rectification", "整改"},
    {ClockKind::SecondRating, "second_rating", "再次评价"},
    {ClockKind::AppealDecision, "appeal_decision", "申诉处理"},
}};

constexpr Vocabulary<HandlerKind, 2> kHandlerKinds = {{
    {HandlerKind::Unit, "unit", "承办单位"},
    {HandlerKind::County, "county", "承办县市区"},
}};

constexpr Vocabulary<ExtensionStatus, 3> kExtensionStatuses = {{
    {ExtensionStatus::Pending, "pending", "待审批"},
    {ExtensionStatus::Approved, "approved", "已批准"},
    {ExtensionStatus::Refused, "refused", "不批准"},
}};

constexpr Vocabulary<AppealStatus, 3> kAppealStatuses = {{
    {AppealStatus::Pending, "pending", "待处理"},
    {AppealStatus::Upheld, "upheld", "申诉成立"},
    {AppealStatus::Rejected, "rejected", "申诉不成立"},
}};

constexpr Vocabulary<VersionKind, 2> kVersionKinds = {{
    {VersionKind::Submitted, "submitted", "企业提交"},
    {VersionKind::CadreEdit, "cadre_edit", "包联干部修改"},
}};

constexpr Vocabulary<AttachmentPurpose, 2> kAttachmentPurposes = {{
    {AttachmentPurpose::Petition, "petition", "诉求附件"},
    {AttachmentPurpose::Result, "result", "办理结果附件"},
}};

constexpr Vocabulary<PetitionEventKind, 3> kEventKinds = {{
    {PetitionEventKind::Created, "create", "创建草稿"},
    {PetitionEventKind::DeadlineMoved, "deadline_moved", "时限调整"},
    {PetitionEventKind::Reminder, "reminder", "到期提醒"},
}};

constexpr Vocabulary<PetitionSort, 4> kSorts = {{
    {PetitionSort::Updated, "updated", "最近更新"},
    {PetitionSort::Due, "due", "到期时间"},
    {PetitionSort::Submitted, "submitted", "提交时间"},
    {PetitionSort::Number, "number", "诉求编号"},
}};

}  // namespace

std::string_view petitionStateKey(PetitionState state) { return vocabularyKey(kPetitionStates, state); }
std::string_view petitionStateLabel(PetitionState state) { return vocabularyLabel(kPetitionStates, state); }
std::optional<PetitionState> petitionStateFromKey(std::string_view key) { return vocabularyFromKey(kPetitionStates, key); }

bool petitionIsOpen(PetitionState state) {
  return state != PetitionState::Withdrawn && state != PetitionState::Closed;
}

std::string_view petitionOutcomeKey(PetitionOutcome outcome) { return vocabularyKey(kPetitionOutcomes, outcome); }
std::string_view petitionOutcomeLabel(PetitionOutcome outcome) { return vocabularyLabel(kPetitionOutcomes, outcome); }
std::optional<PetitionOutcome> petitionOutcomeFromKey(std::string_view key) { return vocabularyFromKey(kPetitionOutcomes, key); }

std::string_view ratingKey(Rating rating) { return vocabularyKey(kPetitionRatings, rating); }
std::string_view ratingLabel(Rating rating) { return vocabularyLabel(kPetitionRatings, rating); }
std::optional<Rating> ratingFromKey(std::string_view key) { return vocabularyFromKey(kPetitionRatings, key); }
bool ratingIsBad(Rating rating) { return rating == Rating::Dissatisfied || rating == Rating::VeryDissatisfied; }

std::string_view clockKindKey(ClockKind kind) { return vocabularyKey(kClocks, kind); }
std::string_view clockKindLabel(ClockKind kind) { return vocabularyLabel(kClocks, kind); }
std::optional<ClockKind> clockKindFromKey(std::string_view key) { return vocabularyFromKey(kClocks, key); }

std::string_view handlerKindKey(HandlerKind kind) { return vocabularyKey(kHandlerKinds, kind); }
std::string_view handlerKindLabel(HandlerKind kind) { return vocabularyLabel(kHandlerKinds, kind); }
std::optional<HandlerKind> handlerKindFromKey(std::string_view key) { return vocabularyFromKey(kHandlerKinds, key); }

std::string_view extensionStatusKey(ExtensionStatus status) { return vocabularyKey(kExtensionStatuses, status); }
std::string_view extensionStatusLabel(ExtensionStatus status) { return vocabularyLabel(kExtensionStatuses, status); }
std::optional<ExtensionStatus> extensionStatusFromKey(std::string_view key) {
  return vocabularyFromKey(kExtensionStatuses, key);
}

std::string_view appealStatusKey(AppealStatus status) { return vocabularyKey(kAppealStatuses, status); }
std::string_view appealStatusLabel(AppealStatus status) { return vocabularyLabel(kAppealStatuses, status); }
std::optional<AppealStatus> appealStatusFromKey(std::string_view key) { return vocabularyFromKey(kAppealStatuses, key); }

std::string_view versionKindKey(VersionKind kind) { return vocabularyKey(kVersionKinds, kind); }
std::string_view versionKindLabel(VersionKind kind) { return vocabularyLabel(kVersionKinds, kind); }
std::optional<VersionKind> versionKindFromKey(std::string_view key) { return vocabularyFromKey(kVersionKinds, key); }

std::string_view attachmentPurposeKey(AttachmentPurpose purpose) { return vocabularyKey(kAttachmentPurposes, purpose); }
std::string_view attachmentPurposeLabel(AttachmentPurpose purpose) {
  return vocabularyLabel(kAttachmentPurposes, purpose);
}
std::optional<AttachmentPurpose> attachmentPurposeFromKey(std::string_view key) {
  return vocabularyFromKey(kAttachmentPurposes, key);
}

std::string_view petitionEventKindKey(PetitionEventKind kind) { return vocabularyKey(kEventKinds, kind); }
std::string_view petitionEventKindLabel(PetitionEventKind kind) { return vocabularyLabel(kEventKinds, kind); }
std::optional<PetitionEventKind> petitionEventKindFromKey(std::string_view key) {
  return vocabularyFromKey(kEventKinds, key);
}

std::string_view petitionSortKey(PetitionSort sort) { return vocabularyKey(kSorts, sort); }
std::string_view petitionSortLabel(PetitionSort sort) { return vocabularyLabel(kSorts, sort); }
std::optional<PetitionSort> petitionSortFromKey(std::string_view key) { return vocabularyFromKey(kSorts, key); }

int clockWorkingDays(ClockKind kind, int dispatchLimit) {
  switch (kind) {
    case ClockKind::Review:
    case ClockKind::Sign: return 1;
    case ClockKind::Result:
    case ClockKind::Rectification: return 15;
    case ClockKind::Rating:
    case ClockKind::SecondRating: return 5;
    case ClockKind::Dispatch: return dispatchLimit > 0 ? dispatchLimit : 0;
    case ClockKind::AppealDecision: return 0;
  }
  return 0;
}

bool isPetitionCategory(std::string_view category) {
  return std::find(kPetitionCategories.begin(), kPetitionCategories.end(), category) != kPetitionCategories.end();
}

}  // namespace qinqing::domain
