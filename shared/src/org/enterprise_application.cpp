#include "qinqing/org/enterprise_application.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "qinqing/org/organisation.hpp"
#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/uscc.hpp"

namespace qinqing::domain {

std::string_view applicationStatusName(ApplicationStatus status) {
  switch (status) {
    case ApplicationStatus::Pending: return "待审核";
    case ApplicationStatus::Approved: return "已通过";
    case ApplicationStatus::Rejected: return "已驳回";
  }
  return "待审核";
}

bool regionNeedsIndustryGroup(std::string_view regionName) {
  static constexpr std::array<std::string_view, 4> kUrban = {"十堰市", "茅箭区", "张湾区", "十堰经济技术开发区"};
  return std::find(kUrban.begin(), kUrban.end(), regionName) != kUrban.end();
}

Status validateApplicationForm(ApplicationForm& form, bool industryGroupRequired) {
  form.name = trimmedText(form.name);
  form.uscc = normalizeUscc(form.uscc);
  form.legalRep = trimmedText(form.legalRep);
  form.liaison = trimmedText(form.liaison);
  form.liaisonMobile = trimmedText(form.liaisonMobile);
  form.address = trimmedText(form.address);
  form.intro = trimmedText(form.intro);
  FieldValidator v;
  v.required("name", "企业全称", form.name).maxChars("name", "企业全称", form.name, kEnterpriseNameMax);
  v.required("uscc", "统一社会信用代码", form.uscc).uscc("uscc", form.uscc);
  v.check(form.regionId > 0, "region_id", "请选择所在区域");
  v.check(!industryGroupRequired || (form.industryGroupId && *form.industryGroupId > 0), "industry_group_id",
          "请选择行业组别");
  v.required("legal_rep", "法定代表人", form.legalRep).maxChars("legal_rep", "法定代表人", form.legalRep, kPersonNameMax);
  v.required("liaison", "企业联络员", form.liaison).maxChars("liaison", "企业联络员", form.liaison, kPersonNameMax);
  v.required("liaison_mobile", "联络员手机号", form.liaisonMobile)
      .mobile("liaison_mobile", "联络员手机号", form.liaisonMobile);
  v.maxChars("address", "注册地址", form.address, kAddressMax);
  v.maxChars("intro", "企业简介", form.intro, kIntroMax);
  return v.status();
}

Status validateApplicationLookup(ApplicationLookup& lookup) {
  lookup.number = trimmedText(lookup.number);
  for (char& c : lookup.number) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  lookup.uscc = normalizeUscc(lookup.uscc);
  FieldValidator v;
  v.required("number", "申请编号", lookup.number).maxChars("number", "申请编号", lookup.number, 32);
  v.required("uscc", "统一社会信用代码", lookup.uscc).uscc("uscc", lookup.uscc);
  return v.status();
}

Status validateApplicationApproval(const ApplicationApproval& approval) {
  FieldValidator v;
  v.check(approval.cadreId > 0, "cadre_id", "请选择包联干部");
  return v.status();
}

Status validateNewEnterprise(NewEnterprise& enterprise, bool industryGroupRequired) {
  std::vector<FieldError> errors;
  if (auto form = validateApplicationForm(enterprise.form, industryGroupRequired); !form) errors = form.error().fields;
  if (auto approval = validateApplicationApproval(enterprise.approval); !approval) {
    errors.insert(errors.end(), approval.error().fields.begin(), approval.error().fields.end());
  }
  if (errors.empty()) return Ok{};
  return DomainError::invalid(std::move(errors));
}

Status validateApplicationRejection(ApplicationRejection& rejection) {
  rejection.reason = trimmedText(rejection.reason);
  FieldValidator v;
  if (rejection.reason.empty()) {
    v.add({"reason", "请填写驳回理由"});
  } else {
    v.maxChars("reason", "驳回理由", rejection.reason, kRejectReasonMax);
  }
  return v.status();
}

std::string cadreAssignedSms(std::string_view enterpriseName) {
  return "【十堰市双千办】企业" + std::string(enterpriseName) + "已入驻十堰亲清企业服务信息平台，您为其包联干部，请登录平台查看。";
}

std::string applicationRejectedSms(std::string_view number) {
  return "【十堰市双千办】您提交的企业入驻申请（" + std::string(number) +
         "）未通过审核，请在十堰亲清企业服务信息平台登录页“查询申请进度”查看原因。";
}

}  // namespace qinqing::domain
