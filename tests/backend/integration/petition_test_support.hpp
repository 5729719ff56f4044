// Helpers for the petition API tests (issue 5): the demo accounts that take part, 发布诉求 as the
// demo enterprise, actions that name the revision of the last detail the test saw (as the client
// does), the SMS outbox rows a step wrote, and China-time instants for the FakeClock. Requests are
// built and replies read with the shared wire mapping (qinqing/wire/petition_json.hpp).
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "qinqing/petition/petition_view.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "demo_accounts.hpp"
#include "test_server.hpp"

namespace qinqing::backend::testsupport {

// kXinyuan (demo_accounts.hpp): region 张湾区, group 经信, cadre 张明.
inline constexpr const char* kJingxinju = "十堰市经信局";
inline constexpr const char* kMaojian = "茅箭区";

// Unix seconds of a wall-clock moment in China Standard Time (UTC+8).
inline long long cst(int y, unsigned m, unsigned d, int hour = 9, int minute = 0) {
  using namespace std::chrono;
  const long long days = sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
  return days * 86400 + hour * 3600 + minute * 60 - 8 * 3600;
}

// Moves a FakeClock to an absolute instant in one step (the server never sees a moment between).
inline void setClock(FakeClock& clock, long long at) { clock.advance(std::chrono::seconds(at - clock.now())); }

inline domain::Date date(const char* iso) { return domain::Date::parseIso(iso).value(); }

inline domain::PetitionContent sampleContent(std::string title = "新厂房配套道路建设协调",
                                             std::string category = "基础设施") {
  return {std::move(title), std::move(category), "新建厂房门前道路尚未与市政道路连通，货车无法进出，恳请协调尽快接通。",
          "李堃", "13871230000"};
}

// Action bodies (the revision is filled in by PetitionApi::act).
namespace body {
inline domain::PetitionActionRequest none() { return {}; }
inline domain::PetitionActionRequest reason(std::string text, std::optional<domain::Date> due = {}) {
  domain::PetitionActionRequest r;
  r.reason = std::move(text);
  r.newDueDate = due;
  return r;
}
inline domain::PetitionActionRequest note(std::string text) {
  domain::PetitionActionRequest r;
  r.note = std::move(text);
  return r;
}
inline domain::PetitionActionRequest content(domain::PetitionContent c) {
  domain::PetitionActionRequest r;
  r.content = std::move(c);
  return r;
}
inline domain::PetitionActionRequest dispatchTo(std::string kind, long long id, std::string note = "") {
  domain::PetitionActionRequest r;
  r.handlerKind = domain::handlerKindFromKey(kind);
  r.handlerId = id;
  r.note = std::move(note);
  return r;
}
inline domain::PetitionActionRequest result(std::string text) {
  domain::PetitionActionRequest r;
  r.resultText = std::move(text);
  return r;
}
inline domain::PetitionActionRequest rating(domain::Rating value, std::string comment = "") {
  domain::PetitionActionRequest r;
  r.rating = value;
  r.comment = std::move(comment);
  return r;
}
inline domain::PetitionActionRequest decide(bool approve, std::string note = "", std::optional<domain::Date> due = {}) {
  domain::PetitionActionRequest r;
  r.approve = approve;
  r.note = std::move(note);
  r.newDueDate = due;
  return r;
}
inline domain::PetitionActionRequest visit(domain::Date on, std::string method, std::string note) {
  domain::PetitionActionRequest r;
  r.visit = domain::PetitionVisit{0, on, std::move(method), std::move(note), ""};
  return r;
}
}  // namespace body

struct SmsRow {
  long long id = 0;
  std::string mobile;
  std::string text;
  long long createdAt = 0;
};

inline std::string errorText(const httplib::Result& res, const char* key) {
  const auto body = bodyJson(res);
  if (!body.is_object() || !body.contains("error") || !body["error"].is_object()) return "(no error)";
  return body["error"].value(key, "");
}
inline std::string errorCode(const httplib::Result& res) { return errorText(res, "code"); }
inline std::string errorMessage(const httplib::Result& res) { return errorText(res, "message"); }
inline std::vector<std::string> errorFields(const httplib::Result& res) {
  std::vector<std::string> out;
  const auto body = bodyJson(res);  // held: a range-for over a member of a temporary would dangle
  if (!body.is_object() || !body.contains("error")) return {"(no error: " + (res ? std::to_string(res->status) : "no answer") + ")"};
  for (const auto& f : body["error"]["fields"]) out.push_back(f.value("field", ""));
  return out;
}

// The API as the parties of a petition use it, plus a connection to the server's database for
// looking at what was stored (outbox rows, mobiles on record) with the test's own SQL.
class PetitionApi {
public:
  // clock: the server's FakeClock, if the test moves time with setTime.
  explicit PetitionApi(const TestServer& server, FakeClock* clock = nullptr)
      : m_server(server), m_clock(clock), m_db((server.dataDir() / "qinqing.db").string(), SQLite::OPEN_READWRITE) {
    m_db.setBusyTimeout(5000);
  }

  // Moves the server's clock to `at` (Unix seconds). Sessions time out while days pass, so every
  // party logs in afresh afterwards, as people would; and over months people renew their
  // passwords as asked (staff every 90 days), so a password is never older than 30 days here.
  void setTime(long long at) {
    setClock(*m_clock, at);
    m_tokens.clear();
    SQLite::Statement renew(m_db, "UPDATE accounts SET password_changed_at = ? WHERE password_changed_at < ?");
    renew.bind(1, static_cast<int64_t>(at));
    renew.bind(2, static_cast<int64_t>(at - 30 * 86400));
    renew.exec();
  }

  // Tokens, logged in once each.
  std::string token(domain::Role role, const std::string& loginName, const std::string& cadreUnit = "") {
    const std::string key = std::string(domain::roleKey(role)) + "/" + loginName + "/" + cadreUnit;
    auto it = m_tokens.find(key);
    if (it != m_tokens.end()) return it->second;
    std::optional<long long> unit;
    if (!cadreUnit.empty()) unit = m_server.unitId(cadreUnit);
    const std::string t = m_server.login(role, loginName, unit);
    EXPECT_FALSE(t.empty()) << "login failed: " << loginName;
    return m_tokens[key] = t;
  }
  std::string enterprise() { return token(domain::Role::Enterprise, kXinyuan); }
  std::string cadre() { return token(domain::Role::Cadre, "张明", kJingxinju); }
  std::string unitAdmin() { return token(domain::Role::UnitAdmin, "十堰市经信局管理员"); }
  std::string countyAdmin() { return token(domain::Role::CountyAdmin, "茅箭区管理员"); }
  std::string cityDispatcher() { return token(domain::Role::CityDispatcher, "双千分办员"); }
  std::string industryDispatcher() { return token(domain::Role::IndustryDispatcher, "经信组分办员"); }
  std::string inspector() { return token(domain::Role::Inspector, "巡查员01"); }
  std::string sysadmin() { return token(domain::Role::SystemAdmin, "sysadmin"); }

  httplib::Result get(const std::string& token, const std::string& path) {
    return m_server.client().Get(path, bearer(token));
  }
  httplib::Result post(const std::string& token, const std::string& path, const nlohmann::json& body) {
    return m_server.client().Post(path, bearer(token), body.dump(), "application/json");
  }
  httplib::Result put(const std::string& token, const std::string& path, const nlohmann::json& body) {
    return m_server.client().Put(path, bearer(token), body.dump(), "application/json");
  }

  // POST /api/petitions as the caller.
  httplib::Result create(const std::string& token, const domain::PetitionContent& content, bool submit,
                         const std::string& clientRequestId = "") {
    domain::NewPetition request{content, submit, clientRequestId.empty() ? nextRequestId() : clientRequestId};
    auto res = post(token, "/api/petitions", wire::newPetitionToJson(request));
    remember(res);
    return res;
  }
  // 发布诉求 and submit it as the demo enterprise; the detail of the new petition.
  domain::PetitionDetail submitNew(const domain::PetitionContent& content = sampleContent()) {
    auto res = create(enterprise(), content, true);
    EXPECT_TRUE(res && res->status == httplib::StatusCode::Created_201) << (res ? res->body : "no answer");
    return parse(res);
  }

  httplib::Result detailResult(const std::string& token, long long id) {
    auto res = get(token, "/api/petitions/" + std::to_string(id));
    remember(res);
    return res;
  }
  domain::PetitionDetail detail(const std::string& token, long long id) {
    auto res = detailResult(token, id);
    EXPECT_TRUE(res && res->status == httplib::StatusCode::OK_200) << (res ? res->body : "no answer");
    return parse(res);
  }

  // POST /api/petitions/{id}/actions/{action} with the revision of the last detail seen of it.
  httplib::Result act(const std::string& token, long long id, domain::PetitionAction action,
                      domain::PetitionActionRequest request = {}) {
    if (request.revision == 0) request.revision = m_revisions[id];
    auto res = post(token, "/api/petitions/" + std::to_string(id) + "/actions/" +
                               std::string(domain::petitionActionKey(action)),
                    wire::petitionActionRequestToJson(request));
    remember(res);
    return res;
  }
  // The same, expecting success; the detail after the change.
  domain::PetitionDetail actOk(const std::string& token, long long id, domain::PetitionAction action,
                               domain::PetitionActionRequest request = {}) {
    auto res = act(token, id, action, std::move(request));
    EXPECT_TRUE(res && res->status == httplib::StatusCode::OK_200)
        << domain::petitionActionKey(action) << ": " << (res ? res->body : "no answer");
    return parse(res);
  }
  long long revision(long long id) { return m_revisions[id]; }

  // The page of a box as the caller sees it (query: extra "&k=v" parameters).
  domain::Page<domain::PetitionSummary> list(const std::string& token, const std::string& box,
                                             const std::string& query = "") {
    auto res = get(token, "/api/petitions?box=" + box + query);
    EXPECT_TRUE(res && res->status == httplib::StatusCode::OK_200) << (res ? res->body : "no answer");
    auto page = wire::petitionPageFromJson(bodyJson(res));
    return page.ok() ? page.value() : domain::Page<domain::PetitionSummary>{};
  }

  // The outbox, read with the test's own SQL. (Statements here are finished before they go: an
  // open one would pin this connection to an old snapshot of the WAL.)
  long long lastSmsId() { return scalar("SELECT coalesce(max(id), 0) FROM sms_outbox"); }
  std::vector<SmsRow> smsAfter(long long id) {
    SQLite::Statement s(m_db, "SELECT id, mobile, text, created_at FROM sms_outbox WHERE id > ? ORDER BY id");
    s.bind(1, static_cast<int64_t>(id));
    std::vector<SmsRow> out;
    while (s.executeStep()) {
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                     s.getColumn(3).getInt64()});
    }
    return out;
  }
  // The mobiles that received `text` among `rows`.
  static std::multiset<std::string> mobilesWith(const std::vector<SmsRow>& rows, const std::string& text) {
    std::multiset<std::string> out;
    for (const auto& r : rows) {
      if (r.text == text) out.insert(r.mobile);
    }
    return out;
  }
  static std::string textOfFirst(const std::vector<SmsRow>& rows) { return rows.empty() ? "(no SMS)" : rows[0].text; }
  // An account's mobile on record, by login name.
  std::string mobileOf(const std::string& loginName) {
    SQLite::Statement s(m_db, "SELECT mobile FROM accounts WHERE login_name = ?");
    s.bind(1, loginName);
    return s.executeStep() ? s.getColumn(0).getString() : "";
  }
  std::string liaisonMobileOf(const std::string& enterpriseName) {
    SQLite::Statement s(m_db, "SELECT liaison_mobile FROM enterprises WHERE name = ?");
    s.bind(1, enterpriseName);
    return s.executeStep() ? s.getColumn(0).getString() : "";
  }
  // The name of some demo enterprise other than 鑫源.
  std::string anotherEnterprise() {
    SQLite::Statement s(m_db, "SELECT name FROM enterprises WHERE name <> ? ORDER BY id LIMIT 1");
    s.bind(1, kXinyuan);
    return s.executeStep() ? s.getColumn(0).getString() : "";
  }
  long long regionId(const std::string& name) {
    SQLite::Statement s(m_db, "SELECT id FROM regions WHERE name = ?");
    s.bind(1, name);
    return s.executeStep() ? s.getColumn(0).getInt64() : 0;
  }
  long long unitId(const std::string& name) { return m_server.unitId(name); }

  long long scalar(const std::string& sql) {
    SQLite::Statement s(m_db, sql);
    return s.executeStep() && !s.getColumn(0).isNull() ? s.getColumn(0).getInt64() : 0;
  }
  SQLite::Database& db() { return m_db; }

  // 立即运行 of the reminder job (诉求到期提醒) as 系统管理员, waiting until the scheduler has run it at
  // the server's (fake) now. Returns the finished run as GET /api/jobs shows it.
  nlohmann::json runReminderJob() {
    const std::string admin = sysadmin();
    auto queued = post(admin, "/api/jobs/petition.reminders/run", nlohmann::json::object());
    EXPECT_TRUE(queued && queued->status == httplib::StatusCode::Accepted_202) << (queued ? queued->body : "");
    const long long runId = bodyJson(queued)["job"]["last_run"].value("id", 0LL);
    // Until this run's row is settled (the flags and the row are read separately, so both are checked).
    for (int i = 0; i < 1000; ++i) {
      const auto jobs = bodyJson(get(admin, "/api/jobs"));
      for (const auto& job : jobs["jobs"]) {
        if (job["name"] != "petition.reminders" || job["queued"].get<bool>() || job["running"].get<bool>()) continue;
        const auto& last = job["last_run"];
        if (last.is_object() && last.value("id", 0LL) >= runId && last.value("outcome", "") != "running") {
          EXPECT_EQ(last["outcome"], "ok") << job.dump();
          return last;
        }
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "the reminder job did not finish";
    return nullptr;
  }

  static domain::PetitionDetail parse(const httplib::Result& res) {
    auto detail = wire::petitionDetailFromJson(bodyJson(res));
    return detail.ok() ? detail.value() : domain::PetitionDetail{};
  }

private:
  void remember(const httplib::Result& res) {
    if (!res || (res->status != httplib::StatusCode::OK_200 && res->status != httplib::StatusCode::Created_201)) return;
    const auto j = bodyJson(res);
    if (j.is_object() && j.contains("id") && j.contains("revision")) {
      m_revisions[j["id"].get<long long>()] = j["revision"].get<long long>();
    }
  }
  std::string nextRequestId() { return "test-request-" + std::to_string(++m_requests); }

  const TestServer& m_server;
  FakeClock* m_clock;
  SQLite::Database m_db;
  std::map<std::string, std::string> m_tokens;
  std::map<long long, long long> m_revisions;
  int m_requests = 0;
};

// The events of a detail as action keys, in timeline order.
inline std::vector<std::string> eventActions(const domain::PetitionDetail& d) {
  std::vector<std::string> out;
  for (const auto& e : d.events) out.push_back(e.action);
  return out;
}

// The clock of a kind (the latest one), or an empty clock with id 0.
inline domain::PetitionClock clockOf(const domain::PetitionDetail& d, domain::ClockKind kind) {
  for (auto it = d.clocks.rbegin(); it != d.clocks.rend(); ++it) {
    if (it->kind == kind) return *it;
  }
  return {};
}

// The latest timeline entry (an empty one when there is none, so a failed step fails checks, not the run).
inline qinqing::domain::PetitionEvent lastEvent(const domain::PetitionDetail& d) {
  return d.events.empty() ? domain::PetitionEvent{} : d.events.back();
}
inline std::string deadlineText(const domain::PetitionDetail& d) {
  return d.summary.deadline ? d.summary.deadline->text : "(no running clock)";
}

inline bool hasAction(const domain::PetitionDetail& d, domain::PetitionAction action) {
  return std::find(d.actions.begin(), d.actions.end(), action) != d.actions.end();
}

}  // namespace qinqing::backend::testsupport
