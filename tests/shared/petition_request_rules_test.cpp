// What each petition action must carry, checked alike by the client (before sending) and the
// server (before deciding): reasons, due dates on working days after the current one, ratings with
// a reason when bad, results of 10+ characters, return visits not in the future.
#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/petition/petition_request_rules.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
using qinqing::test::realCalendar;

namespace {

Date day(int y, int m, int d) { return Date::fromCivil(y, m, d).value(); }

Status check(PetitionAction action, const PetitionActionRequest& r, std::optional<Date> currentDue = std::nullopt) {
  return validatePetitionActionRequest(action, r, std::nullopt, realCalendar(), day(2026, 9, 29), currentDue);
}

}  // namespace

TEST(PetitionRequestRules, ReturnsAndAppealsNeedAReason) {
  for (auto action : {PetitionAction::ReturnToEnterprise, PetitionAction::ReturnToDispatcher, PetitionAction::Appeal}) {
    EXPECT_EQ(fieldsOf(check(action, {})), std::vector<std::string>{"reason"});
    PetitionActionRequest r;
    r.reason = "非本单位职责";
    EXPECT_TRUE(check(action, r).ok());
  }
}

TEST(PetitionRequestRules, AnExtensionIsToAWorkingDayAfterTheCurrentDueDate) {
  PetitionActionRequest r;
  r.reason = "需协调多个部门";
  EXPECT_EQ(fieldsOf(check(PetitionAction::RequestExtension, r, day(2026, 9, 30))), std::vector<std::string>{"new_due_date"});
  r.newDueDate = day(2026, 10, 3);  // National Day holiday
  EXPECT_EQ(check(PetitionAction::RequestExtension, r, day(2026, 9, 30)).error().fields.front().message,
            "延期日期应为工作日");
  r.newDueDate = day(2026, 9, 30);  // not after the current due date
  EXPECT_EQ(fieldsOf(check(PetitionAction::RequestExtension, r, day(2026, 9, 30))), std::vector<std::string>{"new_due_date"});
  r.newDueDate = day(2026, 10, 10);  // a make-up working Saturday
  EXPECT_TRUE(check(PetitionAction::RequestExtension, r, day(2026, 9, 30)).ok());
}

TEST(PetitionRequestRules, AnExtensionDecisionNeedsADateToApproveAndAReasonToRefuse) {
  PetitionActionRequest r;
  EXPECT_EQ(fieldsOf(check(PetitionAction::DecideExtension, r)), std::vector<std::string>{"approve"});
  r.approve = true;
  EXPECT_EQ(fieldsOf(check(PetitionAction::DecideExtension, r)), std::vector<std::string>{"new_due_date"});
  r.newDueDate = day(2026, 10, 12);
  EXPECT_TRUE(check(PetitionAction::DecideExtension, r, day(2026, 9, 30)).ok());
  r.approve = false;
  EXPECT_EQ(fieldsOf(check(PetitionAction::DecideExtension, r)), std::vector<std::string>{"note"});
}

TEST(PetitionRequestRules, ABadRatingNeedsItsReasonAGoodOneDoesNot) {
  PetitionActionRequest r;
  EXPECT_EQ(fieldsOf(check(PetitionAction::Rate, r)), std::vector<std::string>{"rating"});
  r.rating = Rating::Satisfied;
  EXPECT_TRUE(check(PetitionAction::Rate, r).ok());
  r.rating = Rating::Dissatisfied;
  EXPECT_EQ(fieldsOf(check(PetitionAction::Rate, r)), std::vector<std::string>{"comment"});
}

TEST(PetitionRequestRules, DispatchNeedsAUnitOrACounty) {
  PetitionActionRequest r;
  EXPECT_EQ(fieldsOf(check(PetitionAction::Dispatch, r)), std::vector<std::string>{"handler_kind"});
  r.handlerKind = HandlerKind::County;
  EXPECT_EQ(check(PetitionAction::Dispatch, r).error().fields.front().message, "请选择承办县市区");
  r.handlerId = 3;
  EXPECT_TRUE(check(PetitionAction::Dispatch, r).ok());
}

TEST(PetitionRequestRules, ResultsAndReturnVisits) {
  PetitionActionRequest r;
  r.resultText = "已办结";
  EXPECT_EQ(fieldsOf(check(PetitionAction::SubmitResult, r)), std::vector<std::string>{"result_text"});
  EXPECT_EQ(fieldsOf(check(PetitionAction::RecordReturnVisit, r)), std::vector<std::string>{"visit"});
  r.visit = PetitionVisit{0, day(2026, 9, 30), "电话", "企业对整改情况表示认可。", ""};
  EXPECT_EQ(fieldsOf(check(PetitionAction::RecordReturnVisit, r)), std::vector<std::string>{"visited_on"});
  r.visit->visitedOn = day(2026, 9, 29);
  EXPECT_TRUE(check(PetitionAction::RecordReturnVisit, r).ok());
}

TEST(PetitionRequestRules, SubmittingChecksTheStoredTextWhenNoneIsSent) {
  const PetitionContent stored{"申请技改项目贴息", "政策兑现", "我公司技改项目已完工验收，申请兑现技改贴息政策。", "李华",
                               "13800001234"};
  EXPECT_TRUE(validatePetitionActionRequest(PetitionAction::Submit, {}, stored, realCalendar(), day(2026, 9, 29),
                                            std::nullopt)
                  .ok());
  EXPECT_FALSE(check(PetitionAction::Submit, {}).ok());
}
