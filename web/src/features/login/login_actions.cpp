// Performs Actions: builds requests with the shared wire mapping, applies replies to AppState.
// Validation runs here with the same shared rules the server applies; the server decides.
#include "actions.hpp"

#include "account_actions.hpp"
#include "attachment_actions.hpp"
#include "admin_actions.hpp"
#include "application_actions.hpp"
#include "import_actions.hpp"
#include "audit_actions.hpp"
#include "calendar_actions.hpp"
#include "security_actions.hpp"
#include "sms_actions.hpp"
#include "job_actions.hpp"
#include "org_actions.hpp"
#include "petition_actions.hpp"
#include "provisioning_actions.hpp"
#include "platform/session_store.hpp"
#include "request.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"

namespace qinqing::web {
namespace {

void loadProfile(AppState& state);

// Shows a menu entry's screen and starts loading what it shows.
void openMenu(AppState& state, const std::string& key) {
  state.activeMenuKey = key;
  if (key == "profile.info" || key == "company.info") loadProfile(state);
  if (key == "admin.calendar") loadCalendar(state);
  if (key == "base.enterprises" || key == "profile.enterprises") {
    openEnterprise(state, 0);
    loadEnterprises(state);
  }
  if (key == "base.cadres") loadCadres(state);
  if (key == "audit.log") loadAuditLog(state);
  if (key == "security.sessions") loadSessions(state);
  if (key == "security.lockouts") loadLockedAccounts(state);
  if (key == "security.accounts") openResetAccounts(state);
  if (key == "base.cadre_transfers") openCadreTransfers(state);
  if (key == "admin.sms_log") loadSmsLog(state);
  if (key == "admin.jobs") loadJobs(state);
  openAdminMenu(state, key);  // 账号管理, 组织机构, 包联干部 (admin_actions.cpp)
  if (key == "admin.applications") openApplicationReview(state);
  if (isPetitionMenu(key)) openPetitionMenu(state, key);
  if (key == "profile.password") state.password = PasswordForm{};
  if (key == "company.info" && state.session && state.session->profile.enterprise) {
    openEnterprise(state, state.session->profile.enterprise->id);
  }
}

// The first screen after signing in: an enterprise's own record (§15), everyone else's profile (§2).
void openHome(AppState& state) {
  state.screen = Screen::Home;
  loadPetitionCounts(state);
  if (!state.calendar.calendar && !state.calendar.loading) loadCalendar(state);
  openMenu(state, state.session->profile.role == domain::Role::Enterprise ? "company.info" : "profile.info");
}

void loadLoginOptions(AppState& state) {
  state.loginOptions.loading = true;
  state.loginOptions.error.clear();
  send(state, "GET", "/api/login-options", "", [&state](const HttpReply& reply) {
    state.loginOptions.loading = false;
    if (reply.status != 200) {
      state.loginOptions.error = "区域和单位加载失败：" + replyError(reply).message;
      return;
    }
    auto decoded = wire::loginOptionsFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!decoded) {
      state.loginOptions.error = decoded.error().message;
      return;
    }
    state.loginOptions.options = std::move(decoded).value();
  });
}

void submitLogin(AppState& state) {
  LoginForm& f = state.login;
  domain::LoginRequest request{f.role, f.loginName, std::nullopt, f.password};
  if (domain::roleLogsInByUnitAndName(f.role) && f.unitId != 0) request.unitId = f.unitId;
  f.fieldErrors.clear();
  f.formError.clear();
  state.notice.clear();
  if (auto ok = domain::validateLoginRequest(request); !ok) {
    f.fieldErrors = ok.error().fields;
    return;
  }
  f.submitting = true;
  send(state, "POST", "/api/session", wire::loginRequestToJson(request).dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.submitting = false;
    if (reply.status != 200) {
      auto error = replyError(reply);
      if (error.fields.empty()) form.formError = error.message;
      form.fieldErrors = error.fields;
      form.locked = error.code == domain::ErrorCode::AccountLocked;
      state.onboarding.loginNotActivated = error.code == domain::ErrorCode::AccountNotActivated;
      return;
    }
    if (!startSession(state, reply.body)) form.formError = "服务器返回了无法识别的应答";
  });
}

void loadProfile(AppState& state) {
  if (!state.session) return;
  state.profile.loading = true;
  state.profile.error.clear();
  send(state, "GET", "/api/me", "", [&state](const HttpReply& reply) {
    state.profile.loading = false;
    if (reply.status == 401) return signOut(state, kSessionExpired, "");
    if (reply.status != 200) {
      state.profile.error = "个人信息加载失败：" + replyError(reply).message;
      return;
    }
    auto profile = wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!profile) {
      state.profile.error = profile.error().message;
      return;
    }
    if (state.session) state.session->profile = std::move(profile).value();
  });
}

void resumeSession(AppState& state) {
  std::string token = loadSessionToken();
  if (token.empty()) return;
  state.session = Session{token, {}};  // provisional: send() needs the token; the screen stays on login
  state.profile.loading = true;
  send(state, "GET", "/api/me", "", [&state, token](const HttpReply& reply) {
    state.profile.loading = false;
    auto profile = reply.status == 200 ? wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false))
                                       : wire::profileFromJson(nullptr);
    if (!profile) {
      state.session.reset();
      clearSessionToken();  // expired or revoked: the login page stays, without an alarming message
      return;
    }
    state.session = Session{token, std::move(profile).value()};
    openHome(state);
  });
}

nlohmann::json unlockBody(const LoginForm& f) {
  nlohmann::json j = {{"role", domain::roleKey(f.role)}, {"login_name", f.loginName}};
  j["unit_id"] = domain::roleLogsInByUnitAndName(f.role) && f.unitId ? nlohmann::json(f.unitId) : nlohmann::json(nullptr);
  return j;
}

void requestUnlockCode(AppState& state) {
  LoginForm& f = state.login;
  f.unlocking = true;
  f.unlockMessage.clear();
  send(state, "POST", "/api/unlock/code", unlockBody(f).dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.unlocking = false;
    if (reply.status != 200) {
      form.unlockMessage = replyError(reply).message;
      return;
    }
    // The server answers alike for every account, so nobody learns whether a name exists.
    form.unlockCodeSent = true;
    form.unlockMessage = "如该账号已锁定且绑定了手机号，验证码已发送，10 分钟内有效。";
  });
}

void submitUnlock(AppState& state) {
  LoginForm& f = state.login;
  f.unlocking = true;
  nlohmann::json body = unlockBody(f);
  body["code"] = f.unlockCode;
  send(state, "POST", "/api/unlock", body.dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.unlocking = false;
    if (reply.status != 200) {
      form.unlockMessage = replyError(reply).message;
      return;
    }
    form.locked = false;
    form.unlockCodeSent = false;
    form.unlockCode.clear();
    form.formError.clear();
    form.unlockMessage.clear();
    state.notice = "账号已解锁，请重新登录。";
  });
}

void logout(AppState& state) {
  if (!state.session) return;
  // The local session ends at once; the server is told so the token cannot be reused.
  send(state, "DELETE", "/api/session", "", [](const HttpReply&) {});
  signOut(state, "", "您已安全退出。");
}

}  // namespace

bool startSession(AppState& state, const std::string& grantBody) {
  auto body = nlohmann::json::parse(grantBody, nullptr, false);
  auto token = wire::getString(body, "token");
  auto profile = body.is_object() && body.contains("profile") ? wire::profileFromJson(body["profile"])
                                                              : wire::profileFromJson(nullptr);
  if (!token || !profile) return false;
  state.session = Session{*token, std::move(profile).value()};
  saveSessionToken(*token);
  state.login.password.clear();
  state.onboarding = OnboardingState{};
  openHome(state);
  return true;
}

void Dispatch::flush() {
  std::vector<Action> queue;
  queue.swap(m_queue);
  for (auto& action : queue) run(std::move(action));
}

void Dispatch::run(Action action) {
  std::visit(
      [this](auto&& a) {
        using T = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<T, LoadLoginOptions>) loadLoginOptions(m_state);
        else if constexpr (std::is_same_v<T, SubmitLogin>) submitLogin(m_state);
        else if constexpr (std::is_same_v<T, Logout>) logout(m_state);
        else if constexpr (std::is_same_v<T, LoadProfile>) loadProfile(m_state);
        else if constexpr (std::is_same_v<T, OpenMenu>) openMenu(m_state, a.key);
        else if constexpr (std::is_same_v<T, LoadCalendar>) loadCalendar(m_state);
        else if constexpr (std::is_same_v<T, RequestUnlockCode>) requestUnlockCode(m_state);
        else if constexpr (std::is_same_v<T, SubmitUnlock>) submitUnlock(m_state);
        else if constexpr (std::is_same_v<T, ResumeSession>) resumeSession(m_state);
        else if constexpr (std::is_same_v<T, LoadEnterprises>) loadEnterprises(m_state);
        else if constexpr (std::is_same_v<T, LoadCadres>) loadCadres(m_state);
        else if constexpr (std::is_same_v<T, OpenEnterprise>) openEnterprise(m_state, a.id);
        else if constexpr (std::is_same_v<T, SaveEnterprise>) saveEnterprise(m_state);
        else if constexpr (std::is_same_v<T, RevealMobile>) revealMobile(m_state, a.field);
        else if constexpr (std::is_same_v<T, ChangePassword>) changePassword(m_state);
        else if constexpr (std::is_same_v<T, SaveProfile>) saveProfile(m_state);
        else if constexpr (std::is_same_v<T, SendMobileCode>) sendMobileCode(m_state);
        else if constexpr (std::is_same_v<T, BindMobile>) bindMobile(m_state);
        else if constexpr (std::is_same_v<T, LoadAuditLog>) loadAuditLog(m_state);
        else if constexpr (std::is_same_v<T, ExportAuditLog>) exportAuditLog(m_state);
        else if constexpr (std::is_same_v<T, LoadSessions>) loadSessions(m_state);
        else if constexpr (std::is_same_v<T, EndSession>) endSession(m_state, a.id);
        else if constexpr (std::is_same_v<T, LoadLockedAccounts>) loadLockedAccounts(m_state);
        else if constexpr (std::is_same_v<T, UnlockAccount>) unlockAccount(m_state, a.accountId);
        else if constexpr (std::is_same_v<T, EditCalendarDay>) editCalendarDay(m_state, a);
        else if constexpr (std::is_same_v<T, ImportCalendarYear>) importCalendarYear(m_state, a);
        else if constexpr (std::is_same_v<T, LoadSmsLog>) loadSmsLog(m_state);
        else if constexpr (std::is_same_v<T, LoadJobs>) loadJobs(m_state);
        else if constexpr (std::is_same_v<T, SelectJob>) selectJob(m_state, a.name);
        else if constexpr (std::is_same_v<T, LoadJobRuns>) loadJobRuns(m_state);
        else if constexpr (std::is_same_v<T, RunJob>) runJob(m_state, a.name);
        else if constexpr (std::is_same_v<T, LoadAccounts>) loadAccounts(m_state);
        else if constexpr (std::is_same_v<T, OpenAccount>) openAccount(m_state, a.id);
        else if constexpr (std::is_same_v<T, HandOverAccount>) handOverAccount(m_state);
        else if constexpr (std::is_same_v<T, LoadOrganisation>) loadOrganisation(m_state);
        else if constexpr (std::is_same_v<T, SelectRegion>) selectRegion(m_state, a.id);
        else if constexpr (std::is_same_v<T, LoadUnits>) loadUnits(m_state);
        else if constexpr (std::is_same_v<T, SaveUnit>) saveUnit(m_state);
        else if constexpr (std::is_same_v<T, SaveCadre>) saveCadre(m_state);
        else if constexpr (std::is_same_v<T, LoadAssignments>) loadAssignments(m_state, a.enterpriseId);
        else if constexpr (std::is_same_v<T, SearchReassignCadres>) searchReassignCadres(m_state);
        else if constexpr (std::is_same_v<T, ReassignCadre>) reassignCadre(m_state);
        else if constexpr (std::is_same_v<T, CheckImportFile>) checkImportFile(m_state);
        else if constexpr (std::is_same_v<T, ApplyImportFile>) applyImportFile(m_state);
        else if constexpr (std::is_same_v<T, LoadImportProblems>) loadImportProblems(m_state);
        else if constexpr (std::is_same_v<T, RemoveAttachment>) removeAttachment(m_state, a);
        else if constexpr (std::is_same_v<T, DownloadAttachment>) downloadAttachment(m_state, a);
        else if constexpr (std::is_same_v<T, DismissAttachmentUpload>) dismissAttachmentUpload(m_state, a);
        else if constexpr (std::is_same_v<T, DownloadDispatchSheet>) downloadDispatchSheet(m_state, a);
        else if constexpr (std::is_same_v<T, OpenLoginPanel>) openLoginPanel(m_state, a.panel);
        else if constexpr (std::is_same_v<T, RequestActivationCode>) requestActivationCode(m_state);
        else if constexpr (std::is_same_v<T, SubmitActivation>) submitActivation(m_state);
        else if constexpr (std::is_same_v<T, LoadApplicationChoices>) loadApplicationChoices(m_state);
        else if constexpr (std::is_same_v<T, SubmitApplication>) submitApplication(m_state);
        else if constexpr (std::is_same_v<T, LookupApplication>) lookupApplication(m_state);
        else if constexpr (std::is_same_v<T, ReapplyApplication>) reapplyApplication(m_state);
        else if constexpr (std::is_same_v<T, ActivateApprovedApplication>) activateApprovedApplication(m_state);
        else if constexpr (std::is_same_v<T, LoadApplications>) loadApplications(m_state);
        else if constexpr (std::is_same_v<T, OpenApplication>) openApplication(m_state, a.id);
        else if constexpr (std::is_same_v<T, SearchApplicationCadres>) searchApplicationCadres(m_state);
        else if constexpr (std::is_same_v<T, ApproveApplication>) approveApplication(m_state);
        else if constexpr (std::is_same_v<T, RejectApplication>) rejectApplication(m_state);
        else if constexpr (std::is_same_v<T, LoadPetitions>) loadPetitions(m_state);
        else if constexpr (std::is_same_v<T, LoadPetitionCounts>) loadPetitionCounts(m_state);
        else if constexpr (std::is_same_v<T, OpenPetition>) openPetition(m_state, a.id);
        else if constexpr (std::is_same_v<T, StartPetitionAction>) startPetitionAction(m_state, a.action);
        else if constexpr (std::is_same_v<T, CancelPetitionAction>) cancelPetitionAction(m_state);
        else if constexpr (std::is_same_v<T, SubmitPetitionAction>) submitPetitionAction(m_state);
        else if constexpr (std::is_same_v<T, SavePetitionDraft>) savePetitionDraft(m_state, a.submit);
        else if constexpr (std::is_same_v<T, EditPetitionDraft>) editPetitionDraft(m_state, a.id);
        else if constexpr (std::is_same_v<T, NewPetitionDraft>) newPetitionDraft(m_state);
        else if constexpr (std::is_same_v<T, StorePetitionDraftLocally>) storePetitionDraftLocally(m_state);
        else if constexpr (std::is_same_v<T, RequestPasswordResetCode>) requestPasswordResetCode(m_state);
        else if constexpr (std::is_same_v<T, SubmitPasswordReset>) submitPasswordReset(m_state);
        else if constexpr (std::is_same_v<T, StartNewAccount>) startNewAccount(m_state);
        else if constexpr (std::is_same_v<T, LoadNewAccountUnits>) loadNewAccountUnits(m_state);
        else if constexpr (std::is_same_v<T, CreateAccount>) createAccount(m_state);
        else if constexpr (std::is_same_v<T, SaveAccountEdit>) saveAccountEdit(m_state);
        else if constexpr (std::is_same_v<T, DisableAccount>) disableAccount(m_state);
        else if constexpr (std::is_same_v<T, EnableAccount>) enableAccount(m_state);
        else if constexpr (std::is_same_v<T, SaveRegion>) saveRegion(m_state);
        else if constexpr (std::is_same_v<T, StartNewEnterprise>) startNewEnterprise(m_state);
        else if constexpr (std::is_same_v<T, SearchNewEnterpriseCadres>) searchNewEnterpriseCadres(m_state);
        else if constexpr (std::is_same_v<T, CreateEnterprise>) createEnterprise(m_state);
        else if constexpr (std::is_same_v<T, LoadCadreTransfers>) loadCadreTransfers(m_state);
        else if constexpr (std::is_same_v<T, DecideCadreTransfer>) decideCadreTransfer(m_state);
        else if constexpr (std::is_same_v<T, WithdrawUnitTransfer>) withdrawUnitTransfer(m_state);
        else if constexpr (std::is_same_v<T, LoadResetAccounts>) loadResetAccounts(m_state);
        else if constexpr (std::is_same_v<T, GenerateTemporaryPassword>) generateTemporaryPassword(m_state);
      },
      std::move(action));
}

}  // namespace qinqing::web
