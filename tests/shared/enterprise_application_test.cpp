// 企业入驻申请 (qinqing/org/enterprise_application.hpp and its wire form).
#include <gtest/gtest.h>

#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/validation/uscc.hpp"
#include "qinqing/wire/application_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
namespace wire = qinqing::wire;

namespace {

std::string validUscc() {
  std::string code = "91420303MA4A1B2C3";
  return code + *usccCheckChar(code);
}

ApplicationForm goodForm() {
  ApplicationForm f;
  f.name = "十堰市新申请汽车配件有限公司";
  f.uscc = validUscc();
  f.regionId = 2;
  f.industryGroupId = 1;
  f.legalRep = "王五";
  f.liaison = "赵六";
  f.liaisonMobile = "13912345678";
  return f;
}

}  // namespace

TEST(EnterpriseApplication, StatusNames) {
  EXPECT_EQ(applicationStatusName(ApplicationStatus::Pending), "待审核");
  EXPECT_EQ(applicationStatusName(ApplicationStatus::Approved), "已通过");
  EXPECT_EQ(applicationStatusName(ApplicationStatus::Rejected), "已驳回");
}

TEST(EnterpriseApplication, UrbanRegionsNeedAnIndustryGroup) {  // §22
  EXPECT_TRUE(regionNeedsIndustryGroup("茅箭区"));
  EXPECT_TRUE(regionNeedsIndustryGroup("张湾区"));
  EXPECT_TRUE(regionNeedsIndustryGroup("十堰市"));
  EXPECT_FALSE(regionNeedsIndustryGroup("房县"));
  EXPECT_FALSE(regionNeedsIndustryGroup("丹江口市"));
}

TEST(EnterpriseApplication, AGoodFormPassesAndIsNormalised) {
  ApplicationForm f = goodForm();
  f.name = "  " + f.name + "\u3000";
  std::string lower = f.uscc;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  f.uscc = lower.substr(0, 8) + " " + lower.substr(8);
  ASSERT_TRUE(validateApplicationForm(f, true).ok());
  EXPECT_EQ(f.name, "十堰市新申请汽车配件有限公司");
  EXPECT_EQ(f.uscc, validUscc());
}

TEST(EnterpriseApplication, EveryProblemIsReportedAtOnce) {
  ApplicationForm empty;
  auto all = validateApplicationForm(empty, true);
  EXPECT_EQ(fieldsOf(all), (std::vector<std::string>{"name", "uscc", "region_id", "industry_group_id", "legal_rep",
                                                     "liaison", "liaison_mobile"}));
  EXPECT_EQ(all.error().fields[0].message, "请填写企业全称");
  EXPECT_EQ(all.error().fields[3].message, "请选择行业组别");
  // Outside the urban districts the group may be left out.
  EXPECT_EQ(fieldsOf(validateApplicationForm(empty, false)),
            (std::vector<std::string>{"name", "uscc", "region_id", "legal_rep", "liaison", "liaison_mobile"}));

  ApplicationForm bad = goodForm();
  bad.uscc = validUscc().substr(0, 17) + (validUscc().back() == '0' ? "1" : "0");
  bad.liaisonMobile = "1234";
  bad.intro = std::string(2001, 'a');
  auto wrong = validateApplicationForm(bad, true);
  EXPECT_EQ(fieldsOf(wrong), (std::vector<std::string>{"uscc", "liaison_mobile", "intro"}));
  EXPECT_EQ(wrong.error().fields[0].message, "统一社会信用代码校验位不正确");
  EXPECT_EQ(wrong.error().fields[1].message, "联络员手机号应为11位手机号码");
}

TEST(EnterpriseApplication, LookupApprovalAndRejectionChecks) {
  ApplicationLookup lookup{" sq20260302000001 ", validUscc()};
  ASSERT_TRUE(validateApplicationLookup(lookup).ok());
  EXPECT_EQ(lookup.number, "SQ20260302000001");
  ApplicationLookup none;
  EXPECT_EQ(fieldsOf(validateApplicationLookup(none)), (std::vector<std::string>{"number", "uscc"}));

  EXPECT_TRUE(validateApplicationApproval({12}).ok());
  EXPECT_EQ(validateApplicationApproval({0}).error().fields[0], (FieldError{"cadre_id", "请选择包联干部"}));

  ApplicationRejection blank{" \u3000"};
  EXPECT_EQ(validateApplicationRejection(blank).error().fields[0], (FieldError{"reason", "请填写驳回理由"}));
  ApplicationRejection longReason{std::string(201, 'x')};
  EXPECT_EQ(fieldsOf(validateApplicationRejection(longReason)), std::vector<std::string>{"reason"});
  ApplicationRejection ok{" 代码有误 "};
  ASSERT_TRUE(validateApplicationRejection(ok).ok());
  EXPECT_EQ(ok.reason, "代码有误");
}

TEST(EnterpriseApplication, SmsTexts) {
  EXPECT_EQ(cadreAssignedSms("某公司"),
            "【十堰市双千办】企业某公司已入驻十堰亲清企业服务信息平台，您为其包联干部，请登录平台查看。");
  EXPECT_NE(applicationRejectedSms("SQ1").find("SQ1"), std::string::npos);
}

TEST(ApplicationJson, FormAndApplicationRoundTrip) {
  ApplicationForm f = goodForm();
  f.address = "湖北省十堰市茅箭区北京路1号";
  auto form = wire::applicationFormFromJson(wire::applicationFormToJson(f));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form.value(), f);
  f.industryGroupId.reset();
  EXPECT_TRUE(wire::applicationFormToJson(f)["industry_group_id"].is_null());
  EXPECT_FALSE(wire::applicationFormFromJson(wire::applicationFormToJson(f)).value().industryGroupId.has_value());

  EnterpriseApplication a;
  a.id = 3;
  a.number = "SQ20260302000003";
  a.status = ApplicationStatus::Rejected;
  a.name = "某公司";
  a.uscc = validUscc();
  a.region = {2, "茅箭区"};
  a.industryGroup = NamedRef{1, "经信"};
  a.submittedAt = "2026-03-02T09:00:00+08:00";
  a.reviewedAt = "2026-03-02T10:00:00+08:00";
  a.reviewer = "sysadmin";
  a.rejectReason = "代码有误";
  auto j = wire::applicationToJson(a);
  EXPECT_EQ(j["status"], "rejected");
  EXPECT_EQ(j["status_name"], "已驳回");
  EXPECT_TRUE(j["cadre"].is_null());
  auto back = wire::applicationFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
  j["status"] = "unknown";
  EXPECT_FALSE(wire::applicationFromJson(j).ok());
}

TEST(ApplicationJson, ChoicesLookupAndDecisions) {
  ApplicationChoices c{{{1, "十堰市"}, {9, "房县"}}, {{1, "经信"}}};
  auto j = wire::applicationChoicesToJson(c);
  EXPECT_EQ(j["regions"][0]["needs_industry_group"], true);
  EXPECT_EQ(j["regions"][1]["needs_industry_group"], false);
  EXPECT_EQ(wire::applicationChoicesFromJson(j).value(), c);
  EXPECT_FALSE(wire::applicationChoicesFromJson(nlohmann::json::object()).ok());

  EXPECT_EQ(wire::applicationLookupFromJson(wire::applicationLookupToJson({"SQ1", "X"})).value(),
            (ApplicationLookup{"SQ1", "X"}));
  EXPECT_EQ(wire::applicationApprovalFromJson(nlohmann::json{{"cadre_id", "7"}}).value().cadreId, 0);
  EXPECT_EQ(wire::applicationApprovalFromJson(nlohmann::json{{"cadre_id", 7}}).value().cadreId, 7);
  EXPECT_EQ(wire::applicationRejectionFromJson(nlohmann::json{{"reason", "原因"}}).value().reason, "原因");
  EXPECT_FALSE(wire::applicationRejectionFromJson(nlohmann::json("x")).ok());
  EXPECT_EQ(wire::applicationStatusFromKey("pending"), ApplicationStatus::Pending);
  EXPECT_FALSE(wire::applicationStatusFromKey("待审核").has_value());
}
