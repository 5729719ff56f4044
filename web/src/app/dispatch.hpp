// Typed user intents. Screens dispatch them; actions.cpp performs the requests and applies the
// replies to AppState at the start of a later frame (never in the middle of drawing).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "admin_intents.hpp"
#include "import_intents.hpp"
#include "attachment_intents.hpp"
#include "application_intents.hpp"
#include "petition_intents.hpp"
#include "app_state.hpp"

namespace qinqing::web {

struct LoadLoginOptions {};
struct SubmitLogin {};
struct Logout {};
struct LoadProfile {};
struct OpenMenu {
  std::string key;
};
struct LoadCalendar {};
// 登录页: unlock a locked account with an SMS code sent to its bound mobile.
struct RequestUnlockCode {};
struct SubmitUnlock {};
// At start: a token kept from before a reload of this tab is checked with the server.
struct ResumeSession {};
// 工作日历: change one day (kind: "holiday" with a name, "workday", "clear").
struct EditCalendarDay {
  domain::Date day;
  std::string kind;
  std::string name;
};
// 工作日历: load or replace one year from JSON of cn_calendar.json's per-year form.
struct ImportCalendarYear {
  int year = 0;
  std::string json;
};

// 基础数据 / 包联企业 / 企业信息
struct LoadEnterprises {};
struct LoadCadres {};
struct OpenEnterprise {
  long long id = 0;
};
struct SaveEnterprise {};
struct RevealMobile {
  std::string field;  // liaison_mobile or legal_rep_mobile
};

// 重置密码 and the first login
struct ChangePassword {};
struct SaveProfile {};
struct WithdrawUnitTransfer {};  // a cadre's pending move of 工作单位
struct SendMobileCode {};
struct BindMobile {};
// 审计日志
struct LoadAuditLog {};
struct ExportAuditLog {};
// 安全管理
struct LoadSessions {};
struct EndSession {
  std::string id;
};
struct LoadLockedAccounts {};
struct UnlockAccount {
  long long accountId = 0;
};
// 重置密码: the account list, and a one-time password for SecurityState::confirming.
struct LoadResetAccounts {};
struct GenerateTemporaryPassword {};
// 短信日志 and 定时任务 (系统管理员)
struct LoadSmsLog {};
struct LoadJobs {};
struct SelectJob {
  std::string name;
};
struct LoadJobRuns {};
struct RunJob {
  std::string name;
};

using Action = std::variant<LoadLoginOptions, SubmitLogin, Logout, LoadProfile, OpenMenu, LoadCalendar, ResumeSession,
                            EditCalendarDay, ImportCalendarYear, LoadEnterprises, LoadCadres, OpenEnterprise,
                            SaveEnterprise, RevealMobile, ChangePassword, SaveProfile, SendMobileCode, BindMobile, LoadAuditLog,
                            ExportAuditLog, LoadSessions, EndSession, LoadLockedAccounts, UnlockAccount,
                            RequestUnlockCode, SubmitUnlock, LoadSmsLog, LoadJobs, SelectJob, LoadJobRuns, RunJob,
                            LoadAccounts, OpenAccount, HandOverAccount, LoadOrganisation, SelectRegion, LoadUnits,
                            SaveUnit, SaveCadre, LoadAssignments, SearchReassignCadres, ReassignCadre,
                            CheckImportFile, ApplyImportFile, LoadImportProblems,
                            RemoveAttachment, DownloadAttachment, DismissAttachmentUpload, DownloadDispatchSheet,
                            OpenLoginPanel, RequestActivationCode, SubmitActivation, LoadApplicationChoices,
                            SubmitApplication, LookupApplication, ReapplyApplication, ActivateApprovedApplication, LoadApplications, OpenApplication,
                            SearchApplicationCadres, ApproveApplication, RejectApplication, LoadPetitions,
                            LoadPetitionCounts, OpenPetition, StartPetitionAction, CancelPetitionAction,
                            SubmitPetitionAction, SavePetitionDraft, EditPetitionDraft, NewPetitionDraft,
                            StorePetitionDraftLocally, RequestPasswordResetCode, SubmitPasswordReset, StartNewAccount,
                            LoadNewAccountUnits, CreateAccount, SaveAccountEdit, DisableAccount, EnableAccount,
                            SaveRegion, StartNewEnterprise, SearchNewEnterpriseCadres, CreateEnterprise,
                            LoadCadreTransfers, DecideCadreTransfer, WithdrawUnitTransfer, LoadResetAccounts,
                            GenerateTemporaryPassword>;

// Screens call dispatch(action) while drawing; the actions run in flush(), before the next frame,
// so a frame never sees state change under it (a logout cannot pull the profile from a drawing shell).
class Dispatch {
public:
  explicit Dispatch(AppState& state) : m_state(state) {}
  void operator()(Action action) { m_queue.push_back(std::move(action)); }
  bool pending() const { return !m_queue.empty(); }
  void flush();

private:
  void run(Action action);
  AppState& m_state;
  std::vector<Action> m_queue;
};

// Takes the session a successful POST /api/session or POST /api/activation granted (its reply
// body): keeps the token and opens the home screen. False when the body cannot be read.
bool startSession(AppState& state, const std::string& grantBody);

}  // namespace qinqing::web
