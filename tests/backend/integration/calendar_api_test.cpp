// GET /api/calendar and GET /api/calendar/due-date (public), and the system administrator's edits
// through PUT /api/calendar/years/{year}, PUT /api/calendar/days/{date}, GET /api/calendar/changes.
#include <gtest/gtest.h>

#include "demo_accounts.hpp"
#include "qinqing/wire/calendar_api_json.hpp"
#include "qinqing/wire/calendar_json.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

constexpr const char* kCalendarJson = "application/json";

std::string dueDate(const TestServer& server, const std::string& query) {
  return bodyJson(server.client().Get("/api/calendar/due-date?" + query)).value("due_date", "");
}

std::vector<std::string> fieldNames(const httplib::Result& res) {
  std::vector<std::string> out;
  const auto body = bodyJson(res);  // kept alive: the loop walks into it
  for (const auto& f : body["error"]["fields"]) out.push_back(f["field"]);
  return out;
}

}  // namespace

TEST(CalendarApi, CalendarIsPublicWithTheShippedYearsAndNextYearProvisional) {
  FakeClock clock;  // 2026-03-02
  TestServer server({.demo = false, .clock = clock});
  auto res = server.client().Get("/api/calendar");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, Status::OK_200);
  auto overview = qinqing::wire::calendarOverviewFromJson(bodyJson(res));
  ASSERT_TRUE(overview.ok()) << res->body.substr(0, 300);
  EXPECT_EQ(overview.value().calendar.arrangedYears(), (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
  EXPECT_EQ(overview.value().status.provisionalYears, (std::vector<int>{2027}));
  EXPECT_FALSE(overview.value().status.nextYearWarning);
  auto national = overview.value().calendar.describe(qinqing::domain::Date::parseIso("2020-10-08").value());
  EXPECT_EQ(national.kind, qinqing::domain::DayKind::Holiday);
}

TEST(CalendarApi, FromNovemberTheMissingNextYearIsFlagged) {
  FakeClock clock(1793462400);  // 2026-11-01 00:00 CST
  TestServer server({.demo = false, .clock = clock});
  EXPECT_EQ(bodyJson(server.client().Get("/api/calendar"))["next_year_warning"], true);
}

TEST(CalendarApi, DueDateCountsFromTheEventsChinaDate) {
  TestServer server({.demo = false});
  auto res = server.client().Get("/api/calendar/due-date?from=2020-09-30&working_days=15");
  ASSERT_EQ(res->status, Status::OK_200) << res->body;
  auto due = qinqing::wire::dueDateFromJson(bodyJson(res));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due.value().dueDate.toIso(), "2020-10-28");
  EXPECT_EQ(qinqing::domain::formatChinaTime(due.value().dueAt), "2020-10-28T23:59:59+08:00");
  EXPECT_FALSE(due.value().provisional);
  ASSERT_EQ(due.value().trail.size(), 29u);  // 2020-09-30 .. 2020-10-28
  EXPECT_EQ(due.value().trail.front().reason, "事件当日不计");
  EXPECT_EQ(due.value().trail[1].reason, "国庆节、中秋节");

  // 16:30 UTC on 30 September is already 1 October in China.
  auto instant = bodyJson(server.client().Get("/api/calendar/due-date?from=2020-09-30T16:30:00Z&working_days=15"));
  EXPECT_EQ(instant["from"], "2020-10-01");
  EXPECT_EQ(instant["due_date"], "2020-10-28");
  EXPECT_EQ(dueDate(server, "from=2020-10-01T00%3A30%3A00%2B08%3A00&working_days=1"), "2020-10-09");
  // An unencoded '+' (decoded as a space) is still read as the offset's sign.
  EXPECT_EQ(dueDate(server, "from=2020-10-01T00:30:00+08:00&working_days=1"), "2020-10-09");
  EXPECT_EQ(dueDate(server, "from=2020-09-30T15:59:59Z&working_days=1"), "2020-10-09");
  EXPECT_EQ(dueDate(server, "from=2020-09-29T16:00:00Z&working_days=1"), "2020-10-09");
  EXPECT_EQ(dueDate(server, "from=2020-09-29T15:59:59Z&working_days=1"), "2020-09-30");
}

TEST(CalendarApi, DueDateRejectsBadInputWithChineseFieldErrors) {
  TestServer server({.demo = false});
  auto cli = server.client();
  auto none = cli.Get("/api/calendar/due-date");
  ASSERT_EQ(none->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(none)["error"]["code"], "invalid_input");
  EXPECT_EQ(fieldNames(none), (std::vector<std::string>{"from", "working_days"}));
  EXPECT_EQ(bodyJson(none)["error"]["fields"][0]["message"], "请填写事件日期或时间，如 2020-09-30 或 2020-09-30T16:30:00Z");
  for (const char* query : {"from=2020-09-30&working_days=0", "from=2020-09-30&working_days=2001",
                            "from=2020-09-30&working_days=abc", "from=2020-09-30&working_days=-3"}) {
    auto res = cli.Get(std::string("/api/calendar/due-date?") + query);
    ASSERT_EQ(res->status, Status::BadRequest_400) << query;
    EXPECT_EQ(fieldNames(res), std::vector<std::string>{"working_days"}) << query;
    EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["message"], "工作日数应为 1 至 2000 之间的整数");
  }
  for (const char* query : {"from=2023-02-29&working_days=5", "from=yesterday&working_days=5", "from=&working_days=5"}) {
    auto res = cli.Get(std::string("/api/calendar/due-date?") + query);
    ASSERT_EQ(res->status, Status::BadRequest_400) << query;
    EXPECT_EQ(fieldNames(res), std::vector<std::string>{"from"}) << query;
  }
  EXPECT_EQ(dueDate(server, "from=2020-09-30&working_days=2000").substr(0, 2), "20");  // the limit itself is fine
}

TEST(CalendarApi, DeadlinesIntoAnUnloadedYearAreProvisionalUntilItIsLoaded) {
  TestServer server;
  auto cli = server.client();
  auto before = bodyJson(cli.Get("/api/calendar/due-date?from=2026-12-28&working_days=5"));
  EXPECT_EQ(before["provisional"], true);
  EXPECT_EQ(before["due_date"], "2027-01-04");
  EXPECT_EQ(before["trail"][5]["reason"], "周末（当年安排未公布）");

  auto token = loginAs(server, Role::SystemAdmin);
  const std::string y2027 = R"({"holidays":["2027-01-01","2027-01-02","2027-01-03"],"workdays":[],
                                "names":{"2027-01-01":"元旦"}})";
  auto put = cli.Put("/api/calendar/years/2027", bearer(token), y2027, kCalendarJson);
  ASSERT_EQ(put->status, Status::OK_200) << put->body;
  EXPECT_EQ(bodyJson(put), (nlohmann::json{{"ok", true}, {"year", 2027}, {"deadlines_moved", 0}}));
  auto after = bodyJson(cli.Get("/api/calendar/due-date?from=2026-12-28&working_days=5"));
  EXPECT_EQ(after["provisional"], false);
  EXPECT_EQ(after["due_date"], "2027-01-05");  // 1 January is now a holiday
  EXPECT_TRUE(bodyJson(cli.Get("/api/calendar"))["provisional_years"].empty());
}

TEST(CalendarApi, ADayEditMovesTheDueDateTheApiReturns) {
  TestServer server;
  auto cli = server.client();
  auto token = loginAs(server, Role::SystemAdmin);
  EXPECT_EQ(dueDate(server, "from=2020-09-30&working_days=15"), "2020-10-28");
  auto holiday = cli.Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"holiday","name":"国庆节"})", kCalendarJson);
  ASSERT_EQ(holiday->status, Status::OK_200) << holiday->body;
  EXPECT_EQ(bodyJson(holiday)["deadlines_moved"], 0);
  EXPECT_EQ(dueDate(server, "from=2020-09-30&working_days=15"), "2020-10-29");
  // The exchanged Saturday 2020-10-10 stops being worked: one more day.
  ASSERT_EQ(cli.Put("/api/calendar/days/2020-10-10", bearer(token), R"({"kind":"clear"})", kCalendarJson)->status, Status::OK_200);
  EXPECT_EQ(dueDate(server, "from=2020-09-30&working_days=15"), "2020-10-30");
  // And back.
  ASSERT_EQ(cli.Put("/api/calendar/days/2020-10-10", bearer(token), R"({"kind":"workday"})", kCalendarJson)->status, Status::OK_200);
  ASSERT_EQ(cli.Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"clear"})", kCalendarJson)->status, Status::OK_200);
  EXPECT_EQ(dueDate(server, "from=2020-09-30&working_days=15"), "2020-10-28");
}

TEST(CalendarApi, YearImportReportsEveryProblemAndChangesNothing) {
  TestServer server;
  auto cli = server.client();
  auto token = loginAs(server, Role::SystemAdmin);
  auto notJson = cli.Put("/api/calendar/years/2027", bearer(token), "{holidays", kCalendarJson);
  EXPECT_EQ(notJson->status, Status::BadRequest_400);
  auto badYear = cli.Put("/api/calendar/years/27", bearer(token), "{}", kCalendarJson);
  EXPECT_EQ(fieldNames(badYear), std::vector<std::string>{"year"});
  auto shape = cli.Put("/api/calendar/years/2027", bearer(token), R"({"holidays":["2027-13-01", 5],"workdays":"x"})", kCalendarJson);
  ASSERT_EQ(shape->status, Status::BadRequest_400);
  EXPECT_EQ(fieldNames(shape), (std::vector<std::string>{"holidays[0]", "holidays[1]", "workdays"}));
  // Well-formed but against the rules: a date of another year, a Monday as exchanged workday.
  auto rules = cli.Put("/api/calendar/years/2027", bearer(token),
                       R"({"holidays":["2026-12-31","2027-10-01"],"workdays":["2027-03-01"]})", kCalendarJson);
  ASSERT_EQ(rules->status, Status::BadRequest_400) << rules->body;
  EXPECT_EQ(fieldNames(rules), (std::vector<std::string>{"holidays", "workdays"}));
  EXPECT_NE(bodyJson(rules)["error"]["fields"][1]["message"].get<std::string>().find("调休上班日应为周六或周日"),
            std::string::npos);
  EXPECT_EQ(bodyJson(cli.Get("/api/calendar"))["provisional_years"], nlohmann::json::array({2027}));
  EXPECT_EQ(bodyJson(cli.Get("/api/calendar/changes", bearer(token)))["total"], 1);  // only the first load
}

TEST(CalendarApi, ReplacingALoadedYearTakesEffect) {
  TestServer server;
  auto cli = server.client();
  auto token = loginAs(server, Role::SystemAdmin);
  // 2020 as first published (before the Spring Festival extension): 1 February was a workday.
  auto body = qinqing::wire::yearArrangementToJson(
      qinqing::domain::YearArrangement{2020,
                                       {{"春节", qinqing::domain::Date::parseIso("2020-01-24").value(),
                                         qinqing::domain::Date::parseIso("2020-01-30").value()}},
                                       {qinqing::domain::Date::parseIso("2020-02-01").value()}});
  ASSERT_EQ(cli.Put("/api/calendar/years/2020", bearer(token), body.dump(), kCalendarJson)->status, Status::OK_200);
  EXPECT_EQ(dueDate(server, "from=2020-01-23&working_days=1"), "2020-01-31");
  EXPECT_EQ(dueDate(server, "from=2020-01-31&working_days=1"), "2020-02-01");
}

TEST(CalendarApi, DayEditsCheckTheDateTheBodyAndTheYear) {
  TestServer server;
  auto cli = server.client();
  auto token = loginAs(server, Role::SystemAdmin);
  auto both = cli.Put("/api/calendar/days/2020-02-30", bearer(token), R"({"kind":"someday"})", kCalendarJson);
  ASSERT_EQ(both->status, Status::BadRequest_400);
  EXPECT_EQ(fieldNames(both), (std::vector<std::string>{"date", "kind"}));
  auto noName = cli.Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"holiday"})", kCalendarJson);
  EXPECT_EQ(fieldNames(noName), std::vector<std::string>{"name"});
  EXPECT_EQ(bodyJson(noName)["error"]["message"], "请填写节假日名称");
  auto provisional = cli.Put("/api/calendar/days/2027-01-04", bearer(token), R"({"kind":"holiday","name":"元旦"})", kCalendarJson);
  ASSERT_EQ(provisional->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(provisional)["error"]["message"], "2027年的节假日安排尚未载入，请先导入全年安排");
  EXPECT_EQ(fieldNames(provisional), std::vector<std::string>{"date"});
}

TEST(CalendarApi, ChangesListTheCalendarsAuditEntriesNewestFirst) {
  TestServer server;
  auto cli = server.client();
  auto token = loginAs(server, Role::SystemAdmin);
  cli.Put("/api/calendar/days/2020-10-09", bearer(token), R"({"kind":"holiday","name":"国庆节"})", kCalendarJson);
  cli.Put("/api/calendar/years/2027", bearer(token), R"({"holidays":[],"workdays":[]})", kCalendarJson);
  auto res = cli.Get("/api/calendar/changes?page_size=2", bearer(token));
  ASSERT_EQ(res->status, Status::OK_200) << res->body;
  auto page = bodyJson(res);
  EXPECT_EQ(page["total"], 3);
  ASSERT_EQ(page["entries"].size(), 2u);
  EXPECT_EQ(page["entries"][0]["action"], "calendar.year_replaced");
  EXPECT_EQ(page["entries"][0]["object_id"], "2027");
  EXPECT_TRUE(page["entries"][0]["before"].is_null());
  EXPECT_EQ(page["entries"][1]["action"], "calendar.day_changed");
  EXPECT_EQ(page["entries"][1]["action_name"], "修改单日安排");
  EXPECT_EQ(page["entries"][1]["account_label"], "sysadmin");
  EXPECT_EQ(page["entries"][1]["before"]["kind"], "workday");
  EXPECT_EQ(page["entries"][1]["after"], (nlohmann::json{{"date", "2020-10-09"}, {"kind", "holiday"}, {"name", "国庆节"}}));
  auto last = bodyJson(cli.Get("/api/calendar/changes?page=2&page_size=2", bearer(token)));
  EXPECT_EQ(last["entries"][0]["action"], "calendar.loaded");
  EXPECT_EQ(last["entries"][0]["account_label"], "系统");
  // The login is in the audit log but not among the calendar's changes.
  for (const auto& e : page["entries"]) EXPECT_NE(e["action"], "session.login");
}
