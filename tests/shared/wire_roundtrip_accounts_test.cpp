// Round trips of the account, onboarding and content wire types (fromJson(toJson(x)) == x), for
// every value of each enum a field carries and with every optional field both present and absent,
// so a field the encoder writes and the decoder forgets (or spells differently) fails here.
#include <gtest/gtest.h>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/wire/account_admin_json.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/cadre_transfer_json.hpp"
#include "qinqing/wire/content_attachment_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "qinqing/wire/org_admin_json.hpp"
#include "qinqing/wire/policy_guide_json.hpp"

namespace {

using namespace qinqing;
using domain::NamedRef;
using domain::Role;

// Decodes what was encoded and compares; the message names the JSON so a failure shows the field.
template <typename T, typename Encode, typename Decode>
void expectRoundTrip(const T& value, Encode encode, Decode decode) {
  const nlohmann::json j = encode(value);
  auto back = decode(j);
  ASSERT_TRUE(back.ok()) << back.error().message << " in " << j.dump();
  EXPECT_EQ(back.value(), value) << j.dump();
}

domain::AccountSummary summaryOf(Role role, domain::AccountStatus status) {
  domain::AccountSummary s;
  s.id = 31;
  s.role = role;
  s.loginName = "茅箭区管理员";
  s.holderName = "李𠀀华";
  s.region = NamedRef{2, "茅箭区"};
  s.unit = NamedRef{7, "茅箭区经信局"};
  s.industryGroup = NamedRef{1, "经信"};
  s.mobileMasked = "139****8888";
  s.status = status;
  s.lastLoginAt = "2026-11-30T08:15:00+08:00";
  return s;
}

TEST(WireRoundTrip, AccountSummaryOfEveryRoleAndStatus) {
  for (Role role : domain::kAllRoles) {
    for (domain::AccountStatus status : domain::kAllAccountStatuses) {
      expectRoundTrip(summaryOf(role, status), wire::accountSummaryToJson, wire::accountSummaryFromJson);
    }
  }
  domain::AccountSummary bare = summaryOf(Role::SystemAdmin, domain::AccountStatus::Active);
  bare.region.reset();
  bare.unit.reset();
  bare.industryGroup.reset();
  bare.mobileMasked.clear();
  bare.lastLoginAt.clear();
  expectRoundTrip(bare, wire::accountSummaryToJson, wire::accountSummaryFromJson);
}

TEST(WireRoundTrip, AccountDetailWithHoldersAndWithout) {
  domain::AccountDetail detail;
  detail.summary = summaryOf(Role::Inspector, domain::AccountStatus::Disabled);
  detail.title = "副主任";
  detail.email = "li@example.cn";
  detail.createdAt = "2026-01-04T10:00:00+08:00";
  detail.lockedUntil = "2026-12-01T10:30:00+08:00";
  detail.handoverAllowed = true;
  detail.requestingDepartment = domain::InspectorDepartment::DisciplineInspection;
  detail.disabledAt = "2026-11-02T09:00:00+08:00";
  detail.disabledReason = "人员离岗";
  detail.holders = {
      {2, "李𠀀华", "139****8888", "副主任", "2026-06-01T09:00:00+08:00", "", "人员调整", NamedRef{1, "sysadmin"}},
      {1, "王强", "137****0001", "", "", "2026-06-01T09:00:00+08:00", "", std::nullopt},
  };
  expectRoundTrip(detail, wire::accountDetailToJson, wire::accountDetailFromJson);
  detail.holders.clear();
  detail.lockedUntil.clear();
  detail.requestingDepartment.reset();
  expectRoundTrip(detail, wire::accountDetailToJson, wire::accountDetailFromJson);
}

TEST(WireRoundTrip, AccountRequests) {
  expectRoundTrip(domain::AccountHandover{"赵敏", "13800001111", "科员", "人员调整"}, wire::accountHandoverToJson,
                  wire::accountHandoverFromJson);
  expectRoundTrip(domain::AccountDisable{"人员离岗"}, wire::accountDisableToJson, wire::accountDisableFromJson);
  expectRoundTrip(domain::TemporaryPassword{31, "茅箭区管理员", "Qq#7x2kP9m"}, wire::temporaryPasswordToJson,
                  wire::temporaryPasswordFromJson);

  for (domain::InspectorDepartment department : domain::kAllInspectorDepartments) {
    domain::NewStaffAccount inspector{Role::Inspector, "巡查员01", "周𠀀", "13800002222", "", std::nullopt,
                                      std::nullopt, std::nullopt, department};
    expectRoundTrip(inspector, wire::newStaffAccountToJson, wire::newStaffAccountFromJson);
    domain::AccountEdit edit{"巡查员01", "处长", "zhou@example.cn", department};
    expectRoundTrip(edit, wire::accountEditToJson, wire::accountEditFromJson);
  }
  domain::NewStaffAccount unitAdmin{Role::UnitAdmin, "市经信局管理员", "孙丽", "13800003333", "科长", 7,
                                    std::nullopt, std::nullopt, std::nullopt};
  expectRoundTrip(unitAdmin, wire::newStaffAccountToJson, wire::newStaffAccountFromJson);
  domain::NewStaffAccount countyAdmin{Role::CountyAdmin, "房县管理员", "钱进", "13800004444", "", std::nullopt, 9,
                                      std::nullopt, std::nullopt};
  expectRoundTrip(countyAdmin, wire::newStaffAccountToJson, wire::newStaffAccountFromJson);
  domain::NewStaffAccount groupDispatcher{Role::IndustryDispatcher, "住建组分办员", "吴凡", "13800005555", "",
                                          std::nullopt, std::nullopt, 2, std::nullopt};
  expectRoundTrip(groupDispatcher, wire::newStaffAccountToJson, wire::newStaffAccountFromJson);
  expectRoundTrip(domain::AccountEdit{"房县管理员", "", "", std::nullopt}, wire::accountEditToJson,
                  wire::accountEditFromJson);
}

TEST(WireRoundTrip, ActivationOfEveryRoleWithAndWithoutUnit) {
  for (Role role : domain::kAllRoles) {
    domain::ActivationRequest request{role, "十堰市东风零部件有限公司", std::nullopt, "123456", "Xy#2026abc"};
    expectRoundTrip(request, wire::activationRequestToJson, wire::activationRequestFromJson);
  }
  domain::ActivationRequest cadre{Role::Cadre, "张𠀀明", 7, "", ""};
  expectRoundTrip(cadre, wire::activationRequestToJson, wire::activationRequestFromJson);
}

TEST(WireRoundTrip, LoginRequestAndOptions) {
  expectRoundTrip(domain::LoginRequest{Role::Cadre, "张𠀀明", 7, "Xy#2026abc"}, wire::loginRequestToJson,
                  wire::loginRequestFromJson);
  expectRoundTrip(domain::LoginRequest{Role::Enterprise, "十堰市东风零部件有限公司", std::nullopt, "pw"},
                  wire::loginRequestToJson, wire::loginRequestFromJson);
  domain::LoginOptions options;
  options.regions = {{1, "十堰市", domain::RegionKind::City},
                     {2, "茅箭区", domain::RegionKind::County},
                     {11, "十堰经济技术开发区", domain::RegionKind::Zone}};
  options.units = {{7, 1, "市经信局"}, {21, 2, "茅箭区商务局"}};
  expectRoundTrip(options, wire::loginOptionsToJson, wire::loginOptionsFromJson);
  expectRoundTrip(domain::LoginOptions{}, wire::loginOptionsToJson, wire::loginOptionsFromJson);
}

TEST(WireRoundTrip, ProfileWithoutOptionalParts) {
  domain::AccountProfile profile;
  profile.accountId = 3;
  profile.role = Role::AuditAdmin;
  profile.loginName = "auditadmin";
  profile.displayName = "审计管理员";
  expectRoundTrip(profile, wire::profileToJson, wire::profileFromJson);
}

TEST(WireRoundTrip, ApplicationsOfEveryStatus) {
  domain::ApplicationForm form{"十堰市茅箭区青山食品有限公司", "91420300MA4F0XXX1K", 2, 4, "刘青山", "刘芳",
                               "13800006666", "茅箭区人民北路18号", "食品加工"};
  expectRoundTrip(form, wire::applicationFormToJson, wire::applicationFormFromJson);
  domain::ApplicationForm county = form;
  county.regionId = 9;
  county.industryGroupId.reset();
  county.address.clear();
  county.intro.clear();
  expectRoundTrip(county, wire::applicationFormToJson, wire::applicationFormFromJson);

  for (auto status : {domain::ApplicationStatus::Pending, domain::ApplicationStatus::Approved,
                      domain::ApplicationStatus::Rejected}) {
    domain::EnterpriseApplication a;
    a.id = 17;
    a.number = "SQ20260302000017";
    a.status = status;
    a.name = form.name;
    a.uscc = form.uscc;
    a.region = NamedRef{2, "茅箭区"};
    a.industryGroup = NamedRef{4, "农业"};
    a.legalRep = form.legalRep;
    a.liaison = form.liaison;
    a.liaisonMobile = "138****6666";
    a.address = form.address;
    a.intro = form.intro;
    a.submittedAt = "2026-03-02T10:11:12+08:00";
    if (status != domain::ApplicationStatus::Pending) {
      a.reviewedAt = "2026-03-03T09:00:00+08:00";
      a.reviewer = "茅箭区管理员";
    }
    if (status == domain::ApplicationStatus::Rejected) a.rejectReason = "营业执照信息与填报不符";
    if (status == domain::ApplicationStatus::Approved) {
      a.enterprise = NamedRef{120, form.name};
      a.cadre = NamedRef{33, "张𠀀明"};
    }
    expectRoundTrip(a, wire::applicationToJson, wire::applicationFromJson);
  }

  domain::ApplicationChoices choices{{{1, "十堰市"}, {2, "茅箭区"}}, {{1, "经信"}, {6, "文旅"}}};
  expectRoundTrip(choices, wire::applicationChoicesToJson, wire::applicationChoicesFromJson);
  expectRoundTrip(domain::ApplicationLookup{"SQ20260302000017", form.uscc}, wire::applicationLookupToJson,
                  wire::applicationLookupFromJson);
  expectRoundTrip(domain::ApplicationApproval{33}, wire::applicationApprovalToJson, wire::applicationApprovalFromJson);
  expectRoundTrip(domain::ApplicationRejection{"营业执照信息与填报不符"}, wire::applicationRejectionToJson,
                  wire::applicationRejectionFromJson);
  expectRoundTrip(domain::NewEnterprise{form, {33}}, wire::newEnterpriseToJson, wire::newEnterpriseFromJson);
}

TEST(WireRoundTrip, CadreTransferOfEveryStatusAndDecision) {
  for (domain::CadreTransferStatus status : domain::kAllCadreTransferStatuses) {
    domain::CadreTransfer t{5, {33, "张𠀀明"}, {7, "市经信局"}, {8, "市商务局"}, status,
                            "2026-11-20T09:00:00+08:00", "", std::nullopt, "", 4};
    if (status != domain::CadreTransferStatus::Pending) {
      t.decidedAt = "2026-11-21T10:00:00+08:00";
      t.decidedBy = NamedRef{40, "市商务局管理员"};
      t.note = "同意调入";
    }
    expectRoundTrip(t, wire::cadreTransferToJson, wire::cadreTransferFromJson);
  }
  expectRoundTrip(domain::CadreTransferDecision{true, ""}, wire::cadreTransferDecisionToJson,
                  wire::cadreTransferDecisionFromJson);
  expectRoundTrip(domain::CadreTransferDecision{false, "编制已满"}, wire::cadreTransferDecisionToJson,
                  wire::cadreTransferDecisionFromJson);
}

TEST(WireRoundTrip, OrgAdminRegionFormOfEveryKind) {
  for (domain::RegionKind kind : {domain::RegionKind::City, domain::RegionKind::County, domain::RegionKind::Zone}) {
    domain::RegionForm form;
    form.name = "武当山旅游经济特区";
    form.kind = kind;
    expectRoundTrip(form, wire::regionFormToJson, wire::regionFormFromJson);
  }
  expectRoundTrip(domain::RegionForm{"更名", std::nullopt}, wire::regionFormToJson, wire::regionFormFromJson);
}

TEST(WireRoundTrip, ContentAttachments) {
  std::vector<wire::ContentAttachment> files = {
      {1, "十堰市惠企政策汇编（2026）.pdf", "application/pdf", 482133, std::string(64, 'a'), "2026-10-09T15:00:00+08:00"},
      {2, "申报表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 0, "", ""},
  };
  expectRoundTrip(files[0], wire::contentAttachmentToJson, wire::contentAttachmentFromJson);
  // The list decoder reads the owner's "attachments" member, as announcements and policies carry it.
  nlohmann::json owner = {{"attachments", wire::contentAttachmentsToJson(files)}};
  auto back = wire::contentAttachmentsFromJson(owner);
  ASSERT_TRUE(back.ok()) << owner.dump();
  EXPECT_EQ(back.value(), files);
}

TEST(WireRoundTrip, PolicyGuideOfEveryStateAndValidity) {
  domain::PolicyGuideDraft draft;
  draft.title = "十堰市支持中小企业发展若干措施";
  draft.issuer = "十堰市人民政府";
  draft.documentNumber = "十政发〔2026〕12号";
  draft.issuedOn = domain::Date::fromCivil(2026, 3, 2).value();
  draft.validUntil = domain::Date::fromCivil(2028, 12, 31).value();
  draft.industryGroupIds = {1, 3};
  draft.regionIds = {2};
  draft.summary = "减税降费、融资支持";
  draft.body = "第一条 ……";
  expectRoundTrip(draft, wire::policyGuideDraftToJson, wire::policyGuideDraftFromJson);
  domain::PolicyGuideDraft open = draft;
  open.validUntil.reset();
  open.industryGroupIds.clear();
  open.regionIds.clear();
  open.documentNumber.clear();
  expectRoundTrip(open, wire::policyGuideDraftToJson, wire::policyGuideDraftFromJson);

  for (domain::PublicationState state : domain::kAllPublicationStates) {
    for (auto validity : {domain::PolicyValidity::Valid, domain::PolicyValidity::Expired}) {
      wire::PolicyGuideView view;
      view.id = 12;
      view.state = state;
      view.version = 3;
      view.content = draft;
      view.validity = validity;
      view.createdAt = "2026-03-01T09:00:00+08:00";
      view.updatedAt = "2026-03-02T09:00:00+08:00";
      view.publishedAt = state == domain::PublicationState::Draft ? "" : "2026-03-02T10:00:00+08:00";
      view.withdrawnAt = state == domain::PublicationState::Withdrawn ? "2026-04-01T10:00:00+08:00" : "";
      view.read = true;
      view.fit = 2;
      view.relevant = true;
      view.attachments = {{1, "政策原文.pdf", "application/pdf", 1024, std::string(64, 'b'), "2026-03-01T09:30:00+08:00"}};
      expectRoundTrip(view, wire::policyGuideToJson, wire::policyGuideFromJson);
      view.fit.reset();
      view.relevant = false;
      view.read = false;
      view.attachments.clear();
      expectRoundTrip(view, wire::policyGuideToJson, wire::policyGuideFromJson);
    }
  }
}

}  // namespace
