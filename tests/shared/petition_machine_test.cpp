// The petition state machine of issue 5: every branch of the flow, who may take each step, and
// what each step does to the clocks and the SMS recipients.
#include <gtest/gtest.h>

#include <algorithm>

#include "qinqing/petition/petition_machine.hpp"

using namespace qinqing::domain;
using S = PetitionState;
using A = PetitionAction;

namespace {

PetitionFacts in(S state) {
  PetitionFacts f;
  f.state = state;
  return f;
}

PetitionTransition ok(const PetitionFacts& f, A action, Role role, PetitionActionInput input = {}) {
  auto r = decidePetitionAction(f, action, role, input);
  EXPECT_TRUE(r.ok()) << petitionActionKey(action) << " in " << petitionStateKey(f.state)
                      << (r.ok() ? "" : ": " + r.error().message);
  return r.ok() ? r.value() : PetitionTransition{};
}

ErrorCode failure(const PetitionFacts& f, A action, std::optional<Role> role, PetitionActionInput input = {}) {
  auto r = decidePetitionAction(f, action, role, input);
  EXPECT_FALSE(r.ok()) << petitionActionKey(action) << " in " << petitionStateKey(f.state);
  return r.ok() ? ErrorCode::Internal : r.error().code;
}

PetitionActionInput rated(Rating r) {
  PetitionActionInput in;
  in.rating = r;
  return in;
}

PetitionActionInput decided(bool approve) {
  PetitionActionInput in;
  in.approve = approve;
  return in;
}

bool notifies(const PetitionTransition& t, NoticeTarget target) {
  return std::find(t.notify.begin(), t.notify.end(), target) != t.notify.end();
}

}  // namespace

TEST(PetitionMachine, HappyPathFromSubmissionToSatisfiedClosing) {
  auto t = ok(in(S::Draft), A::Submit, Role::Enterprise);
  EXPECT_EQ(t.next, S::PendingReview);
  EXPECT_EQ(t.opens, ClockKind::Review);
  EXPECT_FALSE(t.closes);
  EXPECT_TRUE(notifies(t, NoticeTarget::Cadre));

  t = ok(in(S::PendingReview), A::Approve, Role::Cadre);
  EXPECT_EQ(t.next, S::PendingDispatch);
  EXPECT_EQ(t.closes, ClockKind::Review);
  EXPECT_EQ(t.opens, ClockKind::Dispatch);

  t = ok(in(S::PendingDispatch), A::Dispatch, Role::IndustryDispatcher);
  EXPECT_EQ(t.next, S::PendingSign);
  EXPECT_EQ(t.opens, ClockKind::Sign);
  EXPECT_TRUE(notifies(t, NoticeTarget::Handler));

  t = ok(in(S::PendingSign), A::Sign, Role::CountyAdmin);
  EXPECT_EQ(t.next, S::Handling);
  EXPECT_EQ(t.closes, ClockKind::Sign);
  EXPECT_EQ(t.opens, ClockKind::Result);

  t = ok(in(S::Handling), A::SubmitResult, Role::UnitAdmin);
  EXPECT_EQ(t.next, S::PendingRating);
  EXPECT_EQ(t.opens, ClockKind::Rating);
  EXPECT_TRUE(notifies(t, NoticeTarget::Cadre));
  EXPECT_TRUE(notifies(t, NoticeTarget::Enterprise));

  for (Rating good : {Rating::VerySatisfied, Rating::Satisfied, Rating::BasicallySatisfied}) {
    t = ok(in(S::PendingRating), A::Rate, Role::Enterprise, rated(good));
    EXPECT_EQ(t.next, S::Closed);
    EXPECT_EQ(t.outcome, PetitionOutcome::Satisfied);
    EXPECT_EQ(t.closes, ClockKind::Rating);
    EXPECT_FALSE(t.opens);
    EXPECT_EQ(t.ratingRound, 1);
  }
}

TEST(PetitionMachine, ReturnToEnterpriseThenResubmitOrWithdraw) {
  auto t = ok(in(S::PendingReview), A::ReturnToEnterprise, Role::Cadre);
  EXPECT_EQ(t.next, S::ReturnedToEnterprise);
  EXPECT_EQ(t.closes, ClockKind::Review);
  EXPECT_FALSE(t.opens);
  EXPECT_TRUE(notifies(t, NoticeTarget::Enterprise));

  EXPECT_EQ(ok(in(S::ReturnedToEnterprise), A::SaveDraft, Role::Enterprise).next, S::ReturnedToEnterprise);
  EXPECT_EQ(ok(in(S::ReturnedToEnterprise), A::Submit, Role::Enterprise).next, S::PendingReview);
  EXPECT_EQ(ok(in(S::ReturnedToEnterprise), A::Withdraw, Role::Enterprise).next, S::Withdrawn);
  EXPECT_EQ(ok(in(S::PendingReview), A::Withdraw, Role::Enterprise).closes, ClockKind::Review);
  // Once approved, the enterprise can no longer take it back.
  EXPECT_EQ(failure(in(S::PendingDispatch), A::Withdraw, Role::Enterprise), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, UnitReturnsToDispatcherAndItIsRoutedAgain) {
  auto t = ok(in(S::PendingSign), A::ReturnToDispatcher, Role::UnitAdmin);
  EXPECT_EQ(t.next, S::PendingDispatch);
  EXPECT_EQ(t.closes, ClockKind::Sign);
  EXPECT_EQ(t.opens, ClockKind::Dispatch);
  EXPECT_TRUE(notifies(t, NoticeTarget::Dispatchers));
  EXPECT_EQ(ok(in(S::PendingDispatch), A::Dispatch, Role::CityDispatcher).next, S::PendingSign);
  // After signing, it is the unit's.
  EXPECT_EQ(failure(in(S::Handling), A::ReturnToDispatcher, Role::UnitAdmin), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, BadRatingRectificationAndSecondRatingCloses) {
  auto t = ok(in(S::PendingRating), A::Rate, Role::Enterprise, rated(Rating::Dissatisfied));
  EXPECT_EQ(t.next, S::Rectifying);
  EXPECT_EQ(t.opens, ClockKind::Rectification);
  EXPECT_EQ(t.ratingRound, 1);
  EXPECT_TRUE(notifies(t, NoticeTarget::Handler));

  PetitionFacts rect = in(S::Rectifying);
  rect.ratingRound = 1;
  rect.lastRatingBad = true;
  EXPECT_EQ(ok(rect, A::RecordReturnVisit, Role::Cadre).next, S::Rectifying);
  t = ok(rect, A::SubmitResult, Role::UnitAdmin);
  EXPECT_EQ(t.next, S::PendingSecondRating);
  EXPECT_EQ(t.closes, ClockKind::Rectification);
  EXPECT_EQ(t.opens, ClockKind::SecondRating);

  PetitionFacts second = in(S::PendingSecondRating);
  second.ratingRound = 1;
  t = ok(second, A::Rate, Role::Enterprise, rated(Rating::VeryDissatisfied));
  EXPECT_EQ(t.next, S::Closed);
  EXPECT_EQ(t.outcome, PetitionOutcome::Unsatisfied);
  EXPECT_EQ(t.ratingRound, 2);
  t = ok(second, A::Rate, Role::Enterprise, rated(Rating::Satisfied));
  EXPECT_EQ(t.outcome, PetitionOutcome::Satisfied);
}

TEST(PetitionMachine, NoRatingInTimeClosesAsUnratedNeverSatisfied) {
  for (S s : {S::PendingRating, S::PendingSecondRating}) {
    auto r = decidePetitionAction(in(s), A::ExpireRating, std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().next, S::Closed);
    EXPECT_EQ(r.value().outcome, PetitionOutcome::Unrated);
  }
  // Only the platform closes for lack of a rating.
  EXPECT_EQ(failure(in(S::PendingRating), A::ExpireRating, Role::CityDispatcher), ErrorCode::Forbidden);
  EXPECT_EQ(failure(in(S::Handling), A::ExpireRating, std::nullopt), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, AppealInTheFirstRoundUpheldOrRejected) {
  PetitionFacts rect = in(S::Rectifying);
  rect.ratingRound = 1;
  rect.lastRatingBad = true;
  auto t = ok(rect, A::Appeal, Role::UnitAdmin);
  EXPECT_EQ(t.next, S::Appealing);
  EXPECT_EQ(t.closes, ClockKind::Rectification);
  EXPECT_EQ(t.opens, ClockKind::AppealDecision);
  EXPECT_TRUE(notifies(t, NoticeTarget::Dispatchers));

  PetitionFacts appealing = in(S::Appealing);
  appealing.ratingRound = 1;
  appealing.appealedLastRating = true;
  t = ok(appealing, A::DecideAppeal, Role::CityDispatcher, decided(true));
  EXPECT_EQ(t.next, S::Closed);
  EXPECT_EQ(t.outcome, PetitionOutcome::AppealUpheld);
  t = ok(appealing, A::DecideAppeal, Role::CityDispatcher, decided(false));
  EXPECT_EQ(t.next, S::Rectifying);
  EXPECT_EQ(t.opens, ClockKind::Rectification);  // a full new clock

  // One appeal per rating; industry dispatchers do not decide appeals.
  rect.appealedLastRating = true;
  EXPECT_EQ(failure(rect, A::Appeal, Role::UnitAdmin), ErrorCode::InvalidTransition);
  EXPECT_EQ(failure(appealing, A::DecideAppeal, Role::IndustryDispatcher, decided(true)), ErrorCode::Forbidden);
  EXPECT_EQ(failure(appealing, A::DecideAppeal, Role::CityDispatcher), ErrorCode::InvalidInput);
}

TEST(PetitionMachine, AppealAfterTheSecondBadRatingOnlyWithinItsWindow) {
  PetitionFacts closed = in(S::Closed);
  closed.outcome = PetitionOutcome::Unsatisfied;
  closed.ratingRound = 2;
  closed.lastRatingBad = true;
  EXPECT_EQ(failure(closed, A::Appeal, Role::CountyAdmin), ErrorCode::InvalidTransition);
  closed.appealWindowOpen = true;
  auto t = ok(closed, A::Appeal, Role::CountyAdmin);
  EXPECT_EQ(t.next, S::Appealing);
  EXPECT_EQ(t.outcome, PetitionOutcome::None);

  PetitionFacts appealing = in(S::Appealing);
  appealing.ratingRound = 2;
  t = ok(appealing, A::DecideAppeal, Role::CityDispatcher, decided(false));
  EXPECT_EQ(t.next, S::Closed);
  EXPECT_EQ(t.outcome, PetitionOutcome::Unsatisfied);

  // A good rating cannot be appealed.
  PetitionFacts good = in(S::Closed);
  good.outcome = PetitionOutcome::Satisfied;
  good.appealWindowOpen = true;
  EXPECT_EQ(failure(good, A::Appeal, Role::UnitAdmin), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, ExtensionOnlyBeforeTheDeadlineAndOneAtATime) {
  PetitionFacts handling = in(S::Handling);
  handling.runningClock = DeadlineState::DueToday;
  auto t = ok(handling, A::RequestExtension, Role::UnitAdmin);
  EXPECT_EQ(t.next, S::Handling);
  EXPECT_FALSE(t.closes);
  EXPECT_TRUE(notifies(t, NoticeTarget::Dispatchers));

  handling.runningClock = DeadlineState::Overdue;
  EXPECT_EQ(failure(handling, A::RequestExtension, Role::UnitAdmin), ErrorCode::InvalidTransition);
  handling.runningClock = DeadlineState::Normal;
  handling.extensionPending = true;
  EXPECT_EQ(failure(handling, A::RequestExtension, Role::UnitAdmin), ErrorCode::InvalidTransition);

  t = ok(handling, A::DecideExtension, Role::IndustryDispatcher, decided(true));
  EXPECT_EQ(t.next, S::Handling);
  EXPECT_TRUE(notifies(t, NoticeTarget::Handler));
  handling.extensionPending = false;
  EXPECT_EQ(failure(handling, A::DecideExtension, Role::CityDispatcher, decided(true)), ErrorCode::InvalidTransition);
  EXPECT_EQ(failure(in(S::PendingSign), A::RequestExtension, Role::UnitAdmin), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, UrgeOnlyOnYellowOrRedOncePerWorkingDay) {
  PetitionFacts f = in(S::PendingSign);
  f.runningClock = DeadlineState::Normal;
  EXPECT_EQ(failure(f, A::Urge, Role::Enterprise), ErrorCode::InvalidTransition);
  f.runningClock = DeadlineState::DueToday;
  auto t = ok(f, A::Urge, Role::Enterprise);
  EXPECT_EQ(t.next, S::PendingSign);
  EXPECT_TRUE(notifies(t, NoticeTarget::Handler));
  f.urgedToday = true;
  EXPECT_EQ(failure(f, A::Urge, Role::Enterprise), ErrorCode::InvalidTransition);

  PetitionFacts review = in(S::PendingReview);
  review.runningClock = DeadlineState::Overdue;
  EXPECT_TRUE(notifies(ok(review, A::Urge, Role::Enterprise), NoticeTarget::Cadre));
  // A dispatch step with no limit set never turns yellow, so it cannot be urged.
  EXPECT_EQ(failure(in(S::PendingDispatch), A::Urge, Role::Enterprise), ErrorCode::InvalidTransition);
}

TEST(PetitionMachine, SuperviseAnyOpenPetitionByDispatchersOnly) {
  for (Role r : {Role::CityDispatcher, Role::IndustryDispatcher})
    EXPECT_EQ(ok(in(S::Handling), A::Supervise, r).next, S::Handling);
  EXPECT_EQ(failure(in(S::Closed), A::Supervise, Role::CityDispatcher), ErrorCode::InvalidTransition);
  EXPECT_EQ(failure(in(S::Handling), A::Supervise, Role::Inspector), ErrorCode::Forbidden);
  EXPECT_EQ(failure(in(S::Draft), A::Supervise, Role::CityDispatcher), ErrorCode::InvalidTransition);
  EXPECT_EQ(failure(in(S::Handling), A::Supervise, Role::Enterprise), ErrorCode::Forbidden);
}

TEST(PetitionMachine, InspectorCannotChangeAnyPetition) {
  for (const auto action : {A::SaveDraft, A::Submit, A::Withdraw, A::Approve, A::ReturnToEnterprise, A::Dispatch,
                            A::Sign, A::ReturnToDispatcher, A::RequestExtension, A::DecideExtension, A::SubmitResult,
                            A::Rate, A::ExpireRating, A::Appeal, A::DecideAppeal, A::RecordReturnVisit, A::Urge, A::Supervise})
    EXPECT_FALSE(petitionActionAllowedForRole(action, Role::Inspector).ok()) << petitionActionKey(action);
}

TEST(PetitionMachine, PlatformAdministratorsTakeNoPetitionAction) {
  for (Role r : {Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin})
    for (PetitionState s : kAllPetitionStates) {
      PetitionFacts f = in(s);
      f.runningClock = DeadlineState::Overdue;
      EXPECT_TRUE(availablePetitionActions(f, r).empty()) << roleKey(r);
    }
}

TEST(PetitionMachine, WrongRoleIsForbiddenBeforeStateIsConsidered) {
  EXPECT_EQ(failure(in(S::Withdrawn), A::Approve, Role::Enterprise), ErrorCode::Forbidden);
  EXPECT_EQ(failure(in(S::PendingReview), A::Approve, Role::UnitAdmin), ErrorCode::Forbidden);
  EXPECT_EQ(failure(in(S::PendingSign), A::Sign, Role::Cadre), ErrorCode::Forbidden);
  EXPECT_EQ(failure(in(S::PendingRating), A::Rate, Role::Cadre, rated(Rating::Satisfied)), ErrorCode::Forbidden);
}

TEST(PetitionMachine, StaleActionsAreInvalidTransitionsWithTheStateInTheMessage) {
  auto r = decidePetitionAction(in(S::Handling), A::Sign, Role::UnitAdmin);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::InvalidTransition);
  EXPECT_EQ(r.error().message, "该诉求当前为“办理中”，不能签收");
  EXPECT_EQ(failure(in(S::Closed), A::Rate, Role::Enterprise, rated(Rating::Satisfied)), ErrorCode::InvalidTransition);
  EXPECT_EQ(failure(in(S::PendingRating), A::Rate, Role::Enterprise), ErrorCode::InvalidInput);
}

TEST(PetitionMachine, AvailableActionsMatchWhatDecideAccepts) {
  for (Role role : kAllRoles)
    for (PetitionState s : kAllPetitionStates)
      for (bool pending : {false, true}) {
        PetitionFacts f = in(s);
        f.extensionPending = pending;
        f.runningClock = DeadlineState::DueToday;
        f.ratingRound = 1;
        f.lastRatingBad = true;
        const auto actions = availablePetitionActions(f, role);
        for (A a : actions) {
          PetitionActionInput input;
          input.rating = Rating::Satisfied;
          input.approve = false;
          EXPECT_TRUE(decidePetitionAction(f, a, role, input).ok()) << petitionActionKey(a);
        }
      }
  PetitionFacts review = in(S::PendingReview);
  const auto cadre = availablePetitionActions(review, Role::Cadre);
  EXPECT_EQ(cadre, (std::vector<A>{A::Approve, A::ReturnToEnterprise}));
}

TEST(PetitionMachine, EveryOpenStateButDraftsHasAClockAndAPartyItWaitsOn) {
  for (PetitionState s : kAllPetitionStates) {
    const bool waiting = petitionIsOpen(s) && s != S::Draft && s != S::ReturnedToEnterprise;
    EXPECT_EQ(runningClockOf(s).has_value(), waiting) << petitionStateKey(s);
    EXPECT_EQ(petitionWaitsOn(s).has_value(), petitionIsOpen(s)) << petitionStateKey(s);
  }
}

TEST(PetitionMachine, KeysRoundTrip) {
  for (PetitionState s : kAllPetitionStates) EXPECT_EQ(petitionStateFromKey(petitionStateKey(s)), s);
  for (Rating r : kAllRatings) EXPECT_EQ(ratingFromKey(ratingKey(r)), r);
  for (ClockKind c : kAllClockKinds) EXPECT_EQ(clockKindFromKey(clockKindKey(c)), c);
  for (auto key : {"submit", "approve", "dispatch", "sign", "rate", "urge", "supervise", "return_visit"})
    EXPECT_EQ(petitionActionKey(*petitionActionFromKey(key)), key);
  EXPECT_FALSE(petitionStateFromKey("signed"));
  EXPECT_FALSE(petitionActionFromKey(""));
}

TEST(PetitionClocks, TheNoticesLimitsAndTheOptionalDispatchLimit) {
  EXPECT_EQ(clockWorkingDays(ClockKind::Review), 1);
  EXPECT_EQ(clockWorkingDays(ClockKind::Sign), 1);
  EXPECT_EQ(clockWorkingDays(ClockKind::Result), 15);
  EXPECT_EQ(clockWorkingDays(ClockKind::Rating), 5);
  EXPECT_EQ(clockWorkingDays(ClockKind::Rectification), 15);
  EXPECT_EQ(clockWorkingDays(ClockKind::SecondRating), 5);
  EXPECT_EQ(clockWorkingDays(ClockKind::Dispatch), 0);
  EXPECT_EQ(clockWorkingDays(ClockKind::Dispatch, 2), 2);
  EXPECT_EQ(clockWorkingDays(ClockKind::AppealDecision), 0);
}
