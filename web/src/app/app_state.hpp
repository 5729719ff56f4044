// Everything the client shows lives in one AppState, passed by reference to every screen: the
// session and the shell's own fields, and one member per feature (its state lives in
// features/<feature>/<feature>_state.hpp; this header is the only place that names them all).
//
// Who writes what:
// - Screens write only what their widgets edit: form inputs, filters, search text, the page and
//   sort of a table's request, which panel or dialog is open, a selection, a confirmation flag,
//   "copied"; and they drop a field's error as that field is edited (FormFeedback::clearField).
//   They never set loading/saving flags, lists, records or the session, and never send requests.
// - Everything that comes from the server (lists, records, errors, the session, loading flags) is
//   written by the perform() handlers of features/*/…_actions.cpp and their reply callbacks (run
//   through app/reply.hpp), between frames, never while a frame is drawn.
// - app/ writes the shell fields: screen, activeMenuKey, notice, requestsInFlight; main.cpp writes
//   dpr and now at the start of a frame.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/file_list_state.hpp"
#include "features/applications/applications_state.hpp"
#include "features/audit/audit_state.hpp"
#include "features/base_data/base_data_state.hpp"
#include "features/calendar/calendar_state.hpp"
#include "features/content/content_state.hpp"
#include "features/import/import_state.hpp"
#include "features/login/login_state.hpp"
#include "features/operations/operations_state.hpp"
#include "features/petitions/attachment_state.hpp"
#include "features/petitions/petition_state.hpp"
#include "features/profile/profile_state.hpp"
#include "features/relation/relation_state.hpp"
#include "features/security/security_state.hpp"
#include "features/survey/survey_state.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {

enum class Screen { Login, Home };

struct Session {
  std::string token;
  domain::AccountProfile profile;
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
  SmsUsageState smsUsage;  // 短信日志 → 用量统计
  JobsState jobs;      // 定时任务
  AdminState admin;    // 账号管理, 组织机构, the cadre editor, 更换包联干部
  FileListsState files;          // the file lists on screen (petitions, announcements, policy guides)
  AttachmentsState attachments;  // the 分办单 downloads
  OnboardingState onboarding;    // the login page's 激活账号, 企业入驻申请, 查询申请进度
  ApplicationReviewState applicationReview;  // 系统管理—企业入驻申请
  PetitionsState petitions;      // 诉求: lists, detail, 发布诉求, menu badges
  ContentState content;          // 公告栏, 政策指南, 简报 and their publishing screens
  RelationState relation;        // 经营状况, 联系记录
  SurveyState survey;            // 干部测评, 发起满意度测评, 测评问卷, 测评结果
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
