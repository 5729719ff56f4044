// What an enterprise must fill in to submit a petition, what a draft may leave open, and the
// SMS texts the notice fixes word for word.
#include <gtest/gtest.h>

#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/petition/petition_notices.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;

namespace {

PetitionContent complete() {
  return {"申请技改项目贴息", "政策兑现", "我公司2026年技改项目已完工验收，申请兑现技改贴息政策。", "李华", "13800001234"};
}

}  // namespace

TEST(PetitionDraft, ACompletePetitionMaySubmit) { EXPECT_TRUE(validatePetitionForSubmit(complete()).ok()); }

TEST(PetitionDraft, SubmitNamesEveryMissingField) {
  const Status s = validatePetitionForSubmit({});
  EXPECT_EQ(fieldsOf(s), (std::vector<std::string>{"title", "category", "description", "contact_name", "contact_mobile"}));
  EXPECT_EQ(s.error().fields.front().message, "请填写诉求标题");
}

TEST(PetitionDraft, AnEmptyDraftMayBeSavedButNotABadMobile) {
  EXPECT_TRUE(validatePetitionDraft({}).ok());
  PetitionContent c;
  c.contactMobile = "1380000";
  EXPECT_EQ(fieldsOf(validatePetitionDraft(c)), std::vector<std::string>{"contact_mobile"});
}

TEST(PetitionDraft, LimitsAreCountedInChineseCharacters) {
  PetitionContent c = complete();
  std::string title;
  for (int i = 0; i < 60; ++i) title += "诉";
  c.title = title;
  EXPECT_TRUE(validatePetitionForSubmit(c).ok());
  c.title += "求";
  EXPECT_EQ(fieldsOf(validatePetitionForSubmit(c)), std::vector<std::string>{"title"});
  c = complete();
  c.description = "太短了";
  const Status s = validatePetitionForSubmit(c);
  EXPECT_EQ(fieldsOf(s), std::vector<std::string>{"description"});
  EXPECT_EQ(s.error().fields.front().message, "诉求内容至少需要10个字");
}

TEST(PetitionDraft, CategoryMustBeOneOfTheList) {
  PetitionContent c = complete();
  c.category = "投诉";
  EXPECT_EQ(fieldsOf(validatePetitionForSubmit(c)), std::vector<std::string>{"category"});
  for (auto cat : kPetitionCategories) {
    c.category = std::string(cat);
    EXPECT_TRUE(validatePetitionForSubmit(c).ok()) << cat;
  }
}

TEST(PetitionDraft, ReasonsAndResultsAreRequired) {
  FieldValidator v;
  checkReason(v, "reason", "退回原因", "　");
  EXPECT_EQ(v.errors().front().message, "请填写退回原因");
  EXPECT_FALSE(validatePetitionResult("").ok());
  EXPECT_FALSE(validatePetitionResult("已办理").ok());
  EXPECT_TRUE(validatePetitionResult("已协调银行完成贷款审批，资金已到位。").ok());
}

TEST(PetitionNotices, TheNoticesTextsWordForWord) {
  EXPECT_EQ(smsNewPetitionForReview("十堰市鑫源汽车零部件有限公司"),
            "【十堰市双千办】十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司提交的新诉求请您审核");
  EXPECT_EQ(smsNewPetitionToSign(), "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收");
}

TEST(PetitionNotices, RemindersSayDueTodayOrHowLate) {
  EXPECT_EQ(smsReminder("甲公司", ClockKind::Sign, 0),
            "【十堰市双千办】十堰亲清企业服务信息平台上甲公司的诉求签收今日到期，请尽快登录平台处理");
  EXPECT_EQ(smsReminder("甲公司", ClockKind::Result, 3),
            "【十堰市双千办】十堰亲清企业服务信息平台上甲公司的诉求办理已逾期3个工作日，请尽快登录平台处理");
  EXPECT_NE(smsRateRequest("贷款").find("5个工作日内"), std::string::npos);
}
