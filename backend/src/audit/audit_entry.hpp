// What the audit log records (issue 4 "Audit", 等保 2.0 安全审计): who did what to which object,
// from where, with what result, and the object before and after an edit.
//
// AuditEntry is what the code that acts hands to AuditRepository::append; AuditRow is a row as
// stored, with the raw text of every column (the hash chain covers exactly those bytes, so rows
// written by a newer binary with actions this one does not know still verify).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/auth_context.hpp"
#include "qinqing/wire/audit_json.hpp"

namespace qinqing::backend::audit {

using wire::AuditResult;

// Every action the log knows. A new feature adds its actions here (key and Chinese name in
// audit_entry.cpp); keys are stored and must never change once released.
enum class AuditAction {
  LoginSucceeded,        // session.login
  LoginFailed,           // session.login_failed (wrong password, unknown name, or while locked)
  AccountLocked,         // account.locked (the failure that reached the limit)
  LoggedOut,             // session.logout
  AccessRefused,         // access.refused (a role asked for an endpoint it may not use)
  CalendarLoaded,        // calendar.loaded (the shipped cn_calendar.json, on first start)
  CalendarYearReplaced,  // calendar.year_replaced (a year loaded or replaced by an administrator)
  CalendarDayChanged,    // calendar.day_changed (one day edited)
  EnterpriseUpdated,     // enterprise.updated (an enterprise record edited; before/after: the editable fields)
  MobileRevealed,        // reveal_mobile (a masked enterprise mobile shown in full; after: {"field"})
  PasswordChanged,       // account.password_changed (after: {"other_sessions_ended"}; failed: wrong current password)
  ProfileUpdated,        // account.profile_updated (before/after: {"title","email"})
  VerificationCodeSent,  // account.code_sent (after: {"purpose","mobile"} — the mobile masked, never the code)
  MobileBound,           // account.mobile_bound (before/after: {"mobile"} masked; failed: a wrong code)
  AccountUnlocked,       // account.unlocked (after: {"by":"sms_code"|"security_admin"}; failed: a wrong code)
  SessionEnded,          // session.ended (安全管理员 ended someone's session; after: {"session"})
  CadreReassigned,       // enterprise.cadre_reassigned (before/after: {"cadre_id","cadre","note"})
  PlanImported,          // import.assignment_plan (一对一包联分配方案导入; after: file, sha256 and the counts)
  JobRunRequested,       // job.run_requested (系统管理员 pressed 立即运行; object: the job's name; after: {"run_id"})
  AccountActivated,      // account.activated (a 待激活 account got its first password; failed: a wrong code)
  ApplicationSubmitted,  // application.submitted (企业入驻申请; after: the application)
  ApplicationApproved,   // application.approved (after: {"enterprise_id","account_id","cadre_id","cadre"})
  ApplicationRejected,   // application.rejected (after: {"reason"})
  AccountHandedOver,     // account.handed_over (a fixed staff account to a new holder; before/after: holder, mobile masked, title)
  UnitCreated,           // org.unit_created (after: {"region_id","region","name"})
  UnitRenamed,           // org.unit_renamed (before/after: {"name"})
  CadreCreated,          // cadre.created (after: the cadre, mobile masked, and its account id)
  CadreUpdated,          // cadre.updated (before/after: the cadre incl. unit, mobile masked)
  PetitionCreated,       // petition.created (after: {"number","state"})
  PetitionActed,         // petition.acted (before: {"state","revision"}; after: {"action","state","note"...})
  PetitionDeadlineMoved, // petition.deadline_moved (a calendar change moved an open clock; before/after: due date)
  PetitionAttachmentAdded,   // petition.attachment_added (object: the petition; after: {"attachment_id","purpose","file_name","mime","size","sha256"})
  PetitionAttachmentRemoved, // petition.attachment_removed (object: the petition; before: the attachment as added)
  SettingChanged,        // setting.changed (a platform setting; before/after: {"key","value"})
  PlatformInitialised,   // platform.initialised (qinqing init: the skeleton's counts and the administrators' login names)
  AccountCreated,        // account.created (a fixed staff account; after: role, login name, anchor, holder, mobile masked)
  AccountEdited,         // account.edited (before/after: {"login_name","title","email","requesting_department"})
  AccountDisabled,       // account.disabled (after: {"reason","sessions_ended"})
  AccountEnabled,        // account.enabled (before: {"disabled_at","reason"})
  TemporaryPasswordIssued,  // account.temporary_password (安全管理员 gave a one-time password; never the password)
  PasswordReset,         // account.password_reset (忘记密码 by SMS code; failed: a wrong code)
  RegionCreated,         // org.region_created (after: {"name","kind"})
  RegionRenamed,         // org.region_renamed (before/after: {"name"})
  EnterpriseCreated,     // enterprise.created (系统管理员 registered one; after: enterprise, account and cadre ids)
  CadreTransferRequested,  // cadre.transfer_requested (after: {"from_unit","to_unit"})
  CadreTransferDecided,  // cadre.transfer_decided (after: {"approve","note","from_unit","to_unit"})
  CadreTransferWithdrawn,  // cadre.transfer_withdrawn (before: {"to_unit"})
  // Issue 11: the relationship and the platform's content.
  AnnouncementCreated,    // announcement.created (after: the draft)
  AnnouncementEdited,     // announcement.edited (before/after: the content and version)
  AnnouncementPublished,  // announcement.published (after: {"version","sms_queued"})
  AnnouncementWithdrawn,  // announcement.withdrawn (before: {"state"})
  PolicyGuideCreated,     // policy.created (after: the draft)
  PolicyGuideEdited,      // policy.edited (before/after: the content and version)
  PolicyGuidePublished,   // policy.published (after: {"version"})
  PolicyGuideWithdrawn,   // policy.withdrawn
  BulletinSubmitted,      // bulletin.submitted (after: {"kind","title"})
  BulletinEdited,         // bulletin.edited (before/after: {"title","status"})
  BulletinReviewed,       // bulletin.reviewed (before: {"status"}; after: {"review","status","comment"})
  OperatingStatusSaved,   // operating_status.saved (object: enterprise; before: the superseded report or null; after: the report)
  ContactLogged,          // contact.logged (object: enterprise; after: {"id","date","way","cadre_id"})
  QuestionnaireSaved,     // survey.questionnaire_saved (object: the quarter; before/after: title and question count)
  SurveyAnswered,         // survey.answered (object: enterprise; after: {"cadre_id","quarter","replaced"})
  SurveyRequested,        // survey.requested (发起满意度测评; object: enterprise; after: {"quarter","sms_queued"})
  // Files on announcements and policy guides (migration 12); object: the announcement / guide.
  AnnouncementAttachmentAdded,    // announcement.attachment_added (after: {"attachment_id","file_name","mime","size","sha256"})
  AnnouncementAttachmentRemoved,  // announcement.attachment_removed (before: the attachment as added)
  PolicyGuideAttachmentAdded,     // policy.attachment_added (after: as for announcements)
  PolicyGuideAttachmentRemoved,   // policy.attachment_removed (before: the attachment as added)
  // Issue 14: an address past a form's failure limit (auth/attempt_throttle.hpp). One row per
  // address per window, not one per refused request; after: {"form","window_seconds"}.
  AttemptsThrottled,              // access.throttled
};

std::string_view actionKey(AuditAction action);
std::optional<AuditAction> actionFromKey(std::string_view key);
// Chinese, for the audit screens: 登录成功, 登录失败, ...
std::string_view actionName(AuditAction action);
// The name of a stored key; the key itself when this binary does not know it.
std::string actionNameOfKey(std::string_view key);
const std::vector<AuditAction>& allActions();

// Who acted. accountId is empty for the system itself and for attempts that name no account.
struct AuditActor {
  std::optional<long long> accountId;
  std::string label;    // login name as typed, or 系统
  std::string role;     // role key, empty for the system
  std::string address;  // the client's IP address, empty for the system
};

AuditActor actorOf(const auth::AuthContext& who, std::string address);
AuditActor systemActor();

struct AuditEntry {
  long long at = 0;  // Unix seconds (UTC)
  AuditActor actor;
  AuditAction action = AuditAction::LoginSucceeded;
  std::string objectType;  // "account", "calendar", "calendar_year", "calendar_day", "route"
  std::string objectId;
  AuditResult result = AuditResult::Ok;
  std::optional<std::string> beforeJson;  // serialised JSON; empty when there is no "before"
  std::optional<std::string> afterJson;
};

// The one way to build an entry: what `actor` did to one object at `at`, with its before/after
// images (null: none). The result is Ok; set entry.result for a refusal or a failure.
AuditEntry entryOf(AuditActor actor, long long at, AuditAction action, std::string objectType, std::string objectId,
                   const nlohmann::json& before = nullptr, const nlohmann::json& after = nullptr);
// The same for a signed-in user acting from `address`.
AuditEntry entryOf(const auth::AuthContext& who, const std::string& address, long long at, AuditAction action,
                   std::string objectType, std::string objectId, const nlohmann::json& before = nullptr,
                   const nlohmann::json& after = nullptr);

struct AuditRow {
  long long id = 0;
  long long at = 0;
  std::optional<long long> accountId;
  std::string accountLabel;
  std::string role;
  std::string sourceAddress;
  std::string action;
  std::string objectType;
  std::string objectId;
  std::string result;
  std::optional<std::string> beforeJson;
  std::optional<std::string> afterJson;
  std::string prevHash;
  std::string hash;
  bool operator==(const AuditRow&) const = default;
};

// The stored row as the API shows it (before/after parsed back into JSON, time in CST).
wire::AuditRecord toRecord(const AuditRow& row);

// One page of rows (newest first) as the API shows it.
wire::AuditPage toPage(int page, int pageSize, long long total, const std::vector<AuditRow>& rows);

}  // namespace qinqing::backend::audit
