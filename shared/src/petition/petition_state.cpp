#include "qinqing/petition/petition_state.hpp"

#include <algorithm>
#include <utility>

namespace qinqing::domain {
namespace {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
std::string_view lookup(const Table<Enum, N>& table, Enum value) {
  for (const auto& [e, text] : table)
    if (e == value) return text;
  return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> reverseLookup(const Table<Enum, N>& table, std::string_view text) {
  for (const auto& [e, t] : table)
    if (t == text) return e;
  return std::nullopt;
}

constexpr Table<PetitionState, 12> kStateKeys = {{
    {PetitionState::Draft, "draft"},
    {PetitionState::PendingReview, "pending_review"},
    {PetitionState::ReturnedToEnterprise, "returned"},
    {PetitionState::Withdrawn, "withdrawn"},
    {PetitionState::PendingDispatch, "pending_dispatch"},
    {PetitionState::PendingSign, "pending_sign"},
    {PetitionState::Handling, "handling"},
    {PetitionState::PendingRating, "pending_rating"},
    {PetitionState::Rectifying, "rectifying"},
    {PetitionState::PendingSecondRating, "pending_second_rating"},
    {PetitionState::Appealing, "appealing"},
    {PetitionState::Closed, "closed"},
}};

constexpr Table<PetitionState, 12> kStateLabels = {{
    {PetitionState::Draft, "草稿"},
    {PetitionState::PendingReview, "待审核"},
    {PetitionState::ReturnedToEnterprise, "已退回"},
    {PetitionState::Withdrawn, "已撤回"},
    {PetitionState::PendingDispatch, "待分办"},
    {PetitionState::PendingSign, "待签收"},
    {PetitionState::Handling, "办理中"},
    {PetitionState::PendingRating, "待评价"},
    {PetitionState::Rectifying, "整改中"},
    {PetitionState::PendingSecondRating, "待再次评价"},
    {PetitionState::Appealing, "申诉中"},
    {PetitionState::Closed, "已销号"},
}};

constexpr Table<PetitionOutcome, 5> kOutcomeKeys = {{
    {PetitionOutcome::None, "none"},
    {PetitionOutcome::Satisfied, "satisfied"},
    {PetitionOutcome::Unsatisfied, "unsatisfied"},
    {PetitionOutcome::Unrated, "unrated"},
    {PetitionOutcome::AppealUpheld, "appeal_upheld"},
}};

constexpr Table<PetitionOutcome, 5> kOutcomeLabels = {{
    {PetitionOutcome::None, ""},
    {PetitionOutcome::Satisfied, "满意销号"},
    {PetitionOutcome::Unsatisfied, "不满意销号"},
    {PetitionOutcome::Unrated, "未评价销号"},
    {PetitionOutcome::AppealUpheld, "申诉成立销号"},
}};

constexpr Table<Rating, 5> kRatingKeys = {{
    {Rating::VerySatisfied, "very_satisfied"},
    {Rating::Satisfied, "satisfied"},
    {Rating::BasicallySatisfied, "basically_satisfied"},
    {Rating::Dissatisfied, "dissatisfied"},
    {Rating::VeryDissatisfied, "very_dissatisfied"},
}};

constexpr Table<Rating, 5> kRatingLabels = {{
    {Rating::VerySatisfied, "非常满意"},
    {Rating::Satisfied, "满意"},
    {Rating::BasicallySatisfied, "基本满意"},
    {Rating::Dissatisfied, "不满意"},
    {Rating::VeryDissatisfied, "非常不满意"},
}};

constexpr Table<ClockKind, 8> kClockKeys = {{
    {ClockKind::Review, "review"},
    {ClockKind::Dispatch, "dispatch"},
    {ClockKind::Sign, "sign"},
    {ClockKind::Result, "result"},
    {ClockKind::Rating, "rating"},
    {ClockKind::Rectification, "rectification"},
    {ClockKind::SecondRating, "second_rating"},
    {ClockKind::AppealDecision, "appeal_decision"},
}};

constexpr Table<ClockKind, 8> kClockLabels = {{
    {ClockKind::Review, "审核"},
    {ClockKind::Dispatch, "分办"},
    {ClockKind::Sign, "签收"},
    {ClockKind::Result, "办理"},
    {ClockKind::Rating, "评价"},
    {ClockKind::Rectification, "整改"},
    {ClockKind::SecondRating, "再次评价"},
    {ClockKind::AppealDecision, "申诉处理"},
}};

}  // namespace

std::string_view petitionStateKey(PetitionState state) { return lookup(kStateKeys, state); }
std::string_view petitionStateLabel(PetitionState state) { return lookup(kStateLabels, state); }
std::optional<PetitionState> petitionStateFromKey(std::string_view key) { return reverseLookup(kStateKeys, key); }

bool petitionIsOpen(PetitionState state) {
  return state != PetitionState::Withdrawn && state != PetitionState::Closed;
}

std::string_view petitionOutcomeKey(PetitionOutcome outcome) { return lookup(kOutcomeKeys, outcome); }
std::string_view petitionOutcomeLabel(PetitionOutcome outcome) { return lookup(kOutcomeLabels, outcome); }
std::optional<PetitionOutcome> petitionOutcomeFromKey(std::string_view key) {
  return reverseLookup(kOutcomeKeys, key);
}

std::string_view ratingKey(Rating rating) { return lookup(kRatingKeys, rating); }
std::string_view ratingLabel(Rating rating) { return lookup(kRatingLabels, rating); }
std::optional<Rating> ratingFromKey(std::string_view key) { return reverseLookup(kRatingKeys, key); }
bool ratingIsBad(Rating rating) { return rating == Rating::Dissatisfied || rating == Rating::VeryDissatisfied; }

std::string_view clockKindKey(ClockKind kind) { return lookup(kClockKeys, kind); }
std::string_view clockKindLabel(ClockKind kind) { return lookup(kClockLabels, kind); }
std::optional<ClockKind> clockKindFromKey(std::string_view key) { return reverseLookup(kClockKeys, key); }

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
