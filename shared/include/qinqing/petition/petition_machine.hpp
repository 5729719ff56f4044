// The petition state machine: which role may do what in which state, and what each action does
// to the state, the outcome and the clocks. The server decides with it; the client uses the same
// function to show only the buttons that will work (issue 5 "Rules the server holds to").
//
// Scope (is this the cadre's enterprise, the unit's petition?) is not decided here: the server's
// scope rules have already chosen which petitions a user can see. Facts that depend on the clock
// or on other records (is today the due day, was it urged today) are computed by the caller and
// passed in, so this stays a pure function.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/petition/petition_state.hpp"

namespace qinqing::domain {

enum class PetitionAction {
  SaveDraft,           // 企业: edit a draft or a returned petition
  Submit,              // 企业: 提交 (again, after a return) → 待审核
  Withdraw,            // 企业: 撤回, before the cadre approved it
  Approve,             // 包联干部: 审核通过 (possibly with edited text) → 待分办
  ReturnToEnterprise,  // 包联干部: 退回企业 with a reason
  Dispatch,            // 分办员: 分办 to a unit or a county → 待签收
  Sign,                // 承办单位: 签收 → 办理中
  ReturnToDispatcher,  // 承办单位: 退回分办 (非本单位职责) → 待分办
  RequestExtension,    // 承办单位: 申请延期, before the running clock is overdue
  DecideExtension,     // 分办员: 批准 (new due date) or 不批准 a pending request
  SubmitResult,        // 承办单位: 提交办理结果 → 待评价 / 待再次评价
  Rate,                // 企业: 好差评
  ExpireRating,        // the platform: no rating in 5 working days → 未评价销号
  Appeal,              // 承办单位: 申诉 a bad rating as malicious
  DecideAppeal,        // 双千分办员: 申诉成立 / 申诉不成立
  RecordReturnVisit,   // 包联干部: 回访 during rectification
  Urge,                // 企业: 催办 a yellow or red step, once per working day
  Supervise,           // 分办员, 超级巡查员: 督办 any open petition
};

std::string_view petitionActionKey(PetitionAction action);    // "submit_result"
std::string_view petitionActionLabel(PetitionAction action);  // 提交办理结果
std::optional<PetitionAction> petitionActionFromKey(std::string_view key);
// The roles that may ever take the action (empty for ExpireRating, the platform's own).
RoleSet petitionActionRoles(PetitionAction action);

// The label of a timeline entry's stored key: an action's label (提交诉求), a PetitionEventKind's
// (创建草稿 / 时限调整 / 到期提醒), else the key itself.
std::string petitionEventLabel(std::string_view key);

// What the caller knows about the petition besides its state.
struct PetitionFacts {
  PetitionState state = PetitionState::Draft;
  PetitionOutcome outcome = PetitionOutcome::None;
  int ratingRound = 0;             // ratings given so far (0, 1 or 2)
  bool lastRatingBad = false;      // the latest rating was 不满意 / 非常不满意
  bool appealedLastRating = false; // the unit already appealed the latest rating (one appeal each)
  bool appealWindowOpen = false;   // a closed, badly rated petition: still within 5 working days
  bool extensionPending = false;   // a 延期 request awaits the dispatcher
  std::optional<DeadlineState> runningClock;  // the open clock's light, if it has a limit
  bool urgedToday = false;         // the enterprise already pressed 催办 this working day
};

// Extra input some actions carry.
struct PetitionActionInput {
  std::optional<Rating> rating;      // Rate
  std::optional<bool> approve;       // DecideExtension, DecideAppeal
};

// Whom an SMS must reach because of the transition (texts: petition_notices.hpp).
enum class NoticeTarget {
  Cadre,          // the enterprise's liaison cadre
  Handler,        // the administrator of the handling unit or county
  Enterprise,     // the enterprise's liaison mobile
  Dispatchers,    // the dispatchers who may route this petition
};

struct PetitionTransition {
  PetitionState next = PetitionState::Draft;
  PetitionOutcome outcome = PetitionOutcome::None;
  int ratingRound = 0;
  std::optional<ClockKind> closes;  // the clock that stops now (its on-time result is recorded)
  std::optional<ClockKind> opens;   // the clock that starts now
  std::vector<NoticeTarget> notify;
};

// The role's own permission, regardless of state: Forbidden when the role never does this.
// `actor` empty = the platform itself (only ExpireRating).
Status petitionActionAllowedForRole(PetitionAction action, std::optional<Role> actor);

// The full decision: Forbidden (role), InvalidTransition (state or facts), or the transition.
// Actions that change no state (RequestExtension, DecideExtension, RecordReturnVisit, Urge,
// Supervise, SaveDraft) return next == facts.state and no clock change, except an approved
// extension, which the caller applies to the running clock's due date.
Result<PetitionTransition> decidePetitionAction(const PetitionFacts& facts, PetitionAction action,
                                                std::optional<Role> actor, const PetitionActionInput& input = {});

// The actions the role could take now (for the buttons of a detail view), in a stable order.
std::vector<PetitionAction> availablePetitionActions(const PetitionFacts& facts, Role role);

// The clock that runs in a state (none in Draft, ReturnedToEnterprise, Withdrawn, Closed).
std::optional<ClockKind> runningClockOf(PetitionState state);

// Who must act while a clock runs: the party reminders, 催办 and 督办 reach (the cadre reviews; the
// dispatchers route and decide appeals; the enterprise rates; the unit or county does the rest).
NoticeTarget clockActor(ClockKind kind);

// A unit may appeal the rating that closed a petition unsatisfied within this many working days of
// the close (issue 5 step 6).
inline constexpr int kAppealWindowWorkingDays = 5;
// True while `today` is on or before the kAppealWindowWorkingDays-th working day after closedOn.
bool appealWindowOpen(const HolidayCalendar& calendar, Date closedOn, Date today);

// Which party must act now, for lists ("待 包联干部 审核"): the role that holds the ball.
std::optional<Role> petitionWaitsOn(PetitionState state);

}  // namespace qinqing::domain
