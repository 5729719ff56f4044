// What the server sends about petitions and what clients send to act on them (issue 5). Plain data;
// the wire form lives in shared/wire (qinqing/wire/petition_json.hpp). Times are ISO 8601 strings
// with +08:00 as everywhere on the wire; dates are YYYY-MM-DD.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

// The open step against its deadline, as the server saw it when answering.
struct PetitionDeadline {
  ClockKind clock = ClockKind::Review;
  std::optional<Date> dueDate;      // none: the step has no limit (dispatch by default)
  std::optional<std::string> dueAt; // 23:59:59 CST of dueDate
  std::optional<DeadlineStatus> status;
  std::string text;                 // 剩余3个工作日 / 今日到期 / 已逾期2个工作日 / 已等待4个工作日
  bool operator==(const PetitionDeadline&) const = default;
};

// One row of a petition list.
struct PetitionSummary {
  long long id = 0;
  std::string number;   // SQ202611270001
  std::string title;
  std::string category;
  PetitionState state = PetitionState::Draft;
  PetitionOutcome outcome = PetitionOutcome::None;
  NamedRef enterprise;
  std::optional<NamedRef> cadre;
  std::optional<NamedRef> handler;      // the unit or county it was routed to
  std::optional<HandlerKind> handlerKind;  // with handler: a unit or a county
  std::optional<std::string> submittedAt;
  std::string updatedAt;
  std::optional<PetitionDeadline> deadline;  // the running clock, if any
  long long revision = 0;
  bool operator==(const PetitionSummary&) const = default;
};

struct PetitionVersion {
  long long id = 0;
  VersionKind kind = VersionKind::Submitted;  // the enterprise's text or the cadre's edit (§4)
  PetitionContent content;
  std::string author;
  std::string at;
  bool operator==(const PetitionVersion&) const = default;
};

// One clock of the timeline: when it started, when it was due, when it stopped, on time or not.
struct PetitionClock {
  long long id = 0;
  ClockKind kind = ClockKind::Review;
  std::string startedAt;
  int workingDays = 0;                      // 0: no limit
  std::optional<Date> dueDate;              // the due date in force (an approved extension's, if any)
  std::optional<std::string> dueAt;
  bool extended = false;
  std::optional<std::string> finishedAt;
  std::optional<bool> onTime;               // set when finished, for clocks with a limit
  std::string responsible;                  // who had to act (企业名称 / 干部姓名 / 单位名称)
  bool operator==(const PetitionClock&) const = default;
};

struct PetitionEvent {
  long long id = 0;
  std::string at;
  std::string action;       // a petitionActionKey or a petitionEventKindKey
  std::string actionLabel;  // petitionEventLabel(action): 提交诉求, 审核通过, 创建草稿, …
  std::string actor;        // the account's name as people know it
  std::string actorRole;    // 包联干部, …
  PetitionState from = PetitionState::Draft;
  PetitionState to = PetitionState::Draft;
  std::string note;         // reason, comment, result summary
  bool operator==(const PetitionEvent&) const = default;
};

struct PetitionAttachment {
  long long id = 0;
  AttachmentPurpose purpose = AttachmentPurpose::Petition;
  std::string fileName;
  std::string mime;
  long long size = 0;
  std::string sha256;
  std::string uploadedAt;
  bool operator==(const PetitionAttachment&) const = default;
};

struct PetitionResult {
  int round = 1;  // 1: the result; 2: the rectification
  std::string text;
  std::string submittedBy;
  std::string at;
  bool operator==(const PetitionResult&) const = default;
};

struct PetitionRating {
  int round = 1;
  Rating rating = Rating::Satisfied;
  std::string comment;
  std::string at;
  bool setAside = false;  // the unit's appeal was upheld
  bool operator==(const PetitionRating&) const = default;
};

struct PetitionExtension {
  long long id = 0;
  std::string reason;
  Date requestedDueDate;
  std::string requestedAt;
  ExtensionStatus status = ExtensionStatus::Pending;
  std::optional<Date> decidedDueDate;
  std::string decisionNote;
  std::optional<std::string> decidedAt;
  bool operator==(const PetitionExtension&) const = default;
};

struct PetitionAppeal {
  long long id = 0;
  std::string reason;
  std::string filedAt;
  AppealStatus status = AppealStatus::Pending;
  std::string decisionNote;
  std::optional<std::string> decidedAt;
  bool operator==(const PetitionAppeal&) const = default;
};

struct PetitionVisit {
  long long id = 0;
  Date visitedOn;
  std::string method;  // 电话 / 上门 / 座谈 …
  std::string note;
  std::string recordedBy;
  bool operator==(const PetitionVisit&) const = default;
};

struct PetitionDetail {
  PetitionSummary summary;
  PetitionContent content;  // the version in force
  std::string enterpriseUscc;
  std::string regionName;
  std::string industryGroupName;
  std::vector<PetitionVersion> versions;
  std::vector<PetitionClock> clocks;
  std::vector<PetitionEvent> events;
  std::vector<PetitionAttachment> attachments;
  std::vector<PetitionResult> results;
  std::vector<PetitionRating> ratings;
  std::vector<PetitionExtension> extensions;
  std::vector<PetitionAppeal> appeals;
  std::vector<PetitionVisit> visits;
  std::vector<PetitionAction> actions;  // what the caller can do now
  bool operator==(const PetitionDetail&) const = default;
};

// A request to act on a petition: POST /api/petitions/{id}/actions/{action}. Which fields an
// action reads: approve → content (optional edit); return_to_enterprise, return_to_dispatcher,
// appeal, request_extension → reason (+ requestedDueDate); dispatch → handlerKind + handlerId;
// decide_extension → approve (+ newDueDate, note); submit_result → resultText; rate → rating +
// comment; decide_appeal → approve + note; return_visit → visit; urge, supervise → note.
struct PetitionActionRequest {
  long long revision = 0;  // the revision the caller saw; a stale one is refused (409)
  std::optional<PetitionContent> content;
  std::string reason;
  std::string note;
  std::optional<HandlerKind> handlerKind;  // dispatch: required
  long long handlerId = 0;
  std::optional<bool> approve;
  std::optional<Date> newDueDate;
  std::string resultText;
  std::optional<Rating> rating;
  std::string comment;
  std::optional<PetitionVisit> visit;
  bool operator==(const PetitionActionRequest&) const = default;
};

// POST /api/petitions: a new draft, or a direct submission when submit is true. The client's
// request id makes a retried submission create one petition, not two.
struct NewPetition {
  PetitionContent content;
  bool submit = false;
  std::string clientRequestId;  // 8..64 characters [A-Za-z0-9-]
  bool operator==(const NewPetition&) const = default;
};

}  // namespace qinqing::domain
