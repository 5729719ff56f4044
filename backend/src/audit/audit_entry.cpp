#include "audit/audit_entry.hpp"


#include "util/clock.hpp"

namespace qinqing::backend::audit {
namespace {

struct ActionText {
  AuditAction action;
  std::string_view key;
  std::string_view name;
};

// A plain array: adding an action does not mean counting them.
constexpr ActionText kActions[] = {
    {AuditAction::LoginSucceeded, "session.login", "登录成功"},
    {AuditAction::LoginFailed, "session.login_failed", "登录失败"},
    {AuditAction::AccountLocked, "account.locked", "账号锁定"},
    {AuditAction::LoggedOut, "session.logout", "退出登录"},
    {AuditAction::AccessRefused, "access.refused", "越权访问被拒绝"},
    {AuditAction::CalendarLoaded, "calendar.loaded", "载入内置工作日历"},
    {AuditAction::CalendarYearReplaced, "calendar.year_replaced", "导入全年节假日安排"},
    {AuditAction::CalendarDayChanged, "calendar.day_changed", "修改单日安排"},
    {AuditAction::EnterpriseUpdated, "enterprise.updated", "修改企业信息"},
    {AuditAction::MobileRevealed, "reveal_mobile", "查看完整手机号"},
    {AuditAction::PasswordChanged, "account.password_changed", "修改密码"},
    {AuditAction::ProfileUpdated, "account.profile_updated", "修改个人信息"},
    {AuditAction::VerificationCodeSent, "account.code_sent", "发送短信验证码"},
    {AuditAction::MobileBound, "account.mobile_bound", "绑定手机号"},
    {AuditAction::AccountUnlocked, "account.unlocked", "解除账号锁定"},
    {AuditAction::SessionEnded, "session.ended", "强制下线"},
    {AuditAction::CadreReassigned, "enterprise.cadre_reassigned", "调整包联干部"},
    {AuditAction::PlanImported, "import.assignment_plan", "导入包联分配方案"},
    {AuditAction::JobRunRequested, "job.run_requested", "立即运行定时任务"},
    {AuditAction::AccountActivated, "account.activated", "激活账号"},
    {AuditAction::ApplicationSubmitted, "application.submitted", "提交企业入驻申请"},
    {AuditAction::ApplicationApproved, "application.approved", "通过企业入驻申请"},
    {AuditAction::ApplicationRejected, "application.rejected", "驳回企业入驻申请"},
    {AuditAction::AccountHandedOver, "account.handed_over", "移交账号"},
    {AuditAction::UnitCreated, "org.unit_created", "新增单位"},
    {AuditAction::UnitRenamed, "org.unit_renamed", "单位更名"},
    {AuditAction::CadreCreated, "cadre.created", "新增包联干部"},
    {AuditAction::CadreUpdated, "cadre.updated", "修改包联干部信息"},
    {AuditAction::PetitionCreated, "petition.created", "新建诉求"},
    {AuditAction::PetitionActed, "petition.acted", "办理诉求"},
    {AuditAction::PetitionDeadlineMoved, "petition.deadline_moved", "诉求期限随工作日历调整"},
    {AuditAction::PetitionAttachmentAdded, "petition.attachment_added", "上传诉求附件"},
    {AuditAction::PetitionAttachmentRemoved, "petition.attachment_removed", "移除诉求附件"},
    {AuditAction::SettingChanged, "setting.changed", "修改平台设置"},
    {AuditAction::PlatformInitialised, "platform.initialised", "平台初始化"},
    {AuditAction::AccountCreated, "account.created", "新建账号"},
    {AuditAction::AccountEdited, "account.edited", "修改账号信息"},
    {AuditAction::AccountDisabled, "account.disabled", "停用账号"},
    {AuditAction::AccountEnabled, "account.enabled", "启用账号"},
    {AuditAction::TemporaryPasswordIssued, "account.temporary_password", "生成临时密码"},
    {AuditAction::PasswordReset, "account.password_reset", "找回密码"},
    {AuditAction::RegionCreated, "org.region_created", "新增区域"},
    {AuditAction::RegionRenamed, "org.region_renamed", "区域更名"},
    {AuditAction::EnterpriseCreated, "enterprise.created", "新增企业"},
    {AuditAction::CadreTransferRequested, "cadre.transfer_requested", "申请调整工作单位"},
    {AuditAction::CadreTransferDecided, "cadre.transfer_decided", "确认干部调入"},
    {AuditAction::CadreTransferWithdrawn, "cadre.transfer_withdrawn", "撤回工作单位调整"},
    {AuditAction::AnnouncementCreated, "announcement.created", "新建公告"},
    {AuditAction::AnnouncementEdited, "announcement.edited", "修改公告"},
    {AuditAction::AnnouncementPublished, "announcement.published", "发布公告"},
    {AuditAction::AnnouncementWithdrawn, "announcement.withdrawn", "撤回公告"},
    {AuditAction::PolicyGuideCreated, "policy.created", "新建政策指南"},
    {AuditAction::PolicyGuideEdited, "policy.edited", "修改政策指南"},
    {AuditAction::PolicyGuidePublished, "policy.published", "发布政策指南"},
    {AuditAction::PolicyGuideWithdrawn, "policy.withdrawn", "撤回政策指南"},
    {AuditAction::BulletinSubmitted, "bulletin.submitted", "提交简报"},
    {AuditAction::BulletinEdited, "bulletin.edited", "修改简报"},
    {AuditAction::BulletinReviewed, "bulletin.reviewed", "审核简报"},
    {AuditAction::OperatingStatusSaved, "operating_status.saved", "填报企业经营状况"},
    {AuditAction::ContactLogged, "contact.logged", "登记联系记录"},
    {AuditAction::QuestionnaireSaved, "survey.questionnaire_saved", "编辑包联成效问卷"},
    {AuditAction::SurveyAnswered, "survey.answered", "提交干部测评"},
    {AuditAction::SurveyRequested, "survey.requested", "发起满意度测评"},
    {AuditAction::AnnouncementAttachmentAdded, "announcement.attachment_added", "上传公告附件"},
    {AuditAction::AnnouncementAttachmentRemoved, "announcement.attachment_removed", "移除公告附件"},
    {AuditAction::PolicyGuideAttachmentAdded, "policy.attachment_added", "上传政策指南附件"},
    {AuditAction::PolicyGuideAttachmentRemoved, "policy.attachment_removed", "移除政策指南附件"},
    {AuditAction::AttemptsThrottled, "access.throttled", "尝试过于频繁被限制"},
};

nlohmann::json parseStored(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  auto j = nlohmann::json::parse(*text, nullptr, false);
  // Written by this program, so always valid; shown as text rather than lost if it ever is not.
  return j.is_discarded() ? nlohmann::json(*text) : j;
}

}  // namespace

std::string_view actionKey(AuditAction action) {
  for (const auto& a : kActions) {
    if (a.action == action) return a.key;
  }
  return "";
}

std::optional<AuditAction> actionFromKey(std::string_view key) {
  for (const auto& a : kActions) {
    if (a.key == key) return a.action;
  }
  return std::nullopt;
}

std::string_view actionName(AuditAction action) {
  for (const auto& a : kActions) {
    if (a.action == action) return a.name;
  }
  return "";
}

std::string actionNameOfKey(std::string_view key) {
  auto action = actionFromKey(key);
  return std::string(action ? actionName(*action) : key);
}

const std::vector<AuditAction>& allActions() {
  static const std::vector<AuditAction> actions = [] {
    std::vector<AuditAction> out;
    for (const auto& a : kActions) out.push_back(a.action);
    return out;
  }();
  return actions;
}

AuditActor actorOf(const auth::AuthContext& who, std::string address) {
  return AuditActor{who.accountId, who.loginName, std::string(domain::roleKey(who.role)), std::move(address)};
}

AuditActor systemActor() { return AuditActor{std::nullopt, "系统", "", ""}; }

AuditEntry entryOf(const auth::AuthContext& who, const std::string& address, long long at, AuditAction action,
                   std::string objectType, std::string objectId, const nlohmann::json& before,
                   const nlohmann::json& after) {
  return entryOf(actorOf(who, address), at, action, std::move(objectType), std::move(objectId), before, after);
}

AuditEntry entryOf(AuditActor actor, long long at, AuditAction action, std::string objectType, std::string objectId,
                   const nlohmann::json& before, const nlohmann::json& after) {
  AuditEntry entry;
  entry.at = at;
  entry.actor = std::move(actor);
  entry.action = action;
  entry.objectType = std::move(objectType);
  entry.objectId = std::move(objectId);
  if (!before.is_null()) entry.beforeJson = before.dump();
  if (!after.is_null()) entry.afterJson = after.dump();
  return entry;
}

wire::AuditRecord toRecord(const AuditRow& row) {
  wire::AuditRecord r;
  r.id = row.id;
  r.at = formatChinaTime(row.at);
  r.accountId = row.accountId;
  r.accountLabel = row.accountLabel;
  r.role = row.role;
  r.sourceAddress = row.sourceAddress;
  r.action = row.action;
  r.actionName = actionNameOfKey(row.action);
  r.objectType = row.objectType;
  r.objectId = row.objectId;
  r.result = wire::auditResultFromKey(row.result).value_or(AuditResult::Failed);
  r.before = parseStored(row.beforeJson);
  r.after = parseStored(row.afterJson);
  r.prevHash = row.prevHash;
  r.hash = row.hash;
  return r;
}

wire::AuditPage toPage(int page, int pageSize, long long total, const std::vector<AuditRow>& rows) {
  wire::AuditPage out{page, pageSize, total, {}};
  out.entries.reserve(rows.size());
  for (const auto& row : rows) out.entries.push_back(toRecord(row));
  return out;
}

}  // namespace qinqing::backend::audit
