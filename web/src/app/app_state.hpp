// Everything the client shows lives in one AppState, passed by reference to every screen.
// Screens read it and dispatch Actions; only actions.cpp changes it in answer to the network.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "qinqing/time/instant.hpp"
#include "qinqing/wire/audit_json.hpp"

#include "qinqing/calendar/due_date.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_admin.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/identity/account_security.hpp"
#include "import_state.hpp"
#include "ops_state.hpp"
#include "list_state.hpp"
#include "admin_state.hpp"
#include "application_state.hpp"
#include "attachment_state.hpp"
#include "petition_state.hpp"

namespace qinqing::web {

enum class Screen { Login, Home };

struct LoginForm {
  domain::Role role = domain::Role::Enterprise;
  long long regionId = 0;
  long long unitId = 0;
  std::string loginName;
  std::string password;
  std::vector<domain::FieldError> fieldErrors;  // shown beside each field
  std::string formError;                        // shown above the button (network, server)
  bool submitting = false;
  // A locked account (5 failures in 15 minutes) can be unlocked by its holder with an SMS code.
  bool locked = false;
  bool unlockCodeSent = false;
  std::string unlockCode;
  std::string unlockMessage;
  bool unlocking = false;
};

struct LoginOptionsState {
  std::optional<domain::LoginOptions> options;
  bool loading = false;
  std::string error;
};

struct Session {
  std::string token;
  domain::AccountProfile profile;
};

struct ProfileState {
  bool loading = false;
  std::string error;
  // 个人信息 editing (§2: 工作单位、职务、邮箱; the mobile is re-verified by SMS)
  bool editing = false;
  bool changingMobile = false;
  std::string title;
  std::string email;
  long long regionId = 0;  // cadres: 工作单位 chosen region → unit, as at login
  long long unitId = 0;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;
  bool saving = false;
  bool withdrawing = false;  // 撤回申请 of a pending move
};

// The working-day calendar as the server holds it; deadlines shown in the client are computed from
// it with the same shared engine the server uses.
struct CalendarState {
  std::optional<domain::HolidayCalendar> calendar;
  bool loading = false;
  std::string error;
  // 工作日历 screen (系统管理员)
  int viewYear = 0;                       // 0: the current year, set on first show
  std::optional<domain::Date> selectedDay;
  std::string editName;                   // holiday name typed for the selected day
  std::string editError;
  std::string message;                    // last change's confirmation
  bool saving = false;
  std::string importText;                 // JSON of one year, chosen from a file
  std::string importFileName;
  std::vector<domain::FieldError> importErrors;
  // 期限计算: a start date and N working days, explained day by day
  std::string toolFrom;
  int toolDays = 15;
};

// An enterprise record opened from a list (or the enterprise's own, in 企业信息): view, then edit.
struct EnterpriseDetailState {
  long long id = 0;                     // 0: nothing open
  std::optional<domain::EnterpriseRecord> record;
  bool loading = false;
  std::string error;
  bool editing = false;
  domain::EnterpriseEdit form;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  bool saving = false;
  std::string message;
  std::string revealError;
};

struct BaseDataState {
  ListState<domain::EnterpriseRecord> enterprises;
  ListState<domain::CadreSummary> cadres;
  EnterpriseDetailState enterprise;
};

// 重置密码 (§2, §8, §15), also the second step of the first login.
struct PasswordForm {
  std::string current;
  std::string next;
  std::string confirm;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;
  bool saving = false;
};

// Binding the mobile number with an SMS code (§1, §7): at the first login and when it changes.
struct MobileForm {
  std::string mobile;
  std::string code;
  std::vector<domain::FieldError> fieldErrors;
  std::string message;
  bool sending = false;
  bool saving = false;
  domain::Instant resendAfter;  // the send button waits 60 s between codes
};

// 审计日志 (审计管理员).
struct AuditLogState {
  domain::PageRequest request;   // query = account filter (login name or id)
  std::string searchText;
  std::string action;            // action key filter, empty for all
  std::vector<wire::AuditRecord> entries;
  long long total = 0;
  bool loading = false;
  std::string error;
  int sequence = 0;
  bool exporting = false;
  std::string exportMessage;
};

// 安全管理员: online sessions, locked accounts and 重置密码.
struct SecurityState {
  domain::PageRequest request;
  std::string searchText;  // unused filter box of the table; sessions are listed whole
  domain::OnlineSessionPage sessions;
  bool loading = false;
  std::string error;
  int sequence = 0;
  std::vector<domain::LockedAccount> locked;
  bool lockedLoading = false;
  std::string lockedError;
  std::string message;
  // 重置密码 (issue 17): find the account, confirm, then its one-time password shown once.
  ListState<domain::AccountSummary> accounts;
  std::optional<domain::AccountSummary> confirming;  // the row whose 生成临时密码 awaits confirmation
  bool generating = false;
  std::string generateError;
  std::optional<domain::TemporaryPassword> temporary;  // dropped when its dialog closes
  bool copied = false;
};

struct AppState {
  Screen screen = Screen::Login;
  LoginForm login;
  LoginOptionsState loginOptions;
  std::optional<Session> session;
  ProfileState profile;
  CalendarState calendar;
  BaseDataState baseData;
  PasswordForm password;
  MobileForm mobile;
  AuditLogState audit;
  SecurityState security;
  ImportPlanState importPlan;   // 包联方案导入
  SmsLogState smsLog;  // 短信日志
  JobsState jobs;      // 定时任务
  AdminState admin;    // 账号管理, 组织机构, the cadre editor, 更换包联干部
  AttachmentsState attachments;  // petition files and 分办单 downloads (widgets/attachment_list)
  OnboardingState onboarding;    // the login page's 激活账号, 企业入驻申请, 查询申请进度
  ApplicationReviewState applicationReview;  // 系统管理—企业入驻申请
  PetitionsState petitions;      // 诉求: lists, detail, 发布诉求, menu badges
  std::string activeMenuKey = "profile.info";
  std::string notice;            // a short confirmation shown in the top bar (已退出登录)
  int requestsInFlight = 0;      // drives the progress indicator and keeps frames coming
  float dpr = 1.0f;              // device pixel ratio: ImGui works in backing pixels
  domain::Instant now;           // the browser's clock at the start of the frame (UTC)

  // Returns the message of the field's error, or nullptr.
  const std::string* loginFieldError(std::string_view field) const;
  // The message of an enterprise edit form's field error, or nullptr.
  const std::string* enterpriseFieldError(std::string_view field) const;
  static const std::string* fieldError(const std::vector<domain::FieldError>& errors, std::string_view field);
};

}  // namespace qinqing::web
