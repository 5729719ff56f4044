// 企业入驻申请 (notice §13: "没有预设账号的企业可以在线申请，经过审核后可使用本平台"). An enterprise
// without an account applies from the login page; 系统管理员 (every application) or the county
// administrator (its region's) reviews it. Approval creates the enterprise, its account waiting
// for activation (qinqing/identity/activation.hpp) and its cadre assignment; a rejection carries a
// reason the applicant sees with the application number and the USCC, and they may apply again.
// Plain data and the checks that need no database: duplicates (the same USCC or name as an
// enterprise or a pending application) and scopes are the server's.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"

namespace qinqing::domain {

enum class ApplicationStatus { Pending, Approved, Rejected };

// 待审核, 已通过, 已驳回.
std::string_view applicationStatusName(ApplicationStatus status);

inline constexpr std::size_t kEnterpriseNameMax = 100;
inline constexpr std::size_t kPersonNameMax = 50;
inline constexpr std::size_t kAddressMax = 200;
inline constexpr std::size_t kIntroMax = 2000;
inline constexpr std::size_t kRejectReasonMax = 200;

// §22: urban enterprises (十堰市's own, 茅箭区, 张湾区 and 十堰经济技术开发区) are grouped into the six
// industry groups; elsewhere the group is optional.
bool regionNeedsIndustryGroup(std::string_view regionName);

// The choices the form offers (GET /api/applications/options).
struct ApplicationChoices {
  std::vector<NamedRef> regions;         // display order: city, counties, zones
  std::vector<NamedRef> industryGroups;  // 经信 … 文旅
  bool operator==(const ApplicationChoices&) const = default;
};

// What the applicant fills in (POST /api/applications).
struct ApplicationForm {
  std::string name;                         // 企业全称, as on the business licence; becomes the login name
  std::string uscc;                         // 统一社会信用代码
  long long regionId = 0;                   // 所在区域
  std::optional<long long> industryGroupId; // 行业组别 (§22)
  std::string legalRep;                     // 法定代表人
  std::string liaison;                      // 企业联络员
  std::string liaisonMobile;                // receives the activation SMS
  std::string address;                      // 注册地址 (optional)
  std::string intro;                        // 企业简介 (optional)
  bool operator==(const ApplicationForm&) const = default;
};

// Trims the text fields and normalises the USCC (normalizeUscc), then every problem at once:
// name (required, ≤ kEnterpriseNameMax), uscc (required, GB 32100 check), region_id ("请选择所在区域"),
// industry_group_id ("请选择行业组别", only when `industryGroupRequired`), legal_rep and liaison
// (required, ≤ kPersonNameMax), liaison_mobile (required, 11-digit mainland number), address
// (≤ kAddressMax), intro (≤ kIntroMax).
Status validateApplicationForm(ApplicationForm& form, bool industryGroupRequired);

// The server's duplicate answers (conflict, on the field named).
inline constexpr std::string_view kUsccRegistered = "该统一社会信用代码的企业已在平台注册，请直接用企业全称登录";
inline constexpr std::string_view kNameRegistered = "该企业名称已在平台注册，请直接用企业全称登录";
inline constexpr std::string_view kUsccPending = "该统一社会信用代码已有待审核的入驻申请，请勿重复提交";
inline constexpr std::string_view kNamePending = "该企业名称已有待审核的入驻申请，请勿重复提交";
inline constexpr std::string_view kAlreadyReviewed = "该申请已被其他审核人处理，请刷新后查看";

// An application as its reviewers see it; the applicant's status page gets the same shape with
// the liaison mobile masked and without the reviewer.
struct EnterpriseApplication {
  long long id = 0;
  std::string number;                     // 申请编号, e.g. SQ20260302000017
  ApplicationStatus status = ApplicationStatus::Pending;
  std::string name;
  std::string uscc;
  NamedRef region;
  std::optional<NamedRef> industryGroup;
  std::string legalRep;
  std::string liaison;
  std::string liaisonMobile;
  std::string address;
  std::string intro;
  std::string submittedAt;                // ISO 8601, +08:00
  std::string reviewedAt;                 // empty while pending
  std::string reviewer;                   // the reviewing account's login name; empty while pending
  std::string rejectReason;               // 驳回理由, for a rejected one
  std::optional<NamedRef> enterprise;     // once approved
  std::optional<NamedRef> cadre;          // the cadre assigned on approval
  bool operator==(const EnterpriseApplication&) const = default;
};

// The applicant's status check (POST /api/applications/status): number and USCC together.
struct ApplicationLookup {
  std::string number;
  std::string uscc;
  bool operator==(const ApplicationLookup&) const = default;
};
// Trims the number (upper-cased) and normalises the USCC; number ("请填写申请编号"), uscc (required).
Status validateApplicationLookup(ApplicationLookup& lookup);

// A reviewer's decision (POST /api/applications/{id}/approve | reject).
struct ApplicationApproval {
  long long cadreId = 0;  // 包联干部 to assign (一对一)
  bool operator==(const ApplicationApproval&) const = default;
};
// cadre_id: "请选择包联干部".
Status validateApplicationApproval(const ApplicationApproval& approval);

struct ApplicationRejection {
  std::string reason;  // shown to the applicant
  bool operator==(const ApplicationRejection&) const = default;
};
// Trims; reason: "请填写驳回理由" / ≤ kRejectReasonMax.
Status validateApplicationRejection(ApplicationRejection& rejection);

// POST /api/enterprises: 系统管理员 registers one enterprise directly (issue 17), with the fields of
// an application and its cadre; its account is created 待激活 as on an approval.
struct NewEnterprise {
  ApplicationForm form;
  ApplicationApproval approval;
  bool operator==(const NewEnterprise&) const = default;
};
// validateApplicationForm and validateApplicationApproval, every problem of both at once.
Status validateNewEnterprise(NewEnterprise& enterprise, bool industryGroupRequired);

// The SMS the assigned cadre gets on approval.
std::string cadreAssignedSms(std::string_view enterpriseName);
// The SMS the liaison gets on a rejection (the reason is on the status page, not in the SMS).
std::string applicationRejectedSms(std::string_view number);

}  // namespace qinqing::domain
