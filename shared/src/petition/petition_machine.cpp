#include "qinqing/petition/petition_machine.hpp"

#include <array>
#include <string>
#include <utility>

#include "qinqing/calendar/due_date.hpp"

namespace qinqing::domain {
namespace {

using S = PetitionState;
using A = PetitionAction;

// One row per action: its stored and wire key, its label, and the roles that may ever take it
// (the state and facts decide the rest, in decide()). ExpireRating has no role: the platform's
// own job, never a person.
struct ActionRow {
  A action;
  std::string_view key;
  std::string_view label;
  RoleSet roles;
};

constexpr RoleSet kEnterprise = {Role::Enterprise};
constexpr RoleSet kCadre = {Role::Cadre};

constexpr std::array<ActionRow, 18> kActions = {{
    {A::SaveDraft, "save_draft", "保存草稿", kEnterprise},
    {A::Submit, "submit", "提交诉求", kEnterprise},
    {A::Withdraw, "withdraw", "撤回诉求", kEnterprise},
    {A::Approve, "approve", "审核通过", kCadre},
    {A::ReturnToEnterprise, "return_to_enterprise", "退回企业", kCadre},
    {A::Dispatch, "dispatch", "分办", kPetitionDispatcherRoles},
    {A::Sign, "sign", "签收", kPetitionHandlerRoles},
    {A::ReturnToDispatcher, "return_to_dispatcher", "退回分办", kPetitionHandlerRoles},
    {A::RequestExtension, "request_extension", "申请延期", kPetitionHandlerRoles},
    {A::DecideExtension, "decide_extension", "审批延期", kPetitionDispatcherRoles},
    {A::SubmitResult, "submit_result", "提交办理结果", kPetitionHandlerRoles},
    {A::Rate, "rate", "评价", kEnterprise},
    {A::ExpireRating, "expire_rating", "逾期未评价销号", RoleSet{}},
    {A::Appeal, "appeal", "申诉", kPetitionHandlerRoles},
    {A::DecideAppeal, "decide_appeal", "处理申诉", RoleSet{Role::CityDispatcher}},  // "to the city dispatch group"
    {A::RecordReturnVisit, "return_visit", "记录回访", kCadre},
    {A::Urge, "urge", "催办", kEnterprise},
    {A::Supervise, "supervise", "督办", kPetitionDispatcherRoles},  // §23: the inspector only reads
}};

const ActionRow* rowOf(A action) {
  for (const auto& row : kActions)
    if (row.action == action) return &row;
  return nullptr;
}

bool roleMay(A action, Role r) {
  const ActionRow* row = rowOf(action);
  return row && row->roles.contains(r);
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
        if (s == S::Closed && f.outcome == PetitionOutcome::Unsatisfied)
          return refused("评价已超过申诉期限（" + std::to_string(kAppealWindowWorkingDays) + "个工作日）");
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
      t.notify = {clockActor(*runningClockOf(s))};
      return t;
    }
    case A::Supervise: {
      if (!petitionIsOpen(s) || s == S::Draft || s == S::ReturnedToEnterprise) return notNow(action, s);
      PetitionTransition t = stay(f);
      t.notify = {clockActor(*runningClockOf(s))};
      return t;
    }
  }
  return notNow(action, s);
}

}  // namespace

std::string_view petitionActionKey(PetitionAction action) {
  const ActionRow* row = rowOf(action);
  return row ? row->key : std::string_view{};
}

std::string_view petitionActionLabel(PetitionAction action) {
  const ActionRow* row = rowOf(action);
  return row ? row->label : std::string_view{};
}

std::optional<PetitionAction> petitionActionFromKey(std::string_view key) {
  for (const auto& row : kActions)
    if (row.key == key) return row.action;
  return std::nullopt;
}

RoleSet petitionActionRoles(PetitionAction action) {
  const ActionRow* row = rowOf(action);
  return row ? row->roles : RoleSet{};
}

std::string petitionEventLabel(std::string_view key) {
  if (auto action = petitionActionFromKey(key)) return std::string(petitionActionLabel(*action));
  if (auto kind = petitionEventKindFromKey(key)) return std::string(petitionEventKindLabel(*kind));
  return std::string(key);
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
  for (const auto& row : kActions) {
    const A action = row.action;
    if (!row.roles.contains(role)) continue;
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

NoticeTarget clockActor(ClockKind kind) {
  switch (kind) {
    case ClockKind::Review: return NoticeTarget::Cadre;
    case ClockKind::Dispatch:
    case ClockKind::AppealDecision: return NoticeTarget::Dispatchers;
    case ClockKind::Rating:
    case ClockKind::SecondRating: return NoticeTarget::Enterprise;
    case ClockKind::Sign:
    case ClockKind::Result:
    case ClockKind::Rectification: return NoticeTarget::Handler;
  }
  return NoticeTarget::Handler;
}

bool appealWindowOpen(const HolidayCalendar& calendar, Date closedOn, Date today) {
  return today <= addWorkingDays(calendar, closedOn, kAppealWindowWorkingDays).date;
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
