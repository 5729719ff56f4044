#include "qinqing/content/publication.hpp"

#include <algorithm>

#include "qinqing/core/vocabulary.hpp"
#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<PublicationState, 3> kPublicationStates = {{
    {PublicationState::Draft, "draft", "草稿"},
    {PublicationState::Published, "published", "已发布"},
    {PublicationState::Withdrawn, "withdrawn", "已撤回"},
}};

constexpr Vocabulary<BulletinKind, 2> kBulletinKinds = {{
    {BulletinKind::CadreStory, "cadre_story", "包联成效"},
    {BulletinKind::EnterpriseNews, "enterprise_news", "企业动态"},
}};

constexpr Vocabulary<BulletinStatus, 4> kBulletinStatuses = {{
    {BulletinStatus::Submitted, "submitted", "待审核"},
    {BulletinStatus::Adopted, "adopted", "已采用"},
    {BulletinStatus::Returned, "returned", "退回修改"},
    {BulletinStatus::Declined, "declined", "不予采用"},
}};

constexpr Vocabulary<BulletinReview, 3> kReviews = {{
    {BulletinReview::Adopt, "adopt", "采用"},
    {BulletinReview::Return, "return", "退回修改"},
    {BulletinReview::Decline, "decline", "不予采用"},
}};

template <typename T>
bool contains(const std::vector<T>& items, const T& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The platform's own 安全/审计管理员 have no 公告栏 (their menus are security and audit only).
bool readsAnnouncements(Role role) {
  switch (role) {
    case Role::SecurityAdmin:
    case Role::AuditAdmin:
      return false;
    case Role::Enterprise:
    case Role::Cadre:
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
      return true;
  }
  return false;
}

}  // namespace

std::string_view publicationStateKey(PublicationState state) { return vocabularyKey(kPublicationStates, state); }
std::string_view publicationStateLabel(PublicationState state) { return vocabularyLabel(kPublicationStates, state); }
std::optional<PublicationState> publicationStateFromKey(std::string_view key) {
  return vocabularyFromKey(kPublicationStates, key);
}

Result<PublicationState> publicationAfter(PublicationState current, PublicationAction action) {
  switch (action) {
    case PublicationAction::Publish:
      if (current == PublicationState::Published)
        return DomainError::of(ErrorCode::InvalidTransition, "该内容已发布，无需再次发布");
      return PublicationState::Published;
    case PublicationAction::Withdraw:
      if (current != PublicationState::Published)
        return DomainError::of(ErrorCode::InvalidTransition, "只有已发布的内容可以撤回");
      return PublicationState::Withdrawn;
  }
  return DomainError::of(ErrorCode::InvalidTransition, "操作无效");
}

bool audienceIncludes(const Audience& audience, Role role, std::optional<long long> regionId) {
  if (!contains(audience.roles, role)) return false;
  if (audience.regionIds.empty() || !regionId) return true;
  return contains(audience.regionIds, *regionId);
}

Status validateAnnouncement(const AnnouncementDraft& d) {
  FieldValidator v;
  v.required("title", "标题", d.title).maxChars("title", "标题", d.title, kPublicationTitleMax);
  v.required("body", "正文", d.body).maxChars("body", "正文", d.body, kAnnouncementBodyMax);
  v.check(!d.audience.roles.empty(), "audience", "请选择公告对象");
  bool twice = false, unfit = false;
  for (std::size_t i = 0; i < d.audience.roles.size(); ++i) {
    unfit = unfit || !readsAnnouncements(d.audience.roles[i]);
    for (std::size_t j = i + 1; j < d.audience.roles.size(); ++j) twice = twice || d.audience.roles[i] == d.audience.roles[j];
  }
  v.check(!twice, "audience", "公告对象有重复");
  v.check(!unfit, "audience", "安全管理员和审计管理员不是公告对象");
  return v.status();
}

std::string announcementSmsText(std::string_view title) {
  std::string shown(title);
  if (auto n = utf8Length(title); n && *n > 30) {
    // Clip at a code point boundary: 30 characters, then an ellipsis.
    std::size_t bytes = 0, chars = 0;
    while (bytes < title.size() && chars < 30) {
      const auto c = static_cast<unsigned char>(title[bytes]);
      bytes += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      ++chars;
    }
    shown = std::string(title.substr(0, bytes)) + "…";
  }
  return "平台发布了新公告《" + shown + "》，请登录十堰亲清企业服务信息平台在“公告栏”查看。";
}

Status validatePolicyGuide(const PolicyGuideDraft& d, Date today) {
  FieldValidator v;
  v.required("title", "标题", d.title).maxChars("title", "标题", d.title, kPublicationTitleMax);
  v.required("issuer", "发布机关", d.issuer).maxChars("issuer", "发布机关", d.issuer, kIssuerMax);
  v.maxChars("document_number", "文号", d.documentNumber, kDocumentNumberMax);
  v.check(d.issuedOn <= today, "issued_on", "发布日期不能晚于今天");
  v.check(!d.validUntil || *d.validUntil >= d.issuedOn, "valid_until", "有效期不能早于发布日期");
  v.required("summary", "摘要", d.summary).maxChars("summary", "摘要", d.summary, kPolicySummaryMax);
  v.required("body", "正文", d.body).maxChars("body", "正文", d.body, kPolicyBodyMax);
  return v.status();
}

std::string_view policyValidityLabel(PolicyValidity validity) {
  switch (validity) {
    case PolicyValidity::Valid:
      return "有效";
    case PolicyValidity::Expired:
      return "已失效";
  }
  return "";
}

PolicyValidity policyValidity(std::optional<Date> validUntil, Date today) {
  return validUntil && *validUntil < today ? PolicyValidity::Expired : PolicyValidity::Valid;
}

std::optional<int> policyFit(const std::vector<long long>& industryGroupIds, const std::vector<long long>& regionIds,
                             std::optional<long long> enterpriseIndustryGroupId, long long enterpriseRegionId) {
  int fit = 0;
  if (!industryGroupIds.empty()) {
    if (!enterpriseIndustryGroupId || !contains(industryGroupIds, *enterpriseIndustryGroupId)) return std::nullopt;
    ++fit;
  }
  if (!regionIds.empty()) {
    if (!contains(regionIds, enterpriseRegionId)) return std::nullopt;
    ++fit;
  }
  return fit;
}

std::string_view bulletinKindKey(BulletinKind kind) { return vocabularyKey(kBulletinKinds, kind); }
std::string_view bulletinKindLabel(BulletinKind kind) { return vocabularyLabel(kBulletinKinds, kind); }
std::optional<BulletinKind> bulletinKindFromKey(std::string_view key) { return vocabularyFromKey(kBulletinKinds, key); }

std::optional<BulletinKind> bulletinKindFor(Role role) {
  switch (role) {
    case Role::Cadre:
      return BulletinKind::CadreStory;
    case Role::Enterprise:
      return BulletinKind::EnterpriseNews;
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string_view bulletinStatusKey(BulletinStatus status) { return vocabularyKey(kBulletinStatuses, status); }
std::string_view bulletinStatusLabel(BulletinStatus status) { return vocabularyLabel(kBulletinStatuses, status); }
std::optional<BulletinStatus> bulletinStatusFromKey(std::string_view key) { return vocabularyFromKey(kBulletinStatuses, key); }
std::string_view bulletinReviewKey(BulletinReview review) { return vocabularyKey(kReviews, review); }
std::string_view bulletinReviewLabel(BulletinReview review) { return vocabularyLabel(kReviews, review); }
std::optional<BulletinReview> bulletinReviewFromKey(std::string_view key) { return vocabularyFromKey(kReviews, key); }

Result<BulletinStatus> bulletinAfterReview(BulletinStatus current, BulletinReview review, std::string_view comment) {
  if (current != BulletinStatus::Submitted)
    return DomainError::of(ErrorCode::InvalidTransition, "该稿件已审核（" + std::string(bulletinStatusLabel(current)) + "）");
  FieldValidator v;
  if (review == BulletinReview::Return) v.required("comment", "退回修改意见", comment);
  v.maxChars("comment", "审核意见", comment, kReviewCommentMax);
  if (auto s = v.status(); !s) return s.error();
  switch (review) {
    case BulletinReview::Adopt:
      return BulletinStatus::Adopted;
    case BulletinReview::Return:
      return BulletinStatus::Returned;
    case BulletinReview::Decline:
      return BulletinStatus::Declined;
  }
  return DomainError::of(ErrorCode::InvalidTransition, "操作无效");
}

bool bulletinEditableByAuthor(BulletinStatus status) {
  return status == BulletinStatus::Submitted || status == BulletinStatus::Returned;
}

Status validateBulletin(const BulletinDraft& d) {
  FieldValidator v;
  v.required("title", "标题", d.title).maxChars("title", "标题", d.title, kPublicationTitleMax);
  v.required("body", "正文", d.body).maxChars("body", "正文", d.body, kBulletinBodyMax);
  return v.status();
}

}  // namespace qinqing::domain
