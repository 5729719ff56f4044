#include "qinqing/petition/petition_machine.hpp"

#include <array>
#include <string>
#include <utility>

namespace qinqing::domain {
namespace {

using S = PetitionState;
using A = PetitionAction;

constexpr std::array<std::pair<A, std::string_view>, 18> kActionKeys = {{
    {A::SaveDraft, "save_draft"},
    {A::Submit, "submit"},
    {A::Withdraw, "withdraw"},
    {A::Approve, "approve"},
    {A::ReturnToEnterprise, "return_to_enterprise"},
    {A::Dispatch, "dispatch"},
    {A::Sign, "sign"},
    {A::ReturnToDispatcher, "return_to_dispatcher"},
    {A::RequestExtension, "request_extension"},
    {A::DecideExtension, "decide_extension"},
    {A::SubmitResult, "submit_result"},
    {A::Rate, "rate"},
    {A::ExpireRating, "expire_rating"},
    {A::Appeal, "appeal"},
    {A::DecideAppeal, "decide_appeal"},
    {A::RecordReturnVisit, "return_visit"},
    {A::Urge, "urge"},
    {A::Supervise, "supervise"},
}};

constexpr std::array<std::pair<A, std::string_view>, 18> kActionLabels = {{
    {A::SaveDraft, "保存草稿"},
    {A::Submit, "提交诉求"},
    {A::Withdraw, "撤回诉求"},
    {A::Approve, "审核通过"},
    {A::ReturnToEnterprise, "退回企业"},
    {A::Dispatch, "分办"},
    {A::Sign, "签收"},
    {A::ReturnToDispatcher, "退回分办"},
    {A::RequestExtension, "申请延期"},
    {A::DecideExtension, "审批延期"},
    {A::SubmitResult, "提交办理结果"},
    {A::Rate, "评价"},
    {A::ExpireRating, "逾期未评价销号"},
    {A::Appeal, "申诉"},
    {A::DecideAppeal, "处理申诉"},
    {A::RecordReturnVisit, "记录回访"},
    {A::Urge, "催办"},
    {A::Supervise, "督办"},
}};

bool isHandler(Role r) { return r == Role::UnitAdmin || r == Role::CountyAdmin; }
bool isDispatcher(Role r) { return r == Role::CityDispatcher || r == Role::IndustryDispatcher; }

bool roleMay(A action, Role r) {
  switch (action) {
    case A::SaveDraft:
    case A::Submit:
    case A::Withdraw:
    case A::Rate:
    case A::Urge: return r == Role::Enterprise;
    case A::Approve:
    case A::ReturnToEnterprise:
    case A::RecordReturnVisit: return r == Role::Cadre;
    case A::Dispatch:
    case A::DecideExtension: return isDispatcher(r);
    case A::DecideAppeal: return r == Role::CityDispatcher;  // "to the city dispatch group"
    case A::Sign:
    case A::ReturnToDispatcher:
    case A::RequestExtension:
    case A::SubmitResult:
    case A::Appeal: return isHandler(r);
    case A::Supervise: return isDispatcher(r) || r == Role::Inspector;
    case A::ExpireRating: return false;  // the platform's own job, never a person
  }
  return false;
}

DomainError notNow(A action, S state) {
  return DomainError::of(ErrorCode::InvalidTransition, "该诉求当前为“" + std::string(petitionStateLabel(state)) +
                                                           "”，不能" + std::string(petitionActionLabel(action)));
}

DomainError refused(std::string message) { return DomainError::of(ErrorCode::InvalidTransition, std::move(message)); }

PetitionTransition stay(const PetitionFacts& f) {
  PetitionTransition t;
  t.next = f.state;
  t.outcome = f.outcome;
  t.ratingRound = f.ratingRound;
  return t;
}

// A move from the current state's clock to the next state's clock.
PetitionTransition move(const PetitionFacts& f, S next, std::vector<NoticeTarget> notify = {}) {
  PetitionTransition t = stay(f);
  t.next = next;
  t.closes = runningClockOf(f.state);
  t.opens = runningClockOf(next);
  t.notify = std::move(notify);
  return t;
}

Result<PetitionTransition> decide(const PetitionFacts& f, A action, const PetitionActionInput& in) {
  const S s = f.state;
  switch (action) {
    case A::SaveDraft:
      if (s != S::Draft && s != S::ReturnedToEnterprise) return notNow(action, s);
      return stay(f);
    case A::Submit:
      if (s != S::Draft && s != S::ReturnedToEnterprise) return notNow(action, s);
      return move(f, S::PendingReview, {NoticeTarget::Cadre});
    case A::Withdraw:
      if (s != S::Draft && s != S::ReturnedToEnterprise && s != S::PendingReview) return notNow(action, s);
      return move(f, S::Withdrawn);
    case A::Approve:
      if (s != S::PendingReview) return notNow(action, s);
      return move(f, S::PendingDispatch, {NoticeTarget::Dispatchers});
    case A::ReturnToEnterprise:
      if (s != S::PendingReview) return notNow(action, s);
      return move(f, S::ReturnedToEnterprise, {NoticeTarget::Enterprise});
    case A::Dispatch:
      if (s != S::PendingDispatch) return notNow(action, s);
      return move(f, S::PendingSign, {NoticeTarget::Handler});
    case A::Sign:
      if (s != S::PendingSign) return notNow(action, s);
      return move(f, S::Handling);
    case A::ReturnToDispatcher:
      if (s != S::PendingSign) return notNow(action, s);
      return move(f, S::PendingDispatch, {NoticeTarget::Dispatchers});
    case A::RequestExtension:
      if (s != S::Handling && s != S::Rectifying) return notNow(action, s);
      if (f.extensionPending) return refused("已有延期申请等待审批，请勿重复申请");
      if (f.runningClock == DeadlineState::Overdue) return refused("办理已超期，不能再申请延期");
      {
        PetitionTransition t = stay(f);
        t.notify = {NoticeTarget::Dispatchers};
        return t;
      }
    case A::DecideExtension:
      if (s != S::Handling && s != S::Rectifying) return notNow(action, s);
      if (!f.extensionPending) return refused("没有待审批的延期申请");
      if (!in.approve) return DomainError::invalid({{"approve", "请选择批准或不批准"}});
      {
        PetitionTransition t = stay(f);
        t.notify = {NoticeTarget::Handler};
        return t;
      }
    case A::SubmitResult:
      if (s == S::Handling) return move(f, S::PendingRating, {NoticeTarget::Cadre, NoticeTarget::Enterprise});
      if (s == S::Rectifying)
        return move(f, S::PendingSecondRating, {NoticeTarget::Cadre, NoticeTarget::Enterprise});
      return notNow(action, s);
    case A::Rate: {
      if (!in.rating) return DomainError::invalid({{"rating", "请选择评价等级"}});
      const bool bad = ratingIsBad(*in.rating);
      if (s == S::PendingRating) {
        if (!bad) {
          PetitionTransition t = move(f, S::Closed);
          t.outcome = PetitionOutcome::Satisfied;
          t.ratingRound = 1;
          return t;
        }
        PetitionTransition t = move(f, S::Rectifying, {NoticeTarget::Handler, NoticeTarget::Cadre});
        t.ratingRound = 1;
        return t;
      }
      if (s == S::PendingSecondRating) {
        PetitionTransition t = move(f, S::Closed, bad ? std::vector{NoticeTarget::Handler} : std::vector<NoticeTarget>{});
        t.outcome = bad ? PetitionOutcome::Unsatisfied : PetitionOutcome::Satisfied;
        t.ratingRound = 2;
        return t;
      }
      return notNow(action, s);
    }
    case A::ExpireRating: {
      if (s != S::PendingRating && s != S::PendingSecondRating) return notNow(action, s);
      PetitionTransition t = move(f, S::Closed);
      t.outcome = PetitionOutcome::Unrated;
      return t;
    }
    case A::Appeal: {
      const bool firstRoundBad = s == S::Rectifying && f.ratingRound == 1 && f.lastRatingBad;
      const bool secondRoundBad = s == S::Closed && f.outcome == PetitionOutcome::Unsatisfied && f.appealWindowOpen;
      if (!firstRoundBad && !secondRoundBad) {
        if (s == S::Closed && f.outcome == PetitionOutcome::Unsatisfied) return refused("评价已超过申诉期限（5个工作日）");
        return refused("只有“不满意”或“非常不满意”的评价可以申诉");
      }
      if (f.appealedLastRating) return refused("该评价已申诉过，不能重复申诉");
      PetitionTransition t = move(f, S::Appealing, {NoticeTarget::Dispatchers});
      t.outcome = PetitionOutcome::None;
      return t;
    }
    case A::DecideAppeal: {
      if (s != S::Appealing) return notNow(action, s);
      if (!in.approve) return DomainError::invalid({{"approve", "请选择申诉是否成立"}});
      if (*in.approve) {
        PetitionTransition t = move(f, S::Closed, {NoticeTarget::Handler, NoticeTarget::Enterprise});
        t.outcome = PetitionOutcome::AppealUpheld;
        return t;
      }
      if (f.ratingRound >= 2) {
        PetitionTransition t = move(f, S::Closed, {NoticeTarget::Handler});
        t.outcome = PetitionOutcome::Unsatisfied;
        return t;
      }
      // Rejected in the first round: rectification starts again with a full clock.
      return move(f, S::Rectifying, {NoticeTarget::Handler});
    }
    case A::RecordReturnVisit:
      if (s != S::Rectifying && s != S::PendingSecondRating) return notNow(action, s);
      return stay(f);
    case A::Urge: {
      if (!petitionIsOpen(s) || s == S::Draft || s == S::ReturnedToEnterprise) return notNow(action, s);
      // Nobody to urge while the petition waits on the enterprise itself (its rating).
      if (petitionWaitsOn(s) == Role::Enterprise) return refused("当前环节等待贵企业评价，无需催办");
      if (!f.runningClock || *f.runningClock == DeadlineState::Normal)
        return refused("诉求尚未到期，到期当日或超期后才能催办");
      if (f.urgedToday) return refused("今天已经催办过，每个工作日只能催办一次");
      PetitionTransition t = stay(f);
      t.notify = {petitionWaitsOn(s) == Role::Cadre ? NoticeTarget::Cadre
                  : petitionWaitsOn(s) == Role::CityDispatcher ? NoticeTarget::Dispatchers
                                                               : NoticeTarget::Handler};
      return t;
    }
    case A::Supervise: {
      if (!petitionIsOpen(s) || s == S::Draft || s == S::ReturnedToEnterprise) return notNow(action, s);
      PetitionTransition t = stay(f);
      const auto who = petitionWaitsOn(s);
      t.notify = {who == Role::Cadre ? NoticeTarget::Cadre
                  : who == Role::CityDispatcher ? NoticeTarget::Dispatchers
                  : who == Role::Enterprise ? NoticeTarget::Enterprise
                                            : NoticeTarget::Handler};
      return t;
    }
  }
  return notNow(action, s);
}

}  // namespace

std::string_view petitionActionKey(PetitionAction action) {
  for (const auto& [a, key] : kActionKeys)
    if (a == action) return key;
  return {};
}

std::string_view petitionActionLabel(PetitionAction action) {
  for (const auto& [a, label] : kActionLabels)
    if (a == action) return label;
  return {};
}

std::optional<PetitionAction> petitionActionFromKey(std::string_view key) {
  for (const auto& [a, k] : kActionKeys)
    if (k == key) return a;
  return std::nullopt;
}

Status petitionActionAllowedForRole(PetitionAction action, std::optional<Role> actor) {
  const bool allowed = actor ? roleMay(action, *actor) : action == A::ExpireRating;
  if (allowed) return Ok{};
  return DomainError::of(ErrorCode::Forbidden, "您的账号不能" + std::string(petitionActionLabel(action)));
}

Result<PetitionTransition> decidePetitionAction(const PetitionFacts& facts, PetitionAction action,
                                                std::optional<Role> actor, const PetitionActionInput& input) {
  if (Status s = petitionActionAllowedForRole(action, actor); !s) return s.error();
  return decide(facts, action, input);
}

std::vector<PetitionAction> availablePetitionActions(const PetitionFacts& facts, Role role) {
  std::vector<PetitionAction> out;
  for (const auto& [action, key] : kActionKeys) {
    if (!roleMay(action, role)) continue;
    // Inputs are not known yet: probe with a neutral one so only state and facts decide.
    PetitionActionInput probe;
    probe.rating = Rating::Satisfied;
    probe.approve = true;
    if (decide(facts, action, probe).ok()) out.push_back(action);
  }
  return out;
}

std::optional<ClockKind> runningClockOf(PetitionState state) {
  switch (state) {
    case S::PendingReview: return ClockKind::Review;
    case S::PendingDispatch: return ClockKind::Dispatch;
    case S::PendingSign: return ClockKind::Sign;
    case S::Handling: return ClockKind::Result;
    case S::PendingRating: return ClockKind::Rating;
    case S::Rectifying: return ClockKind::Rectification;
    case S::PendingSecondRating: return ClockKind::SecondRating;
    case S::Appealing: return ClockKind::AppealDecision;
    case S::Draft:
    case S::ReturnedToEnterprise:
    case S::Withdrawn:
    case S::Closed: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Role> petitionWaitsOn(PetitionState state) {
  switch (state) {
    case S::Draft:
    case S::ReturnedToEnterprise:
    case S::PendingRating:
    case S::PendingSecondRating: return Role::Enterprise;
    case S::PendingReview: return Role::Cadre;
    case S::PendingDispatch:
    case S::Appealing: return Role::CityDispatcher;
    case S::PendingSign:
    case S::Handling:
    case S::Rectifying: return Role::UnitAdmin;
    case S::Withdrawn:
    case S::Closed: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace qinqing::domain
