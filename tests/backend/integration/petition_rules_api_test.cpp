// The rules the petition server holds to (issue 5 "Rules the server holds to", "Clocks, reminders
// and escalation"): stale views and retried submissions, field errors, scope and role refusals,
// the menus' lists, clocks across 国庆 2026 and a 调休 weekend, the dispatch-limit setting, a
// calendar change moving a running clock, the reminder job, the 分办单 and "nothing is deleted".
// Expected due dates are counted by hand from the State Council calendar (assets/calendar), which
// the holiday test checks first; the server's own engine is never asked for them.
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

#include <fstream>
#include <thread>
#include <tuple>

#include "../shared/file_samples.hpp"
#include "petition_test_support.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::ClockKind;
using qinqing::domain::PetitionAction;
using qinqing::domain::PetitionState;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using Strings = std::set<std::string>;

namespace {

// A server on a FakeClock (Monday 2026-03-02 09:00 CST unless told) and the parties' API.
struct World {
  explicit World(long long start = cst(2026, 3, 2, 9, 0))
      : clock(start), server(TestServer::Options{.clock = clock}), api(server, &clock) {}
  FakeClock clock;
  TestServer server;
  PetitionApi api;
};

Strings fieldSet(const httplib::Result& res) {
  const auto fields = errorFields(res);
  return {fields.begin(), fields.end()};
}

std::vector<long long> ids(const qinqing::domain::Page<qinqing::domain::PetitionSummary>& page) {
  std::vector<long long> out;
  for (const auto& s : page.items) out.push_back(s.id);
  return out;
}


}  // namespace

TEST(PetitionRulesApi, AStaleRevisionIsAConflictAndNeverADoubleTransition) {
  World w;
  auto& api = w.api;
  const auto submitted = api.submitNew();
  const long long id = submitted.summary.id;
  const std::string path = "/api/petitions/" + std::to_string(id) + "/actions/approve";
  qinqing::domain::PetitionActionRequest approve;
  approve.revision = submitted.summary.revision;
  const std::string body = qinqing::wire::petitionActionRequestToJson(approve).dump();
  const std::string cadre = api.cadre();
  const long long mark = api.lastSmsId();

  // Two clicks on 审核通过 at once, from the same view.
  std::vector<int> statuses(2);
  std::vector<std::thread> clicks;
  for (int i = 0; i < 2; ++i) {
    clicks.emplace_back([&, i] {
      auto res = w.server.client().Post(path, bearer(cadre), body, "application/json");
      statuses[i] = res ? res->status : 0;
    });
  }
  for (auto& t : clicks) t.join();
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<int>{Status::OK_200, Status::Conflict_409}));
  auto d = api.detail(api.cityDispatcher(), id);
  EXPECT_EQ(d.summary.state, PetitionState::PendingDispatch);
  EXPECT_EQ(std::count_if(d.events.begin(), d.events.end(), [](const auto& e) { return e.action == "approve"; }), 1);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petition_events WHERE action = 'approve'"), 1);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petition_clocks WHERE kind = 'dispatch'"), 1);
  EXPECT_EQ(api.smsAfter(mark).size(), 2u);  // the dispatchers were told once

  // A later action on the old view is refused the same way and changes nothing.
  auto stale = api.act(api.enterprise(), id, PetitionAction::Withdraw,
                       [&] { auto r = body::none(); r.revision = submitted.summary.revision; return r; }());
  EXPECT_EQ(stale->status, Status::Conflict_409);
  EXPECT_EQ(errorCode(stale), "conflict");
  EXPECT_EQ(errorMessage(stale), "该诉求已被他人处理或已更新，请刷新后查看最新状态");
  EXPECT_EQ(api.detail(api.cityDispatcher(), id).summary.revision, d.summary.revision);
}

TEST(PetitionRulesApi, TheSameClientRequestIdSubmittedTwiceMakesOnePetition) {
  World w;
  auto& api = w.api;
  const long long mark = api.lastSmsId();
  const auto request = qinqing::wire::newPetitionToJson({sampleContent(), true, "retry-3f9a2c71"}).dump();
  const std::string enterprise = api.enterprise();
  std::vector<long long> created(3);
  std::vector<int> statuses(3);
  std::vector<std::thread> retries;
  for (int i = 0; i < 3; ++i) {
    retries.emplace_back([&, i] {
      auto res = w.server.client().Post("/api/petitions", bearer(enterprise), request, "application/json");
      statuses[i] = res ? res->status : 0;
      created[i] = bodyJson(res).value("id", 0LL);
    });
  }
  for (auto& t : retries) t.join();
  EXPECT_EQ(statuses, (std::vector<int>{201, 201, 201}));
  EXPECT_GT(created[0], 0);
  EXPECT_EQ(created[1], created[0]);
  EXPECT_EQ(created[2], created[0]);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 1);
  EXPECT_EQ(api.smsAfter(mark).size(), 1u);  // the cadre hears of it once
  // The id is the enterprise's own: another enterprise's request with it is another petition.
  auto theirs = api.create(api.token(Role::Enterprise, api.anotherEnterprise()), sampleContent(), false, "retry-3f9a2c71");
  EXPECT_EQ(theirs->status, Status::Created_201) << theirs->body;
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 2);
}

// Issue 14: a reused client request id with another body was answered 201 with the first
// petition, so the second content was silently dropped. It is refused with 422 and nothing changes.
TEST(PetitionRulesApi, AClientRequestIdReusedWithAnotherBodyIsRefused) {
  World w;
  auto& api = w.api;
  const std::string enterprise = api.enterprise();
  auto first = api.create(enterprise, sampleContent(), false, "reuse-5c1d8e20");
  ASSERT_EQ(first->status, Status::Created_201) << first->body;
  const long long id = bodyJson(first)["id"].get<long long>();
  const long long mark = api.lastSmsId();

  auto other = api.create(enterprise, sampleContent("新增用工招聘需求", "用工"), true, "reuse-5c1d8e20");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 422) << other->body;
  EXPECT_EQ(errorCode(other), "request_id_reused");
  EXPECT_EQ(errorMessage(other), "该提交编号已用于另一份内容，请刷新页面后重新提交");
  // Only submitting the same draft differs too: it is another request.
  EXPECT_EQ(api.create(enterprise, sampleContent(), true, "reuse-5c1d8e20")->status, 422);

  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 1);
  const auto kept = api.detail(enterprise, id);
  EXPECT_EQ(kept.summary.state, PetitionState::Draft);
  EXPECT_EQ(kept.content, sampleContent());
  EXPECT_TRUE(api.smsAfter(mark).empty());
  // The very same body again is a retry: the petition it made.
  auto retry = api.create(enterprise, sampleContent(), false, "reuse-5c1d8e20");
  EXPECT_EQ(retry->status, Status::Created_201);
  EXPECT_EQ(bodyJson(retry)["id"], id);
}

TEST(PetitionRulesApi, BadInputIs400NamingEveryField) {
  World w;
  auto& api = w.api;
  const auto enterprise = api.enterprise();
  auto empty = api.create(enterprise, {}, true);
  EXPECT_EQ(empty->status, Status::BadRequest_400);
  EXPECT_EQ(errorCode(empty), "invalid_input");
  EXPECT_EQ(fieldSet(empty), (Strings{"title", "category", "description", "contact_name", "contact_mobile"}));
  auto content = sampleContent(std::string(61, 'x'), "其它类");
  content.contactMobile = "12345";
  EXPECT_EQ(fieldSet(api.create(enterprise, content, true)), (Strings{"title", "category", "contact_mobile"}));
  content = sampleContent();
  content.description = "太短了";
  EXPECT_EQ(fieldSet(api.create(enterprise, content, true)), Strings{"description"});
  // A draft may be incomplete, but what is filled in must be well-formed.
  EXPECT_EQ(api.create(enterprise, {}, false)->status, Status::Created_201);
  EXPECT_EQ(fieldSet(api.create(enterprise, {"", "", "", "", "12345"}, false)), Strings{"contact_mobile"});
  EXPECT_EQ(fieldSet(api.create(enterprise, sampleContent(), true, "bad id")), Strings{"client_request_id"});
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 1);  // only the empty draft

  const long long id = api.submitNew().summary.id;
  auto noRevision = api.post(api.cadre(), "/api/petitions/" + std::to_string(id) + "/actions/approve",
                             nlohmann::json::object());
  EXPECT_EQ(fieldSet(noRevision), Strings{"revision"});
  EXPECT_EQ(w.server.client()
                .Post("/api/petitions/" + std::to_string(id) + "/actions/approve", bearer(api.cadre()), "{revision",
                      "application/json")
                ->status,
            Status::BadRequest_400);
  auto badEdit = sampleContent();
  badEdit.title.clear();
  EXPECT_EQ(fieldSet(api.act(api.cadre(), id, PetitionAction::Approve, body::content(badEdit))), Strings{"title"});
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  const auto dispatcher = api.cityDispatcher();
  EXPECT_EQ(fieldSet(api.act(dispatcher, id, PetitionAction::Dispatch)), Strings{"handler_kind"});
  EXPECT_EQ(fieldSet(api.act(dispatcher, id, PetitionAction::Dispatch, body::dispatchTo("unit", 999999))),
            Strings{"handler_id"});
  // A county must be a county or zone, not the city itself.
  EXPECT_EQ(fieldSet(api.act(dispatcher, id, PetitionAction::Dispatch, body::dispatchTo("county", api.regionId("十堰市")))),
            Strings{"handler_id"});
  api.actOk(dispatcher, id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  api.actOk(api.unitAdmin(), id, PetitionAction::Sign);
  // The result's error names the request's own field, where the form shows it.
  EXPECT_EQ(fieldSet(api.act(api.unitAdmin(), id, PetitionAction::SubmitResult, body::result("太短"))),
            Strings{"result_text"});
  EXPECT_EQ(api.detail(api.unitAdmin(), id).summary.state, PetitionState::Handling);
}

TEST(PetitionRulesApi, OutsideTheirScopePeopleGet404AndTheInspectorMayNotWrite) {
  World w;
  auto& api = w.api;
  const long long draft = bodyJson(api.create(api.enterprise(), sampleContent(), false)).value("id", 0LL);
  const long long id = api.submitNew().summary.id;
  const std::string path = "/api/petitions/" + std::to_string(id);
  const auto otherEnterprise = api.token(Role::Enterprise, api.anotherEnterprise());
  const auto otherCadre = api.token(Role::Cadre, "王喆", "十堰市人民政府");
  const auto otherUnit = api.token(Role::UnitAdmin, "十堰市商务局管理员");
  const auto otherGroup = api.token(Role::IndustryDispatcher, "住建组分办员");

  auto missing = api.get(otherEnterprise, path);
  EXPECT_EQ(missing->status, Status::NotFound_404);
  EXPECT_EQ(errorMessage(missing), "诉求不存在");
  EXPECT_EQ(api.act(otherEnterprise, id, PetitionAction::Withdraw)->status, Status::NotFound_404);
  EXPECT_EQ(api.list(otherEnterprise, "petition_mine").total, 0);
  EXPECT_EQ(api.get(otherCadre, path)->status, Status::NotFound_404);
  EXPECT_EQ(api.act(otherCadre, id, PetitionAction::Approve)->status, Status::NotFound_404);
  EXPECT_EQ(api.list(otherCadre, "petitions.review").total, 0);
  // A draft is the enterprise's own.
  for (const auto& token : {api.cadre(), api.cityDispatcher(), api.inspector()}) {
    EXPECT_EQ(api.get(token, "/api/petitions/" + std::to_string(draft))->status, Status::NotFound_404);
  }

  api.actOk(api.cadre(), id, PetitionAction::Approve);
  EXPECT_EQ(api.get(otherGroup, path)->status, Status::NotFound_404);
  EXPECT_EQ(api.act(otherGroup, id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)))->status,
            Status::NotFound_404);
  EXPECT_EQ(api.list(otherGroup, "petitions.dispatch").total, 0);
  EXPECT_EQ(api.list(api.industryDispatcher(), "petitions.dispatch").total, 1);
  api.actOk(api.industryDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  EXPECT_EQ(api.get(otherUnit, path)->status, Status::NotFound_404);
  EXPECT_EQ(api.act(otherUnit, id, PetitionAction::Sign)->status, Status::NotFound_404);
  EXPECT_EQ(api.list(otherUnit, "petitions.to_sign").total, 0);
  EXPECT_EQ(api.get(api.countyAdmin(), path)->status, Status::NotFound_404);
  EXPECT_EQ(api.get(api.sysadmin(), path)->status, Status::Forbidden_403);

  // 超级巡查员 reads everything and writes nothing (督办 aside: see the branches test).
  const auto inspector = api.inspector();
  const auto before = api.detail(inspector, id);
  EXPECT_EQ(api.list(inspector, "inspect.petitions").total, 1);
  for (auto action : {PetitionAction::SaveDraft, PetitionAction::Submit, PetitionAction::Withdraw,
                      PetitionAction::Approve, PetitionAction::ReturnToEnterprise, PetitionAction::Dispatch,
                      PetitionAction::Sign, PetitionAction::ReturnToDispatcher, PetitionAction::RequestExtension,
                      PetitionAction::DecideExtension, PetitionAction::SubmitResult, PetitionAction::Rate,
                      PetitionAction::Appeal, PetitionAction::DecideAppeal, PetitionAction::RecordReturnVisit,
                      PetitionAction::Urge}) {
    EXPECT_EQ(api.act(inspector, id, action, body::reason("巡查"))->status, Status::Forbidden_403)
        << qinqing::domain::petitionActionKey(action);
  }
  EXPECT_EQ(api.create(inspector, sampleContent(), true)->status, Status::Forbidden_403);
  EXPECT_EQ(api.put(inspector, "/api/settings/dispatch-limit", {{"days", 3}})->status, Status::Forbidden_403);
  auto upload = w.server.client().Post(path + "/attachments?purpose=result&name=a.pdf", bearer(inspector),
                                       qinqing::test::pdfSample(), "application/octet-stream");
  EXPECT_EQ(upload->status, Status::Forbidden_403);
  const auto after = api.detail(inspector, id);
  EXPECT_EQ(after.summary.revision, before.summary.revision);
  EXPECT_EQ(after.events, before.events);
}

TEST(PetitionRulesApi, EachRoleAsksOnlyForItsOwnLists) {
  World w;
  auto& api = w.api;
  const std::pair<std::string, std::string> refused[] = {
      {api.enterprise(), "petitions.review"},       {api.cadre(), "petitions.dispatch"},
      {api.unitAdmin(), "inspect.petitions"},       {api.industryDispatcher(), "petitions.appeals"},
      {api.inspector(), "petition_mine"},           {api.countyAdmin(), "petitions.review"},
      {api.cityDispatcher(), "petitions.to_sign"},  {api.cadre(), "inspect.overdue"},
  };
  for (const auto& [token, box] : refused) {
    EXPECT_EQ(api.get(token, "/api/petitions?box=" + box)->status, Status::Forbidden_403) << box;
  }
  EXPECT_EQ(fieldSet(api.get(api.cadre(), "/api/petitions?box=petitions.nothing")), Strings{"box"});
  EXPECT_EQ(fieldSet(api.get(api.cadre(), "/api/petitions")), Strings{"box"});
  EXPECT_EQ(fieldSet(api.get(api.cadre(), "/api/petitions?box=petitions.review&state=lost")), Strings{"state"});
  EXPECT_EQ(api.get(api.sysadmin(), "/api/petitions?box=petition_mine")->status, Status::Forbidden_403);
  EXPECT_EQ(api.get(api.sysadmin(), "/api/petitions/counts")->status, Status::Forbidden_403);
}

TEST(PetitionRulesApi, ListsPageSortFilterSearchAndCountTheBadges) {
  World w;
  auto& api = w.api;
  // One petition a day, Monday to Thursday, and a draft on Friday: reviews due Tue … Fri.
  const char* titles[] = {"融资贷款贴息申请", "新增用工招聘需求", "厂房用地手续办理", "新厂房配套道路建设协调"};
  const char* categories[] = {"融资", "用工", "用地", "基础设施"};
  std::vector<long long> submitted;
  for (int day = 0; day < 4; ++day) {
    api.setTime(cst(2026, 3, 2 + day, 9, 0));
    submitted.push_back(api.submitNew(sampleContent(titles[day], categories[day])).summary.id);
  }
  api.setTime(cst(2026, 3, 6, 9, 0));
  const long long draft = bodyJson(api.create(api.enterprise(), sampleContent("市场开拓展会补贴", "市场开拓"), false))
                              .value("id", 0LL);
  api.setTime(cst(2026, 3, 6, 10, 0));
  const auto enterprise = api.enterprise();
  const std::vector<long long> all = {submitted[0], submitted[1], submitted[2], submitted[3], draft};

  auto page1 = api.list(enterprise, "petition_mine", "&page_size=2&sort=number&order=asc");
  EXPECT_EQ(page1.total, 5);
  EXPECT_EQ(ids(page1), (std::vector<long long>{all[0], all[1]}));
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&page_size=2&page=3&sort=number&order=asc")),
            std::vector<long long>{draft});
  auto beyond = api.list(enterprise, "petition_mine", "&page_size=2&page=9&sort=number&order=asc");
  EXPECT_EQ(beyond.page, 3);  // clamped to the last page
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&sort=number&order=desc")),
            (std::vector<long long>{all[4], all[3], all[2], all[1], all[0]}));
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&sort=updated&order=desc")).front(), draft);
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&sort=submitted&order=asc")).back(), draft);  // never submitted
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&q=" + httplib::encode_query_component("用工"))),
            std::vector<long long>{submitted[1]});
  const std::string number = api.detail(enterprise, submitted[2]).summary.number;
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&q=" + number)), std::vector<long long>{submitted[2]});
  EXPECT_EQ(api.list(enterprise, "petition_mine", "&q=" + httplib::encode_query_component("鑫源")).total, 5);
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&category=" + httplib::encode_query_component("用地"))),
            std::vector<long long>{submitted[2]});
  EXPECT_EQ(ids(api.list(enterprise, "petition_mine", "&state=draft")), std::vector<long long>{draft});
  EXPECT_EQ(api.list(enterprise, "petition_mine", "&state=pending_review").total, 4);
  EXPECT_EQ(api.list(enterprise, "petition_mine", "&state=closed").total, 0);

  // The cadre's 待审核, soonest due first, with each badge's words.
  auto review = api.list(api.cadre(), "petitions.review", "&sort=due&order=asc");
  EXPECT_EQ(ids(review), submitted);
  ASSERT_EQ(review.items.size(), 4u);
  auto badge = [](const qinqing::domain::PetitionSummary& s) { return s.deadline ? s.deadline->text : "(none)"; };
  EXPECT_EQ(badge(review.items[0]), "已逾期3个工作日");
  EXPECT_EQ(badge(review.items[3]), "今日到期");
  EXPECT_EQ(ids(api.list(api.cadre(), "petitions.review", "&sort=due&order=desc")),
            (std::vector<long long>{submitted[3], submitted[2], submitted[1], submitted[0]}));
  EXPECT_EQ(ids(api.list(api.inspector(), "inspect.overdue", "&sort=due&order=asc")),
            (std::vector<long long>{submitted[0], submitted[1], submitted[2]}));

  // The menu badges agree with the lists.
  auto counts = [&](const std::string& token) {
    std::map<std::string, long long> out;
    const auto body = bodyJson(api.get(token, "/api/petitions/counts"));
    for (const auto& c : body["counts"]) out[c["box"].get<std::string>()] = c["count"].get<long long>();
    return out;
  };
  EXPECT_EQ(counts(api.cadre()), (std::map<std::string, long long>{{"petitions.review", 4}}));
  EXPECT_EQ(counts(api.inspector()), (std::map<std::string, long long>{{"inspect.overdue", 3}}));
  EXPECT_TRUE(counts(enterprise).empty());
  api.actOk(api.cadre(), submitted[0], PetitionAction::Approve);
  EXPECT_EQ(counts(api.cadre()), (std::map<std::string, long long>{{"petitions.review", 3}}));
  EXPECT_EQ(counts(api.cityDispatcher()),
            (std::map<std::string, long long>{
                {"petitions.dispatch", 1}, {"petitions.extensions", 0}, {"petitions.appeals", 0}}));
  EXPECT_EQ(counts(api.industryDispatcher()),
            (std::map<std::string, long long>{{"petitions.dispatch", 1}, {"petitions.extensions", 0}}));
  EXPECT_EQ(counts(api.token(Role::IndustryDispatcher, "住建组分办员"))["petitions.dispatch"], 0);
}

TEST(PetitionRulesApi, ClocksSkipTheNationalDayHolidayAndCountAnExchangedSaturday) {
  // The official arrangement the expectations below are counted from.
  std::ifstream file(shippedCalendarFile());
  const auto calendar = nlohmann::json::parse(file, nullptr, false);
  const auto& y2026 = calendar["years"]["2026"];
  for (const char* day : {"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07"}) {
    EXPECT_NE(std::find(y2026["holidays"].begin(), y2026["holidays"].end(), day), y2026["holidays"].end()) << day;
  }
  for (const char* day : {"2026-09-20", "2026-10-10"}) {  // a Sunday and a Saturday worked (调休)
    EXPECT_NE(std::find(y2026["workdays"].begin(), y2026["workdays"].end(), day), y2026["workdays"].end()) << day;
  }

  World w(cst(2026, 9, 18, 17, 0));
  auto& api = w.api;
  // Submitted on Friday 09-18: the next working day is Sunday 09-20 (调休上班).
  EXPECT_EQ(clockOf(api.submitNew(), ClockKind::Review).dueDate, date("2026-09-20"));
  // Wednesday 09-30 23:30 CST (15:30 UTC: still 09-30 in China), the last working day before 国庆.
  api.setTime(cst(2026, 9, 30, 23, 30));
  auto d = api.submitNew(sampleContent("新增用工招聘需求", "用工"));
  const long long id = d.summary.id;
  EXPECT_EQ(clockOf(d, ClockKind::Review).dueDate, date("2026-10-08"));  // 10-01..07 off; Thu 10-08 works
  api.setTime(cst(2026, 10, 4, 12, 0));  // mid-holiday: not yet due
  EXPECT_EQ(deadlineText(api.detail(api.enterprise(), id)), "剩余1个工作日");
  api.setTime(cst(2026, 10, 8, 10, 0));
  d = api.actOk(api.cadre(), id, PetitionAction::Approve);
  EXPECT_EQ(clockOf(d, ClockKind::Review).onTime, true);
  api.setTime(cst(2026, 10, 9, 10, 0));
  d = api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  EXPECT_EQ(clockOf(d, ClockKind::Sign).dueDate, date("2026-10-10"));  // the exchanged Saturday counts
  api.setTime(cst(2026, 10, 10, 9, 0));
  EXPECT_EQ(deadlineText(api.detail(api.unitAdmin(), id)), "今日到期");
  d = api.actOk(api.unitAdmin(), id, PetitionAction::Sign);
  EXPECT_EQ(clockOf(d, ClockKind::Sign).onTime, true);
  // 15 working days after Sat 10-10: Mon 10-12 … Fri 10-30.
  EXPECT_EQ(clockOf(d, ClockKind::Result).dueDate, date("2026-10-30"));
}

TEST(PetitionRulesApi, TheDispatchLimitSettingGivesNewDispatchClocksADueDate) {
  World w;
  auto& api = w.api;
  const auto admin = api.sysadmin();
  EXPECT_EQ(bodyJson(api.get(admin, "/api/settings/dispatch-limit")).value("days", -1), 0);
  const long long waiting = api.submitNew().summary.id;
  api.setTime(cst(2026, 3, 2, 10, 0));
  auto d = api.actOk(api.cadre(), waiting, PetitionAction::Approve);
  EXPECT_FALSE(clockOf(d, ClockKind::Dispatch).dueDate);
  api.setTime(cst(2026, 3, 4, 10, 0));
  d = api.detail(api.cityDispatcher(), waiting);
  ASSERT_TRUE(d.summary.deadline);
  EXPECT_EQ(d.summary.deadline->clock, ClockKind::Dispatch);
  EXPECT_FALSE(d.summary.deadline->dueDate);
  EXPECT_FALSE(d.summary.deadline->status);
  EXPECT_EQ(d.summary.deadline->text, "已等待2个工作日");

  auto set = api.put(api.sysadmin(), "/api/settings/dispatch-limit", {{"days", 2}});
  ASSERT_EQ(set->status, Status::OK_200) << set->body;
  EXPECT_EQ(bodyJson(set).value("days", -1), 2);
  EXPECT_EQ(bodyJson(api.get(api.sysadmin(), "/api/settings/dispatch-limit")).value("days", -1), 2);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM audit_log WHERE action = 'setting.changed'"), 1);
  const long long limited = api.submitNew(sampleContent("新增用工招聘需求", "用工")).summary.id;
  d = api.actOk(api.cadre(), limited, PetitionAction::Approve);
  const auto dispatch = clockOf(d, ClockKind::Dispatch);
  EXPECT_EQ(dispatch.workingDays, 2);
  EXPECT_EQ(dispatch.dueDate, date("2026-03-06"));  // Wed 03-04 + 2 working days
  EXPECT_EQ(deadlineText(d), "剩余2个工作日");
  EXPECT_FALSE(clockOf(api.detail(api.cityDispatcher(), waiting), ClockKind::Dispatch).dueDate);  // kept its terms

  EXPECT_EQ(fieldSet(api.put(api.sysadmin(), "/api/settings/dispatch-limit", {{"days", 16}})), Strings{"days"});
  EXPECT_EQ(fieldSet(api.put(api.sysadmin(), "/api/settings/dispatch-limit", {{"days", "2"}})), Strings{"days"});
  EXPECT_EQ(api.put(api.enterprise(), "/api/settings/dispatch-limit", {{"days", 0}})->status, Status::Forbidden_403);
  EXPECT_EQ(api.get(api.cityDispatcher(), "/api/settings/dispatch-limit")->status, Status::Forbidden_403);
}

TEST(PetitionRulesApi, ACalendarChangeMovesARunningClockAndSaysSoInTheTimeline) {
  World w;
  auto& api = w.api;
  const long long id = api.submitNew().summary.id;
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  const auto before = api.actOk(api.unitAdmin(), id, PetitionAction::Sign);
  ASSERT_EQ(clockOf(before, ClockKind::Result).dueDate, date("2026-03-23"));

  auto change = api.put(api.sysadmin(), "/api/calendar/days/2026-03-10", {{"kind", "holiday"}, {"name", "临时停工"}});
  ASSERT_EQ(change->status, Status::OK_200) << change->body;
  EXPECT_EQ(bodyJson(change).value("deadlines_moved", -1), 1);
  auto d = api.detail(api.enterprise(), id);
  EXPECT_EQ(clockOf(d, ClockKind::Result).dueDate, date("2026-03-24"));
  EXPECT_EQ(d.summary.deadline.value_or(qinqing::domain::PetitionDeadline{}).dueDate, date("2026-03-24"));
  EXPECT_EQ(clockOf(d, ClockKind::Review).dueDate, date("2026-03-03"));  // finished clocks keep theirs
  EXPECT_EQ(lastEvent(d).action, "deadline_moved");
  EXPECT_EQ(lastEvent(d).actionLabel, "时限调整");
  EXPECT_NE(lastEvent(d).note.find("办理时限由2026-03-23调整为2026-03-24"), std::string::npos) << lastEvent(d).note;
  EXPECT_GT(d.summary.revision, before.summary.revision);
  // The unit's view from before the change is stale now.
  auto stale = api.act(api.unitAdmin(), id, PetitionAction::SubmitResult,
                       [&] { auto r = body::result("已协调市政部门完成道路连通施工。"); r.revision = before.summary.revision; return r; }());
  EXPECT_EQ(stale->status, Status::Conflict_409);

  ASSERT_EQ(api.put(api.sysadmin(), "/api/calendar/days/2026-03-10", {{"kind", "clear"}})->status, Status::OK_200);
  EXPECT_EQ(clockOf(api.detail(api.enterprise(), id), ClockKind::Result).dueDate, date("2026-03-23"));
}

// Issue 11: reminders are counted into the day's digest (reminder_items; one SMS per recipient a
// day, sent by sms.reminder_digest), never texted per clock.
static long long reminded(PetitionApi& api, const std::string& day, const std::string& mobile, const std::string& kind) {
  return api.scalar("SELECT coalesce(sum(count), 0) FROM reminder_items WHERE day = '" + day + "' AND mobile = '" +
                    mobile + "' AND kind = '" + kind + "'");
}

TEST(PetitionRulesApi, TheReminderJobRemindsOnTheDueDayOnce) {
  World w;
  auto& api = w.api;
  const long long id = api.submitNew().summary.id;  // review due Tue 03-03
  const auto cadre = api.mobileOf("张明");
  api.setTime(cst(2026, 3, 2, 10, 0));
  long long mark = api.lastSmsId();
  api.runReminderJob();
  EXPECT_EQ(api.scalar("SELECT count(*) FROM reminder_items"), 0);  // not due yet

  api.setTime(cst(2026, 3, 3, 9, 0));
  api.runReminderJob();
  EXPECT_TRUE(api.smsAfter(mark).empty());  // no text per clock: the digest carries it
  EXPECT_EQ(reminded(api, "2026-03-03", cadre, "due_today_petitions"), 1);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM reminder_items WHERE day = '2026-03-03'"), 1);
  auto d = api.detail(api.enterprise(), id);
  EXPECT_EQ(lastEvent(d).action, "reminder");
  EXPECT_EQ(lastEvent(d).note, "审核环节今日到期，已短信提醒");

  api.setTime(cst(2026, 3, 3, 15, 0));  // a second pass the same day
  api.runReminderJob();
  EXPECT_EQ(reminded(api, "2026-03-03", cadre, "due_today_petitions"), 1);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petition_events WHERE action = 'reminder'"), 1);
}

TEST(PetitionRulesApi, TheReminderJobRepeatsEachWorkingDayWhileOverdue) {
  World w;
  auto& api = w.api;
  api.submitNew();  // review due Tue 03-03
  const auto cadre = api.mobileOf("张明");
  const std::tuple<long long, std::string, long long> passes[] = {
      {cst(2026, 3, 4, 9, 0), "2026-03-04", 1}, {cst(2026, 3, 4, 16, 0), "2026-03-04", 1},  // once a day
      {cst(2026, 3, 5, 9, 0), "2026-03-05", 1}, {cst(2026, 3, 7, 9, 0), "2026-03-07", 0},   // Saturday: none
      {cst(2026, 3, 9, 9, 0), "2026-03-09", 1},
  };
  for (const auto& [at, day, count] : passes) {
    SCOPED_TRACE(at);
    api.setTime(at);
    api.runReminderJob();
    EXPECT_EQ(reminded(api, day, cadre, "overdue_petitions"), count);
  }
}

TEST(PetitionRulesApi, TheReminderJobAddsTheDispatchersAfterOneFullWorkingDayOverdue) {
  World w;
  auto& api = w.api;
  api.submitNew();  // review due Tue 03-03: Wednesday is the first overdue day
  const std::vector<std::string> dispatchers = {api.mobileOf("双千分办员"), api.mobileOf("经信组分办员")};
  api.setTime(cst(2026, 3, 4, 9, 0));
  api.runReminderJob();
  EXPECT_EQ(reminded(api, "2026-03-04", api.mobileOf("张明"), "overdue_petitions"), 1);  // the cadre only
  for (const auto& m : dispatchers) EXPECT_EQ(reminded(api, "2026-03-04", m, "overdue_petitions"), 0);
  api.setTime(cst(2026, 3, 5, 9, 0));  // a whole working day overdue now
  api.runReminderJob();
  EXPECT_EQ(reminded(api, "2026-03-05", api.mobileOf("张明"), "overdue_petitions"), 1);
  for (const auto& m : dispatchers) EXPECT_EQ(reminded(api, "2026-03-05", m, "overdue_petitions"), 1);
}

TEST(PetitionRulesApi, TheDispatchSheetIsAPdfForTheGovernmentSideOnly) {
  World w;
  auto& api = w.api;
  const long long id = api.submitNew().summary.id;
  api.actOk(api.cadre(), id, PetitionAction::Approve);
  api.actOk(api.cityDispatcher(), id, PetitionAction::Dispatch, body::dispatchTo("unit", api.unitId(kJingxinju)));
  const std::string path = "/api/petitions/" + std::to_string(id) + "/dispatch-sheet.pdf";
  auto pdf = api.get(api.unitAdmin(), path);
  ASSERT_EQ(pdf->status, Status::OK_200) << pdf->body;
  EXPECT_EQ(pdf->body.rfind("%PDF", 0), 0u);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(api.get(api.inspector(), path)->status, Status::OK_200);
  EXPECT_EQ(api.get(api.enterprise(), path)->status, Status::Forbidden_403);
  EXPECT_EQ(api.get(api.token(Role::UnitAdmin, "十堰市商务局管理员"), path)->status, Status::NotFound_404);
}

TEST(PetitionRulesApi, NothingIsEverDeleted) {
  World w;
  auto& api = w.api;
  const long long id = api.submitNew().summary.id;
  api.actOk(api.enterprise(), id, PetitionAction::Withdraw);
  auto del = w.server.client().Delete("/api/petitions/" + std::to_string(id), bearer(api.enterprise()));
  EXPECT_EQ(del->status, Status::MethodNotAllowed_405);
  EXPECT_THROW(api.db().exec("DELETE FROM petitions WHERE id = " + std::to_string(id)), SQLite::Exception);
  EXPECT_THROW(api.db().exec("DELETE FROM petition_events WHERE petition_id = " + std::to_string(id)), SQLite::Exception);
  EXPECT_THROW(api.db().exec("UPDATE petition_events SET note = 'x' WHERE petition_id = " + std::to_string(id)),
               SQLite::Exception);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petitions"), 1);
  const auto d = api.detail(api.enterprise(), id);
  EXPECT_EQ(d.summary.state, PetitionState::Withdrawn);
  EXPECT_EQ(eventActions(d), (std::vector<std::string>{"create", "submit", "withdraw"}));
  EXPECT_EQ(d.versions.size(), 1u);
}
