// What the platform publishes (公告栏 §10/§18, 政策指南 §17, 简报 §19): announcements and policy guides
// written by the system administrator, bulletins submitted by cadres and enterprises and reviewed by
// the system administrator. Drafts until published; an edit after publishing is a new version.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

// An announcement's or a policy guide's life.
enum class PublicationState {
  Draft,      // 草稿: only the system administrator sees it
  Published,  // 已发布: its readers see it
  Withdrawn,  // 已撤回: taken down; kept with its versions
};
inline constexpr std::array<PublicationState, 3> kAllPublicationStates = {
    PublicationState::Draft, PublicationState::Published, PublicationState::Withdrawn};
std::string_view publicationStateKey(PublicationState state);    // "draft", "published", "withdrawn"
std::string_view publicationStateLabel(PublicationState state);  // 草稿 / 已发布 / 已撤回
std::optional<PublicationState> publicationStateFromKey(std::string_view key);

enum class PublicationAction { Publish, Withdraw };
// Publish: a draft or a withdrawn item goes (back) up; Withdraw: a published item comes down.
// Errors: InvalidTransition "已发布的公告不能再次发布" / "只有已发布的内容可以撤回".
Result<PublicationState> publicationAfter(PublicationState current, PublicationAction action);

// Who reads an announcement: roles, and optionally only some regions (empty: every region). A role
// without a region (the city's administrators, the dispatch group, inspectors) reads every
// announcement addressed to its role.
struct Audience {
  std::vector<Role> roles;
  std::vector<long long> regionIds;
  bool operator==(const Audience&) const = default;
};
bool audienceIncludes(const Audience& audience, Role role, std::optional<long long> regionId);

inline constexpr std::size_t kPublicationTitleMax = 100;
inline constexpr std::size_t kAnnouncementBodyMax = 20000;

struct AnnouncementDraft {
  std::string title;
  std::string body;
  Audience audience;
  bool pinned = false;  // 置顶
  bool operator==(const AnnouncementDraft&) const = default;
};
// Every problem at once (fields title, body, audience): title and body required and within their
// limits; at least one reader role; no role twice; the platform's 安全/审计管理员 are not readers.
Status validateAnnouncement(const AnnouncementDraft& draft);
// The §18 SMS to each enterprise in the audience (one per announcement).
std::string announcementSmsText(std::string_view title);

inline constexpr std::size_t kIssuerMax = 60;
inline constexpr std::size_t kDocumentNumberMax = 60;
inline constexpr std::size_t kPolicySummaryMax = 500;
inline constexpr std::size_t kPolicyBodyMax = 50000;

struct PolicyGuideDraft {
  std::string title;
  std::string issuer;          // 发布机关
  std::string documentNumber;  // 文号, e.g. 十政发〔2026〕12号 (optional)
  Date issuedOn;               // 发布日期
  std::optional<Date> validUntil;        // 有效期至 (none: no end)
  std::vector<long long> industryGroupIds;  // empty: every industry
  std::vector<long long> regionIds;         // empty: every region
  std::string summary;
  std::string body;
  bool operator==(const PolicyGuideDraft&) const = default;
};
// Every problem at once (fields title, issuer, document_number, issued_on, valid_until, summary, body).
Status validatePolicyGuide(const PolicyGuideDraft& draft, Date today);

enum class PolicyValidity { Valid, Expired };
std::string_view policyValidityLabel(PolicyValidity validity);  // 有效 / 已失效
PolicyValidity policyValidity(std::optional<Date> validUntil, Date today);

// How well a policy fits an enterprise: none when it does not apply (another industry or region);
// 0 when it applies to everyone; 1 when its industry or its region names the enterprise's; 2 both.
// Fits of 1 and 2 are shown first and labelled “与贵企业相关”.
std::optional<int> policyFit(const std::vector<long long>& industryGroupIds, const std::vector<long long>& regionIds,
                             std::optional<long long> enterpriseIndustryGroupId, long long enterpriseRegionId);
inline constexpr std::string_view kPolicyRelevantLabel = "与贵企业相关";

// Bulletins (简报投稿, §19).
enum class BulletinKind {
  CadreStory,      // 包联成效 (a cadre's account of the work)
  EnterpriseNews,  // 企业动态 (news an enterprise wants published)
};
inline constexpr std::array<BulletinKind, 2> kAllBulletinKinds = {BulletinKind::CadreStory,
                                                                   BulletinKind::EnterpriseNews};
std::string_view bulletinKindKey(BulletinKind kind);    // "cadre_story", "enterprise_news"
std::string_view bulletinKindLabel(BulletinKind kind);  // 包联成效 / 企业动态
std::optional<BulletinKind> bulletinKindFromKey(std::string_view key);
// The kind a role submits; none for roles that do not submit bulletins.
std::optional<BulletinKind> bulletinKindFor(Role role);

enum class BulletinStatus {
  Submitted,  // 待审核
  Adopted,    // 已采用 (published to everyone)
  Returned,   // 退回修改 (the author edits and submits again)
  Declined,   // 不予采用
};
inline constexpr std::array<BulletinStatus, 4> kAllBulletinStatuses = {
    BulletinStatus::Submitted, BulletinStatus::Adopted, BulletinStatus::Returned, BulletinStatus::Declined};
std::string_view bulletinStatusKey(BulletinStatus status);    // "submitted", "adopted", "returned", "declined"
std::string_view bulletinStatusLabel(BulletinStatus status);  // 待审核 / 已采用 / 退回修改 / 不予采用
std::optional<BulletinStatus> bulletinStatusFromKey(std::string_view key);

enum class BulletinReview { Adopt, Return, Decline };
inline constexpr std::array<BulletinReview, 3> kAllBulletinReviews = {BulletinReview::Adopt, BulletinReview::Return,
                                                                       BulletinReview::Decline};
std::string_view bulletinReviewKey(BulletinReview review);    // "adopt", "return", "decline"
std::string_view bulletinReviewLabel(BulletinReview review);  // 采用 / 退回修改 / 不予采用
std::optional<BulletinReview> bulletinReviewFromKey(std::string_view key);
inline constexpr std::size_t kReviewCommentMax = 500;
// Only a submitted bulletin is reviewed; 退回修改 needs a comment (field comment).
Result<BulletinStatus> bulletinAfterReview(BulletinStatus current, BulletinReview review, std::string_view comment);
// The author may edit (and so resubmit) while it is 待审核 or 退回修改.
bool bulletinEditableByAuthor(BulletinStatus status);

inline constexpr std::size_t kBulletinBodyMax = 10000;
struct BulletinDraft {
  std::string title;
  std::string body;
  bool operator==(const BulletinDraft&) const = default;
};
Status validateBulletin(const BulletinDraft& draft);

}  // namespace qinqing::domain
