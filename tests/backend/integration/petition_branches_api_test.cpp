// Every side branch of the petition lifecycle over HTTP (issue 5): return to the enterprise and
// resubmission or withdrawal; return to the dispatchers and routing to a county instead; extension
// approved and refused; a bad rating, rectification with a return visit and the second rating;
// appeals upheld and rejected; the 未评价 close by the reminder job; 催办 limits; 督办. The server
// runs on a FakeClock from Monday 2026-03-02 09:00 CST (March 2026 has no public holiday).
#include <gtest/gtest.h>

#include "../shared/file_samples.hpp"
#include "petition_test_support.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::ClockKind;
using qinqing::domain::PetitionAction;
using qinqing::domain::PetitionOutcome;
using qinqing::domain::PetitionState;
using qinqing::domain::Rating;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using Mobiles = std::multiset<std::string>;

namespace {

const std::string kTitle = sampleContent().title;
const std::string kSigned = "【十堰市双千办】";

class PetitionBranchesApi : public ::testing::Test {
protected:
  FakeClock clock{cst(2026, 3, 2, 9, 0)};
  TestServer server{TestServer::Options{.clock = clock}};
  PetitionApi api{server, &clock};

  Mobiles dispatchers() { return {api.mobileOf("双千分办员"), api.mobileOf("经信组分办员")}; }

  // Submitted, approved, routed to 十堰市经信局 and signed, all at the current time.
  long long handling() {
    const long long id = api.submitNew().summary.id;
    api.actOk(api.cadre(), id, PetitionAction::Approve);
    api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
    api.actOk(api.unitAdmin(), id, PetitionAction::Sign);
    return id;
  }
  // Handling from Mon 03-02 and its result submitted on Tue 03-03 10:00: the rating is due 03-10.
  long long pendingRating() {
    const long long id = handling();
    api.setTime(cst(2026, 3, 3, 10, 0));
    api.actOk(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result("已协调市政部门完成道路连通施工。"));
    return id;
  }
  // pendingRating() rated 不满意 on Wed 03-04 10:00: rectification due 03-25.
  long long rectifying() {
    const long long id = pendingRating();
    api.setTime(cst(2026, 3, 4, 10, 0));
    api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Dissatisfied, "道路仍未接通"));
    return id;
  }
};

}  // namespace

TEST_F(PetitionBranchesApi, ReturnedToTheEnterpriseItIsEditedAndSubmittedAgain) {
  const long long id = api.submitNew().summary.id;
  api.setTime(cst(2026, 3, 2, 10, 0));
  auto noReason = api.act(api.cadre(), id, PetitionAction::ReturnToEnterprise);
  EXPECT_EQ(noReason->status, Status::BadRequest_400);
  EXPECT_EQ(errorFields(noReason), std::vector<std::string>{"reason"});

  long long mark = api.lastSmsId();
  auto d = api.actOk(api.cadre(), id, PetitionAction::ReturnToEnterprise, body::reason("请补充道路位置和长度"));
  EXPECT_EQ(d.summary.state, PetitionState::ReturnedToEnterprise);
  EXPECT_EQ(clockOf(d, ClockKind::Review).onTime, true);
  EXPECT_FALSE(d.summary.deadline);  // the enterprise's own step has no clock
  EXPECT_EQ(lastEvent(d).note, "请补充道路位置和长度");
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.liaisonMobileOf(kXinyuan));
  EXPECT_EQ(sms[0].text, kSigned + "您在十堰亲清企业服务信息平台提交的诉求“" + kTitle + "”已被包联干部退回，请登录平台查看原因");

  d = api.detail(api.enterprise(), id);
  EXPECT_EQ(d.actions, (std::vector<PetitionAction>{PetitionAction::SaveDraft, PetitionAction::Submit,
                                                    PetitionAction::Withdraw}));
  // A returned petition takes more files again.
  auto file = server.client().Post("/api/petitions/" + std::to_string(id) + "/attachments?purpose=petition&name=a.pdf",
                                   bearer(api.enterprise()), qinqing::test::pdfSample(), "application/octet-stream");
  EXPECT_EQ(file->status, Status::Created_201) << file->body;

  // The next morning: a saved edit, then the submission with the final text.
  api.setTime(cst(2026, 3, 3, 9, 0));
  auto revised = sampleContent();
  revised.description += "道路位于东风大道北侧，长约200米。";
  d = api.actOk(api.enterprise(), id, PetitionAction::SaveDraft, body::content(revised));
  EXPECT_EQ(d.summary.state, PetitionState::ReturnedToEnterprise);
  EXPECT_EQ(d.content, revised);
  mark = api.lastSmsId();
  d = api.actOk(api.enterprise(), id, PetitionAction::Submit, body::content(revised));
  EXPECT_EQ(d.summary.state, PetitionState::PendingReview);
  EXPECT_EQ(d.summary.submittedAt, "2026-03-02T09:00:00+08:00");  // first submission kept
  ASSERT_EQ(d.versions.size(), 2u);
  EXPECT_EQ(d.versions[0].content, sampleContent());
  EXPECT_EQ(d.versions[1].kind, qinqing::domain::VersionKind::Submitted);
  EXPECT_EQ(d.versions[1].content, revised);
  EXPECT_EQ(clockOf(d, ClockKind::Review).dueDate, date("2026-03-04"));
  EXPECT_EQ(std::count_if(d.clocks.begin(), d.clocks.end(), [](auto& c) { return c.kind == ClockKind::Review; }), 2);
  sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("张明"));
  EXPECT_EQ(eventActions(d), (std::vector<std::string>{"create", "submit", "return_to_enterprise", "save_draft", "submit"}));
  EXPECT_EQ(api.actOk(api.cadre(), id, PetitionAction::Approve).summary.state, PetitionState::PendingDispatch);
}

TEST_F(PetitionBranchesApi, AReturnedOrWaitingPetitionMayBeWithdrawnAndStaysOnRecord) {
  const long long returned = api.submitNew().summary.id;
  api.actOk(api.cadre(), returned, PetitionAction::ReturnToEnterprise, body::reason("内容不完整"));
  auto d = api.actOk(api.enterprise(), returned, PetitionAction::Withdraw, body::note("问题已自行解决"));
  EXPECT_EQ(d.summary.state, PetitionState::Withdrawn);
  EXPECT_TRUE(d.actions.empty());
  auto again = api.act(api.enterprise(), returned, PetitionAction::Submit);
  EXPECT_EQ(again->status, Status::Conflict_409);
  EXPECT_EQ(errorCode(again), "invalid_transition");

  const long long waiting = api.submitNew(sampleContent("新增用工招聘需求", "用工")).summary.id;
  d = api.actOk(api.enterprise(), waiting, PetitionAction::Withdraw);
  EXPECT_EQ(d.summary.state, PetitionState::Withdrawn);
  EXPECT_TRUE(clockOf(d, ClockKind::Review).finishedAt);
  EXPECT_EQ(api.act(api.cadre(), waiting, PetitionAction::Approve)->status, Status::Conflict_409);

  // Both stay in 我的诉求 with their history, and in the cadre's 已处理诉求.
  auto mine = api.list(api.enterprise(), "petition_mine", "&state=withdrawn");
  EXPECT_EQ(mine.total, 2);
  EXPECT_EQ(api.list(api.cadre(), "petitions.handled", "&state=withdrawn").total, 2);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 2);
}

TEST_F(PetitionBranchesApi, AUnitReturnsItToTheDispatchersAndItIsRoutedToACountyInstead) {
  const long long id = api.submitNew().summary.id;
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  api.setTime(cst(2026, 3, 2, 15, 0));
  EXPECT_EQ(errorFields(api.act(api.unitAdmin(), id, PetitionAction::ReturnToDispatcher)),
            std::vector<std::string>{"reason"});

  long long mark = api.lastSmsId();
  auto returned = api.act(api.unitAdmin(), id, PetitionAction::ReturnToDispatcher,
                          body::reason("非本单位职责，道路接通属茅箭区管辖"));
  // The unit must hear that its return went through (it did: the dispatchers' view below).
  EXPECT_EQ(returned->status, Status::OK_200) << returned->body;
  EXPECT_TRUE(bodyJson(returned).value("left_scope", false));  // the unit no longer holds it
  auto d = api.detail(api.cityDispatcher(), id);
  EXPECT_EQ(d.summary.state, PetitionState::PendingDispatch);
  EXPECT_FALSE(d.summary.handler);
  EXPECT_EQ(clockOf(d, ClockKind::Sign).onTime, true);
  EXPECT_FALSE(clockOf(d, ClockKind::Dispatch).finishedAt);  // a new dispatch clock runs
  EXPECT_EQ(lastEvent(d).note, "非本单位职责，道路接通属茅箭区管辖");
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), kSigned +
                                         "十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司的诉求待分办"),
            dispatchers());
  EXPECT_EQ(api.list(api.cityDispatcher(), "petitions.dispatch").total, 1);
  EXPECT_EQ(api.list(api.unitAdmin(), "petitions.to_sign").total, 0);

  // Routed to 茅箭区 instead: its administrator gets the §12 notice and works like a unit.
  mark = api.lastSmsId();
  d = api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch,
                body::dispatchTo("county", api.regionId(kMaojian), "请茅箭区协调办理"));
  EXPECT_EQ(d.summary.state, PetitionState::PendingSign);
  ASSERT_TRUE(d.summary.handler);
  EXPECT_EQ(d.summary.handler->name, kMaojian);
  EXPECT_EQ(d.summary.handlerKind, qinqing::domain::HandlerKind::County);
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("茅箭区管理员"));
  EXPECT_EQ(sms[0].text, kSigned + "十堰亲清企业服务信息平台有一条新企业诉求待签收");
  EXPECT_EQ(api.list(api.countyAdmin(), "petitions.to_sign").total, 1);
  d = api.actOk(api.countyAdmin(), id, PetitionAction::Sign);
  EXPECT_EQ(d.summary.state, PetitionState::Handling);
  EXPECT_EQ(clockOf(d, ClockKind::Result).responsible, kMaojian);
  EXPECT_EQ(eventActions(d), (std::vector<std::string>{"create", "submit", "approve", "dispatch",
                                                       "return_to_dispatcher", "dispatch", "sign"}));
}

TEST_F(PetitionBranchesApi, AnExtensionIsApprovedWithANewDueDateAndALaterOneRefused) {
  const long long id = handling();  // signed Mon 03-02: the result is due 03-23
  ASSERT_EQ(clockOf(api.detail(api.unitAdmin(), id), ClockKind::Result).dueDate, date("2026-03-23"));
  api.setTime(cst(2026, 3, 10, 10, 0));
  auto weekend = api.act(api.unitAdmin(), id, PetitionAction::RequestExtension,
                         body::reason("施工需协调电力迁改", date("2026-03-28")));  // a Saturday
  EXPECT_EQ(weekend->status, Status::BadRequest_400);
  EXPECT_EQ(errorFields(weekend), std::vector<std::string>{"new_due_date"});
  EXPECT_EQ(errorFields(api.act(api.unitAdmin(), id, PetitionAction::RequestExtension,
                                body::reason("", date("2026-03-27")))),
            std::vector<std::string>{"reason"});

  long long mark = api.lastSmsId();
  auto d = api.actOk(api.unitAdmin(), id, PetitionAction::RequestExtension,
                     body::reason("施工需协调电力迁改", date("2026-03-27")));
  EXPECT_EQ(d.summary.state, PetitionState::Handling);
  ASSERT_EQ(d.extensions.size(), 1u);
  EXPECT_EQ(d.extensions[0].status, qinqing::domain::ExtensionStatus::Pending);
  EXPECT_EQ(d.extensions[0].requestedDueDate, date("2026-03-27"));
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark),
                                     kSigned + "十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司的诉求申请延期，请审批"),
            dispatchers());
  EXPECT_EQ(api.list(api.industryDispatcher(), "petitions.extensions").total, 1);
  auto twice = api.act(api.unitAdmin(), id, PetitionAction::RequestExtension,
                       body::reason("再次申请", date("2026-03-30")));
  EXPECT_EQ(twice->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(twice), "已有延期申请等待审批，请勿重复申请");
  EXPECT_EQ(errorFields(api.act(api.industryDispatcher(), id, PetitionAction::DecideExtension, body::decide(true))),
            std::vector<std::string>{"new_due_date"});

  // Approved: the running clock takes the new due date.
  mark = api.lastSmsId();
  d = api.actOk(api.industryDispatcher(), id, PetitionAction::DecideExtension,
                body::decide(true, "同意", date("2026-03-27")));
  EXPECT_EQ(d.extensions[0].status, qinqing::domain::ExtensionStatus::Approved);
  EXPECT_EQ(d.extensions[0].decidedDueDate, date("2026-03-27"));
  const auto result = clockOf(d, ClockKind::Result);
  EXPECT_EQ(result.dueDate, date("2026-03-27"));
  EXPECT_TRUE(result.extended);
  ASSERT_TRUE(d.summary.deadline);
  EXPECT_EQ(d.summary.deadline->dueDate, date("2026-03-27"));
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("十堰市经信局管理员"));
  EXPECT_EQ(sms[0].text, kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle + "”的延期申请已批准，请登录平台查看");
  EXPECT_EQ(api.list(api.industryDispatcher(), "petitions.extensions").total, 0);

  // A second request is refused: the due date stays.
  api.setTime(cst(2026, 3, 20, 10, 0));
  api.actOk(api.unitAdmin(), id, PetitionAction::RequestExtension, body::reason("仍需时间", date("2026-04-03")));
  EXPECT_EQ(errorFields(api.act(api.cityDispatcher(), id, PetitionAction::DecideExtension, body::decide(false))),
            std::vector<std::string>{"note"});
  mark = api.lastSmsId();
  d = api.actOk(api.cityDispatcher(), id, PetitionAction::DecideExtension, body::decide(false, "理由不充分"));
  ASSERT_EQ(d.extensions.size(), 2u);
  EXPECT_EQ(d.extensions[1].status, qinqing::domain::ExtensionStatus::Refused);
  EXPECT_EQ(d.extensions[1].decisionNote, "理由不充分");
  EXPECT_EQ(clockOf(d, ClockKind::Result).dueDate, date("2026-03-27"));
  EXPECT_EQ(PetitionApi::textOfFirst(api.smsAfter(mark)),
            kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle + "”的延期申请未获批准，请登录平台查看");

  // Once overdue, no more requests.
  api.setTime(cst(2026, 3, 30, 10, 0));
  auto late = api.act(api.unitAdmin(), id, PetitionAction::RequestExtension, body::reason("仍需时间", date("2026-04-10")));
  EXPECT_EQ(late->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(late), "办理已超期，不能再申请延期");
}

TEST_F(PetitionBranchesApi, ABadRatingSendsItBackForRectificationAndTheSecondRatingClosesIt) {
  const long long id = pendingRating();
  api.setTime(cst(2026, 3, 4, 10, 0));
  EXPECT_EQ(errorFields(api.act(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Dissatisfied))),
            std::vector<std::string>{"comment"});
  long long mark = api.lastSmsId();
  auto d = api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Dissatisfied, "道路仍未接通"));
  EXPECT_EQ(d.summary.state, PetitionState::Rectifying);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::None);
  EXPECT_EQ(clockOf(d, ClockKind::Rating).onTime, true);
  const auto rectification = clockOf(d, ClockKind::Rectification);
  EXPECT_EQ(rectification.workingDays, 15);
  EXPECT_EQ(rectification.dueDate, date("2026-03-25"));  // 15 weekdays after Wed 03-04
  EXPECT_EQ(rectification.responsible, kJingxinju);
  auto sms = api.smsAfter(mark);
  EXPECT_EQ(sms.size(), 2u);
  EXPECT_EQ(PetitionApi::mobilesWith(sms, kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle +
                                              "”企业评价为不满意，请在15个工作日内完成整改并提交结果"),
            Mobiles{api.mobileOf("十堰市经信局管理员")});
  EXPECT_EQ(PetitionApi::mobilesWith(sms, kSigned + std::string(kXinyuan) + "对诉求“" + kTitle +
                                              "”的办理结果评价为不满意，已转承办单位整改，请及时回访企业"),
            Mobiles{api.mobileOf("张明")});
  EXPECT_EQ(api.list(api.unitAdmin(), "petitions.submit_result").total, 1);

  // The cadre's return visit (回访).
  api.setTime(cst(2026, 3, 5, 16, 0));
  EXPECT_EQ(errorFields(api.act(api.cadre(), id, PetitionAction::RecordReturnVisit,
                                body::visit(date("2026-03-06"), "电话", "企业反映施工队已进场"))),
            std::vector<std::string>{"visited_on"});  // not in the future
  d = api.actOk(api.cadre(), id, PetitionAction::RecordReturnVisit,
                body::visit(date("2026-03-05"), "电话", "企业反映施工队已进场"));
  ASSERT_EQ(d.visits.size(), 1u);
  EXPECT_EQ(d.visits[0].method, "电话");
  EXPECT_EQ(d.visits[0].recordedBy, "张明");
  EXPECT_EQ(lastEvent(d).note, "2026-03-05 电话回访：企业反映施工队已进场");

  // The rectification result, then the second rating closes it.
  api.setTime(cst(2026, 3, 6, 10, 0));
  mark = api.lastSmsId();
  d = api.actOk(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result("道路已全线接通并完成验收。"));
  EXPECT_EQ(d.summary.state, PetitionState::PendingSecondRating);
  ASSERT_EQ(d.results.size(), 2u);
  EXPECT_EQ(d.results[1].round, 2);
  EXPECT_EQ(clockOf(d, ClockKind::Rectification).onTime, true);
  EXPECT_EQ(clockOf(d, ClockKind::SecondRating).dueDate, date("2026-03-13"));
  EXPECT_EQ(api.smsAfter(mark).size(), 2u);  // cadre and enterprise
  api.setTime(cst(2026, 3, 9, 10, 0));
  d = api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::BasicallySatisfied));
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::Satisfied);
  ASSERT_EQ(d.ratings.size(), 2u);
  EXPECT_EQ(d.ratings[1].round, 2);
  EXPECT_EQ(d.ratings[1].rating, Rating::BasicallySatisfied);
  EXPECT_EQ(clockOf(d, ClockKind::SecondRating).onTime, true);
}

TEST_F(PetitionBranchesApi, ASecondBadRatingClosesItUnsatisfiedAndTheUnitMayAppealWithinFiveWorkingDays) {
  const long long id = rectifying();
  api.setTime(cst(2026, 3, 6, 10, 0));
  api.actOk(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result("道路已全线接通并完成验收。"));
  api.setTime(cst(2026, 3, 9, 10, 0));
  long long mark = api.lastSmsId();
  auto d = api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::VeryDissatisfied, "仍有积水"));
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::Unsatisfied);
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("十堰市经信局管理员"));
  EXPECT_EQ(sms[0].text, kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle +
                             "”整改后企业评价仍为不满意，已销号；如认为评价不实，可在5个工作日内申诉");
  EXPECT_TRUE(hasAction(api.detail(api.unitAdmin(), id), PetitionAction::Appeal));

  // Appealed within the window; the city dispatch group (only it) is told and rejects it.
  api.setTime(cst(2026, 3, 16, 10, 0));  // the 5th working day after the close
  mark = api.lastSmsId();
  d = api.actOk(api.unitAdmin(), id, PetitionAction::Appeal, body::reason("积水系暴雨所致，与道路工程无关"));
  EXPECT_EQ(d.summary.state, PetitionState::Appealing);
  sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("双千分办员"));
  EXPECT_EQ(sms[0].text, kSigned + "十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司的诉求评价申诉待处理");
  d = api.actOk(api.cityDispatcher(), id, PetitionAction::DecideAppeal, body::decide(false, "评价属实"));
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::Unsatisfied);
  EXPECT_EQ(d.appeals.at(0).status, qinqing::domain::AppealStatus::Rejected);
  EXPECT_FALSE(d.ratings.at(1).setAside);
  auto again = api.act(api.unitAdmin(), id, PetitionAction::Appeal, body::reason("再次申诉"));
  EXPECT_EQ(again->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(again), "该评价已申诉过，不能重复申诉");
}

TEST_F(PetitionBranchesApi, AnAppealAfterFiveWorkingDaysIsRefused) {
  const long long id = rectifying();
  api.setTime(cst(2026, 3, 6, 10, 0));
  api.actOk(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result("道路已全线接通并完成验收。"));
  api.setTime(cst(2026, 3, 9, 10, 0));
  api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Dissatisfied, "仍有积水"));
  api.setTime(cst(2026, 3, 17, 10, 0));  // the 6th working day after the close
  auto late = api.act(api.unitAdmin(), id, PetitionAction::Appeal, body::reason("积水系暴雨所致"));
  EXPECT_EQ(late->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(late), "评价已超过申诉期限（5个工作日）");
}

TEST_F(PetitionBranchesApi, AnUpheldAppealSetsTheRatingAsideAndARejectedOneRestartsRectification) {
  const long long upheld = rectifying();
  api.setTime(cst(2026, 3, 5, 10, 0));
  EXPECT_EQ(errorFields(api.act(api.unitAdmin(), upheld, PetitionAction::Appeal)), std::vector<std::string>{"reason"});
  long long mark = api.lastSmsId();
  auto d = api.actOk(api.unitAdmin(), upheld, PetitionAction::Appeal, body::reason("道路已接通，企业评价与事实不符"));
  EXPECT_EQ(d.summary.state, PetitionState::Appealing);
  EXPECT_TRUE(clockOf(d, ClockKind::Rectification).finishedAt);
  EXPECT_EQ(clockOf(d, ClockKind::AppealDecision).workingDays, 0);
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), kSigned +
                                         "十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司的诉求评价申诉待处理"),
            Mobiles{api.mobileOf("双千分办员")});
  EXPECT_EQ(api.list(api.cityDispatcher(), "petitions.appeals").total, 1);
  EXPECT_EQ(api.get(api.industryDispatcher(), "/api/petitions?box=petitions.appeals")->status, Status::Forbidden_403);
  EXPECT_EQ(api.act(api.industryDispatcher(), upheld, PetitionAction::DecideAppeal, body::decide(true, "成立"))->status,
            Status::Forbidden_403);
  EXPECT_EQ(errorFields(api.act(api.cityDispatcher(), upheld, PetitionAction::DecideAppeal, body::decide(true))),
            std::vector<std::string>{"note"});

  mark = api.lastSmsId();
  d = api.actOk(api.cityDispatcher(), upheld, PetitionAction::DecideAppeal, body::decide(true, "经核实道路已接通"));
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::AppealUpheld);
  ASSERT_EQ(d.ratings.size(), 1u);
  EXPECT_TRUE(d.ratings[0].setAside);
  EXPECT_EQ(d.appeals.at(0).status, qinqing::domain::AppealStatus::Upheld);
  const std::string decided = kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle + "”的评价申诉成立，请登录平台查看";
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), decided),
            (Mobiles{api.mobileOf("十堰市经信局管理员"), api.liaisonMobileOf(kXinyuan)}));

  // Rejected in the first round: rectification starts again with a full clock, and the same
  // rating cannot be appealed twice.
  api.setTime(cst(2026, 3, 9, 9, 0));
  const long long second = handling();
  api.setTime(cst(2026, 3, 10, 10, 0));
  api.actOk(api.unitAdmin(), second, PetitionAction::SubmitResult, body::result("已协调市政部门完成道路连通施工。"));
  api.actOk(api.enterprise(), second, PetitionAction::Rate, body::rating(Rating::VeryDissatisfied, "未解决"));
  api.actOk(api.unitAdmin(), second, PetitionAction::Appeal, body::reason("企业评价与事实不符"));
  api.setTime(cst(2026, 3, 11, 10, 0));
  mark = api.lastSmsId();
  d = api.actOk(api.cityDispatcher(), second, PetitionAction::DecideAppeal, body::decide(false, "企业反映情况属实"));
  EXPECT_EQ(d.summary.state, PetitionState::Rectifying);
  EXPECT_EQ(d.appeals.at(0).status, qinqing::domain::AppealStatus::Rejected);
  const auto restarted = clockOf(d, ClockKind::Rectification);
  EXPECT_EQ(restarted.startedAt, "2026-03-11T10:00:00+08:00");
  EXPECT_EQ(restarted.dueDate, date("2026-04-01"));  // 15 weekdays after Wed 03-11
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), kSigned + "十堰亲清企业服务信息平台诉求“" + kTitle +
                                                             "”的评价申诉不成立，请登录平台查看"),
            Mobiles{api.mobileOf("十堰市经信局管理员")});
  auto twice = api.act(api.unitAdmin(), second, PetitionAction::Appeal, body::reason("再次申诉"));
  EXPECT_EQ(twice->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(twice), "该评价已申诉过，不能重复申诉");
}

TEST_F(PetitionBranchesApi, NoRatingWithinFiveWorkingDaysClosesItAsUnratedNeverSatisfied) {
  const long long id = pendingRating();  // rating due Tue 03-10
  api.setTime(cst(2026, 3, 10, 9, 0));
  api.runReminderJob();
  auto d = api.detail(api.enterprise(), id);
  EXPECT_EQ(d.summary.state, PetitionState::PendingRating);  // the due day itself still counts
  // The enterprise is reminded through the day's digest (issue 11), not by a text per clock.
  EXPECT_EQ(api.scalar("SELECT count FROM reminder_items WHERE day = '2026-03-10' AND kind = 'due_today_petitions' "
                       "AND mobile = '" + api.liaisonMobileOf(kXinyuan) + "'"),
            1);

  api.setTime(cst(2026, 3, 11, 9, 0));
  api.runReminderJob();
  d = api.detail(api.enterprise(), id);
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::Unrated);
  EXPECT_NE(d.summary.outcome, PetitionOutcome::Satisfied);
  EXPECT_TRUE(d.ratings.empty());
  const auto rating = clockOf(d, ClockKind::Rating);
  EXPECT_EQ(rating.finishedAt, "2026-03-11T09:00:00+08:00");
  EXPECT_EQ(rating.onTime, false);
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(lastEvent(d).action, "expire_rating");
  EXPECT_EQ(lastEvent(d).actor, "系统");
  EXPECT_EQ(lastEvent(d).note, "5个工作日内未评价，按未评价销号");
  EXPECT_TRUE(d.actions.empty());
  EXPECT_EQ(api.act(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Satisfied))->status,
            Status::Conflict_409);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions WHERE outcome = 'satisfied'"), 0);
}

TEST_F(PetitionBranchesApi, UrgeWorksOnlyOnAYellowOrRedStepAndOncePerWorkingDay) {
  const long long id = api.submitNew().summary.id;  // review due Tue 03-03
  api.setTime(cst(2026, 3, 2, 10, 0));
  auto early = api.act(api.enterprise(), id, PetitionAction::Urge);
  EXPECT_EQ(early->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(early), "诉求尚未到期，到期当日或超期后才能催办");

  api.setTime(cst(2026, 3, 3, 9, 0));
  auto d = api.detail(api.enterprise(), id);
  ASSERT_TRUE(d.summary.deadline);
  EXPECT_EQ(deadlineText(d), "今日到期");
  EXPECT_TRUE(hasAction(d, PetitionAction::Urge));
  long long mark = api.lastSmsId();
  d = api.actOk(api.enterprise(), id, PetitionAction::Urge);
  const std::string urged = kSigned + std::string(kXinyuan) + "在十堰亲清企业服务信息平台催办其诉求，请尽快处理";
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("张明"));
  EXPECT_EQ(sms[0].text, urged);
  EXPECT_EQ(lastEvent(d).action, "urge");
  EXPECT_FALSE(hasAction(d, PetitionAction::Urge));

  api.setTime(cst(2026, 3, 3, 17, 0));
  mark = api.lastSmsId();
  auto twice = api.act(api.enterprise(), id, PetitionAction::Urge);
  EXPECT_EQ(twice->status, Status::Conflict_409);
  EXPECT_EQ(errorMessage(twice), "今天已经催办过，每个工作日只能催办一次");
  EXPECT_TRUE(api.smsAfter(mark).empty());

  api.setTime(cst(2026, 3, 4, 9, 0));  // red: overdue by one working day
  EXPECT_EQ(deadlineText(api.detail(api.enterprise(), id)), "已逾期1个工作日");
  mark = api.lastSmsId();
  api.actOk(api.enterprise(), id, PetitionAction::Urge);
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), urged), Mobiles{api.mobileOf("张明")});

  // 待分办 has no limit by default: nothing to urge.
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  EXPECT_EQ(api.act(api.enterprise(), id, PetitionAction::Urge)->status, Status::Conflict_409);
}

TEST_F(PetitionBranchesApi, UrgeIsNotForAStepThatWaitsOnTheEnterpriseItself) {
  const long long id = pendingRating();  // rating due Tue 03-10: the enterprise's own step
  api.setTime(cst(2026, 3, 10, 10, 0));
  const long long mark = api.lastSmsId();
  EXPECT_FALSE(hasAction(api.detail(api.enterprise(), id), PetitionAction::Urge));
  EXPECT_EQ(api.act(api.enterprise(), id, PetitionAction::Urge)->status, Status::Conflict_409);
  EXPECT_TRUE(api.smsAfter(mark).empty());  // the unit is not told the enterprise urged itself
}

TEST_F(PetitionBranchesApi, DispatchersSuperviseAnyOpenPetition) {
  const long long id = api.submitNew().summary.id;
  const std::string supervised = kSigned + "十堰亲清企业服务信息平台上十堰市鑫源汽车零部件有限公司的诉求被督办，请尽快处理";
  long long mark = api.lastSmsId();
  auto d = api.actOk(api.cityDispatcher(), id, PetitionAction::Supervise, body::note("请尽快审核"));
  EXPECT_EQ(d.summary.state, PetitionState::PendingReview);
  EXPECT_EQ(lastEvent(d).action, "supervise");
  EXPECT_EQ(lastEvent(d).note, "请尽快审核");
  d = api.actOk(api.industryDispatcher(), id, PetitionAction::Supervise, body::note("行业组跟进"));
  EXPECT_EQ(lastEvent(d).actor, "经信组分办员");
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), supervised), (Mobiles{api.mobileOf("张明"), api.mobileOf("张明")}));

  // Others may not; another group's dispatcher does not even see it.
  EXPECT_EQ(api.act(api.token(Role::IndustryDispatcher, "住建组分办员"), id, PetitionAction::Supervise)->status,
            Status::NotFound_404);
  EXPECT_EQ(api.act(api.enterprise(), id, PetitionAction::Supervise)->status, Status::Forbidden_403);
  EXPECT_EQ(api.act(api.cadre(), id, PetitionAction::Supervise)->status, Status::Forbidden_403);
  // §23: the inspector only reads; its 督办 is refused and writes no event and no text.
  const auto before = api.detail(api.cityDispatcher(), id).events.size();
  EXPECT_EQ(api.act(api.inspector(), id, PetitionAction::Supervise)->status, Status::Forbidden_403);
  EXPECT_EQ(api.detail(api.cityDispatcher(), id).events.size(), before);
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), supervised).size(), 2u);

  // While the unit holds it, the unit is told.
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  mark = api.lastSmsId();
  api.actOk(api.cityDispatcher(), id, PetitionAction::Supervise);
  EXPECT_EQ(PetitionApi::mobilesWith(api.smsAfter(mark), supervised), Mobiles{api.mobileOf("十堰市经信局管理员")});

  // A withdrawn petition is no longer open.
  const long long withdrawn = api.submitNew(sampleContent("新增用工招聘需求", "用工")).summary.id;
  api.actOk(api.enterprise(), withdrawn, PetitionAction::Withdraw);
  api.detail(api.cityDispatcher(), withdrawn);
  EXPECT_EQ(api.act(api.cityDispatcher(), withdrawn, PetitionAction::Supervise)->status, Status::Conflict_409);
}
