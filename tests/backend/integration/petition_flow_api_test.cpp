// The petition's main path over HTTP (issue 5 "The flow"; notice §4, §12, §14): 企业 submits →
// 包联干部 approves after editing (both versions kept) → 城区行业分办员 routes it to 十堰市经信局 →
// the unit signs (late) → submits its result → the enterprise rates 满意 → 已销号, satisfied. Each
// step is checked for its clocks (due date, on time or late), the SMS rows written with it, and
// the timeline every party reads. The server runs on a FakeClock from Monday 2026-03-02 09:00 CST;
// March 2026 has no public holiday, so due dates are plain weekday counts.
#include <gtest/gtest.h>

#include "petition_test_support.hpp"
#include "qinqing/petition/petition_contact.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::ClockKind;
using qinqing::domain::PetitionAction;
using qinqing::domain::PetitionOutcome;
using qinqing::domain::PetitionState;
using qinqing::domain::Rating;
using qinqing::domain::Role;

namespace {

class PetitionFlowApi : public ::testing::Test {
protected:
  FakeClock clock{cst(2026, 3, 2, 9, 0)};
  TestServer server{TestServer::Options{.clock = clock}};
  PetitionApi api{server, &clock};
};

const std::string kReviewSms =
    "【十堰市双千办】十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司提交的新诉求请您审核";  // §4
const std::string kSignSms = "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收";  // §12

}  // namespace

TEST_F(PetitionFlowApi, SubmitApproveDispatchSignResultAndASatisfiedRatingCloseIt) {
  const auto original = sampleContent();
  auto edited = original;
  edited.title = "鑫源公司新厂房门前道路接通协调";
  edited.description = "新建厂房门前约200米道路未与东风大道连通，货车无法进出，请协调市政部门尽快接通。";

  // 1. 企业 发布诉求 and submits: the review clock (1 working day) and the §4 SMS to 张明.
  long long mark = api.lastSmsId();
  auto d = api.submitNew(original);
  const long long id = d.summary.id;
  ASSERT_GT(id, 0);
  EXPECT_EQ(d.summary.state, PetitionState::PendingReview);
  EXPECT_EQ(d.summary.number.rfind("SQ20260302", 0), 0u) << d.summary.number;
  EXPECT_EQ(d.summary.enterprise.name, kXinyuan);
  ASSERT_TRUE(d.summary.cadre);
  EXPECT_EQ(d.summary.cadre->name, "张明");
  EXPECT_EQ(d.summary.submittedAt, "2026-03-02T09:00:00+08:00");
  ASSERT_EQ(d.clocks.size(), 1u);
  EXPECT_EQ(d.clocks[0].kind, ClockKind::Review);
  EXPECT_EQ(d.clocks[0].workingDays, 1);
  EXPECT_EQ(d.clocks[0].dueDate, date("2026-03-03"));
  EXPECT_EQ(d.clocks[0].dueAt, "2026-03-03T23:59:59+08:00");
  EXPECT_EQ(d.clocks[0].responsible, "张明");
  EXPECT_FALSE(d.clocks[0].finishedAt);
  ASSERT_TRUE(d.summary.deadline);
  EXPECT_EQ(deadlineText(d), "剩余1个工作日");
  auto sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("张明"));
  EXPECT_EQ(sms[0].text, kReviewSms);
  EXPECT_EQ(sms[0].createdAt, cst(2026, 3, 2, 9, 0));

  // 2. 张明 edits the text and approves it (11:00): both versions stay, the edit is in force.
  api.setTime(cst(2026, 3, 2, 11, 0));
  mark = api.lastSmsId();
  d = api.actOk(api.cadre(), id, PetitionAction::Approve, body::content(edited));
  EXPECT_EQ(d.summary.state, PetitionState::PendingDispatch);
  // The cadre sees the contact's mobile masked (petition_contact.hpp), in force and in every version.
  EXPECT_EQ(d.content, qinqing::domain::contentAsSeenBy(edited, qinqing::domain::Role::Cadre));
  ASSERT_EQ(d.versions.size(), 2u);
  EXPECT_EQ(d.versions[0].kind, qinqing::domain::VersionKind::Submitted);
  EXPECT_EQ(d.versions[0].content, qinqing::domain::contentAsSeenBy(original, qinqing::domain::Role::Cadre));
  EXPECT_EQ(d.versions[0].author, kXinyuan);
  EXPECT_EQ(d.versions[1].kind, qinqing::domain::VersionKind::CadreEdit);
  EXPECT_EQ(d.versions[1].content, qinqing::domain::contentAsSeenBy(edited, qinqing::domain::Role::Cadre));
  EXPECT_EQ(d.versions[1].author, "张明");
  EXPECT_EQ(d.versions[1].at, "2026-03-02T11:00:00+08:00");
  const auto review = clockOf(d, ClockKind::Review);
  EXPECT_EQ(review.finishedAt, "2026-03-02T11:00:00+08:00");
  EXPECT_EQ(review.onTime, true);
  const auto dispatch = clockOf(d, ClockKind::Dispatch);
  EXPECT_EQ(dispatch.workingDays, 0);  // the notice sets no limit for dispatching
  EXPECT_FALSE(dispatch.dueDate);
  EXPECT_EQ(dispatch.responsible, "双千分办组");
  sms = api.smsAfter(mark);
  const std::string toDispatch = "【十堰市双千办】十堰亲清企业服务信息平台有一条十堰市鑫源汽车零部件有限公司的诉求待分办";
  EXPECT_EQ(sms.size(), 2u);
  EXPECT_EQ(PetitionApi::mobilesWith(sms, toDispatch),
            (std::multiset<std::string>{api.mobileOf("双千分办员"), api.mobileOf("经信组分办员")}));
  // The enterprise sees its original and the cadre's edit too.
  EXPECT_EQ(api.detail(api.enterprise(), id).versions.size(), 2u);

  // 3. 经信组分办员 routes it to 十堰市经信局 (Tue 10:00): the §12 SMS to the unit's administrator.
  api.setTime(cst(2026, 3, 3, 10, 0));
  mark = api.lastSmsId();
  d = api.actOk(api.industryDispatcher(), id, PetitionAction::Dispatch,
                body::dispatchTo("unit", api.unitId(kJingxinju), "请按职责办理"));
  EXPECT_EQ(d.summary.state, PetitionState::PendingSign);
  ASSERT_TRUE(d.summary.handler);
  EXPECT_EQ(d.summary.handler->name, kJingxinju);
  EXPECT_EQ(d.summary.handlerKind, qinqing::domain::HandlerKind::Unit);
  EXPECT_EQ(clockOf(d, ClockKind::Dispatch).finishedAt, "2026-03-03T10:00:00+08:00");
  EXPECT_FALSE(clockOf(d, ClockKind::Dispatch).onTime);  // measured, not judged
  const auto sign = clockOf(d, ClockKind::Sign);
  EXPECT_EQ(sign.dueDate, date("2026-03-04"));
  EXPECT_EQ(sign.responsible, kJingxinju);
  sms = api.smsAfter(mark);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, api.mobileOf("十堰市经信局管理员"));
  EXPECT_EQ(sms[0].text, kSignSms);
  EXPECT_EQ(sms[0].createdAt, cst(2026, 3, 3, 10, 0));

  // 4. The unit signs on Thursday, a day after its due date: recorded as late.
  api.setTime(cst(2026, 3, 5, 9, 30));
  mark = api.lastSmsId();
  d = api.actOk(api.unitAdmin(), id, PetitionAction::Sign);
  EXPECT_EQ(d.summary.state, PetitionState::Handling);
  EXPECT_EQ(clockOf(d, ClockKind::Sign).onTime, false);
  const auto result = clockOf(d, ClockKind::Result);
  EXPECT_EQ(result.workingDays, 15);
  EXPECT_EQ(result.dueDate, date("2026-03-26"));  // 15 weekdays after Thu 03-05
  EXPECT_TRUE(api.smsAfter(mark).empty());

  // 5. The result (Tue 03-10 16:00): the cadre and the enterprise are told; the rating clock starts.
  api.setTime(cst(2026, 3, 10, 16, 0));
  mark = api.lastSmsId();
  const std::string resultText = "已协调市政部门完成道路连通施工，货车已可正常进出厂区。";
  d = api.actOk(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result(resultText));
  EXPECT_EQ(d.summary.state, PetitionState::PendingRating);
  ASSERT_EQ(d.results.size(), 1u);
  EXPECT_EQ(d.results[0].round, 1);
  EXPECT_EQ(d.results[0].text, resultText);
  EXPECT_EQ(d.results[0].submittedBy, "十堰市经信局管理员");
  EXPECT_EQ(clockOf(d, ClockKind::Result).onTime, true);
  const auto rating = clockOf(d, ClockKind::Rating);
  EXPECT_EQ(rating.workingDays, 5);
  EXPECT_EQ(rating.dueDate, date("2026-03-17"));
  EXPECT_EQ(rating.responsible, kXinyuan);
  sms = api.smsAfter(mark);
  EXPECT_EQ(sms.size(), 2u);
  EXPECT_EQ(PetitionApi::mobilesWith(sms, "【十堰市双千办】十堰亲清企业服务信息平台上十堰市鑫源汽车零部件有限公司的诉求“" +
                                              edited.title + "”已提交办理结果，请督促企业及时评价"),
            std::multiset<std::string>{api.mobileOf("张明")});
  EXPECT_EQ(PetitionApi::mobilesWith(sms, "【十堰市双千办】您在十堰亲清企业服务信息平台提交的诉求“" + edited.title +
                                              "”已办结，请在5个工作日内登录平台对办理结果进行评价"),
            std::multiset<std::string>{api.liaisonMobileOf(kXinyuan)});

  // 6. 满意 (Wed 03-11): 已销号, counted as satisfied; no clock runs any more.
  api.setTime(cst(2026, 3, 11, 10, 0));
  mark = api.lastSmsId();
  d = api.actOk(api.enterprise(), id, PetitionAction::Rate, body::rating(Rating::Satisfied, "问题已解决，感谢"));
  EXPECT_EQ(d.summary.state, PetitionState::Closed);
  EXPECT_EQ(d.summary.outcome, PetitionOutcome::Satisfied);
  ASSERT_EQ(d.ratings.size(), 1u);
  EXPECT_EQ(d.ratings[0].rating, Rating::Satisfied);
  EXPECT_EQ(d.ratings[0].comment, "问题已解决，感谢");
  EXPECT_FALSE(d.ratings[0].setAside);
  EXPECT_EQ(clockOf(d, ClockKind::Rating).onTime, true);
  EXPECT_FALSE(d.summary.deadline);
  EXPECT_TRUE(d.actions.empty());
  EXPECT_TRUE(api.smsAfter(mark).empty());
  for (const auto& c : d.clocks) EXPECT_TRUE(c.finishedAt) << qinqing::domain::clockKindKey(c.kind);

  // The timeline: who did what, when, from which state to which.
  using Step = std::tuple<std::string, std::string, std::string, PetitionState, PetitionState, std::string>;
  const std::vector<Step> expected = {
      {"create", kXinyuan, "企业", PetitionState::Draft, PetitionState::Draft, "2026-03-02T09:00:00+08:00"},
      {"submit", kXinyuan, "企业", PetitionState::Draft, PetitionState::PendingReview, "2026-03-02T09:00:00+08:00"},
      {"approve", "张明", "包联干部", PetitionState::PendingReview, PetitionState::PendingDispatch,
       "2026-03-02T11:00:00+08:00"},
      {"dispatch", "经信组分办员", "城区行业分办员", PetitionState::PendingDispatch, PetitionState::PendingSign,
       "2026-03-03T10:00:00+08:00"},
      {"sign", "十堰市经信局管理员", "单位管理员", PetitionState::PendingSign, PetitionState::Handling,
       "2026-03-05T09:30:00+08:00"},
      {"submit_result", "十堰市经信局管理员", "单位管理员", PetitionState::Handling, PetitionState::PendingRating,
       "2026-03-10T16:00:00+08:00"},
      {"rate", kXinyuan, "企业", PetitionState::PendingRating, PetitionState::Closed, "2026-03-11T10:00:00+08:00"},
  };
  ASSERT_EQ(d.events.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& [action, actor, role, from, to, at] = expected[i];
    SCOPED_TRACE(action);
    EXPECT_EQ(d.events[i].action, action);
    EXPECT_EQ(d.events[i].actor, actor);
    EXPECT_EQ(d.events[i].actorRole, role);
    EXPECT_EQ(d.events[i].from, from);
    EXPECT_EQ(d.events[i].to, to);
    EXPECT_EQ(d.events[i].at, at);
    EXPECT_FALSE(d.events[i].actionLabel.empty());
  }
  EXPECT_EQ(d.events[2].note, "审核通过（包联干部修改了诉求内容）");
  EXPECT_EQ(d.events[3].note, "分办至 十堰市经信局：请按职责办理");
  EXPECT_EQ(d.events[5].note, resultText);
  EXPECT_EQ(d.events[6].note, "满意：问题已解决，感谢");

  // Every party reads the same progress; the staff see the enterprise's versions with the mobile masked.
  auto staffVersions = api.detail(api.enterprise(), id).versions;
  for (auto& v : staffVersions) v.content = qinqing::domain::contentAsSeenBy(v.content, qinqing::domain::Role::Cadre);
  for (const auto& token : {api.cadre(), api.unitAdmin(), api.industryDispatcher(), api.cityDispatcher(), api.inspector()}) {
    const auto seen = api.detail(token, id);
    EXPECT_EQ(seen.events, d.events);
    EXPECT_EQ(seen.clocks, d.clocks);
    EXPECT_EQ(seen.versions, staffVersions);
  }
  // And it sits in 已处理诉求 of the cadre and of the unit, and in the enterprise's 我的诉求.
  auto inBox = [&](const std::string& token, const std::string& box) {
    for (const auto& s : api.list(token, box).items) {
      if (s.id == id) return true;
    }
    return false;
  };
  EXPECT_TRUE(inBox(api.cadre(), "petitions.handled"));
  EXPECT_TRUE(inBox(api.unitAdmin(), "petitions.handled"));
  EXPECT_TRUE(inBox(api.enterprise(), "petition_mine"));
  EXPECT_TRUE(inBox(api.industryDispatcher(), "petitions.dispatched"));
  EXPECT_FALSE(inBox(api.unitAdmin(), "petitions.submit_result"));

  // Each step is audited with the state it led to.
  EXPECT_EQ(api.scalar("SELECT count(*) FROM audit_log WHERE action = 'petition.created' AND object_id = '" +
                       std::to_string(id) + "'"),
            1);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM audit_log WHERE action = 'petition.acted' AND object_id = '" +
                       std::to_string(id) + "'"),
            5);  // approve, dispatch, sign, submit_result, rate (the submission is part of 发布诉求)
}

TEST_F(PetitionFlowApi, EachRoleIsOfferedOnlyTheActionsItCanTakeNow) {
  const long long id = api.submitNew().summary.id;
  EXPECT_EQ(api.detail(api.cadre(), id).actions,
            (std::vector<PetitionAction>{PetitionAction::Approve, PetitionAction::ReturnToEnterprise}));
  EXPECT_EQ(api.detail(api.enterprise(), id).actions, std::vector<PetitionAction>{PetitionAction::Withdraw});
  EXPECT_EQ(api.detail(api.cityDispatcher(), id).actions, std::vector<PetitionAction>{PetitionAction::Supervise});
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  EXPECT_EQ(api.detail(api.industryDispatcher(), id).actions,
            (std::vector<PetitionAction>{PetitionAction::Dispatch, PetitionAction::Supervise}));
  EXPECT_TRUE(api.detail(api.inspector(), id).actions.empty());  // §23: the inspector only reads
  EXPECT_TRUE(api.detail(api.cadre(), id).actions.empty());
  api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  EXPECT_EQ(api.detail(api.unitAdmin(), id).actions,
            (std::vector<PetitionAction>{PetitionAction::Sign, PetitionAction::ReturnToDispatcher}));
}
