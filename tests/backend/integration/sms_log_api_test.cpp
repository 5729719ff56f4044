// GET /api/sms, the 短信日志 of 系统管理员: newest first, paged on the server, filtered by status,
// kind, CST date range and mobile suffix; numbers masked and codes redacted in every state; bad
// filters answered 400 with every field named.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include <set>

#include "base_data_client.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;

namespace {

constexpr long long kMidnight = kTestEpoch - 9 * 3600;  // 2026-03-02 00:00:00 CST

struct Row {
  long long createdAt;
  const char* mobile;
  const char* text;
  const char* kind;
  const char* status;
  long long nextAttemptAt;
  const char* lastError;
};

// Four messages around a CST midnight, oldest first (ids 1..4).
const Row kRows[] = {
    {kMidnight - 1, "13800001234", "【十堰市双千办】您的验证码是******，10分钟内有效。", "code", "sent", kMidnight - 1, ""},
    {kMidnight, "13900005678", "【十堰市双千办】十堰亲清企业服务信息平台有一条新企业诉求待签收", "notice", "failed",
     kMidnight, "短信网关应答 HTTP 400"},
    {kTestEpoch, "13700001234", "【十堰市双千办】您的验证码是987654，10分钟内有效。", "code", "pending",
     kTestEpoch + 1000000, "短信网关应答 HTTP 503"},
    {kTestEpoch + 60, "13800009999", "【十堰市双千办】您的十堰亲清企业服务信息平台账号（张三）已开通", "notice", "sent",
     kTestEpoch + 60, ""},
};

class SmsLogApi : public ::testing::Test {
protected:
  void SetUp() override {
    auto db = openServerDatabase(m_server.dataDir());
    db.exec("DELETE FROM sms_outbox");
    long long id = 0;
    for (const auto& r : kRows) {
      SQLite::Statement insert(db,
                               "INSERT INTO sms_outbox (id, created_at, mobile, text, kind, status, attempts, "
                               "next_attempt_at, sent_at, last_error) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
      insert.bind(1, static_cast<int64_t>(++id));
      insert.bind(2, static_cast<int64_t>(r.createdAt));
      insert.bind(3, r.mobile);
      insert.bind(4, r.text);
      insert.bind(5, r.kind);
      insert.bind(6, r.status);
      insert.bind(7, static_cast<int64_t>(r.nextAttemptAt));
      if (std::string(r.status) == "sent") insert.bind(8, static_cast<int64_t>(r.createdAt + 2));
      insert.bind(9, r.lastError);
      insert.exec();
    }
  }

  nlohmann::json get(const std::string& query) { return bodyJson(m_api.get("/api/sms" + query)); }
  std::vector<long long> ids(const std::string& query) {
    std::vector<long long> out;
    const auto page = get(query);  // kept: a range-for over get(query)["items"] would dangle
    for (const auto& item : page["items"]) out.push_back(item["id"].get<long long>());
    return out;
  }
  std::set<std::string> badFields(const std::string& query) {
    auto res = m_api.get("/api/sms" + query);
    EXPECT_EQ(status(res), 400) << query;
    std::set<std::string> fields;
    const auto body = bodyJson(res);
    for (const auto& f : body["error"]["fields"]) fields.insert(f["field"].get<std::string>());
    return fields;
  }

  TestServer m_server;
  ApiClient m_api{m_server, m_server.login(Role::SystemAdmin, "sysadmin")};
};

}  // namespace

TEST_F(SmsLogApi, NewestFirstPagedOnTheServer) {
  auto page = get("?page_size=2");
  EXPECT_EQ(page["total"], 4);
  EXPECT_EQ(page["page"], 1);
  EXPECT_EQ(page["page_size"], 2);
  EXPECT_EQ(ids("?page_size=2"), (std::vector<long long>{4, 3}));
  EXPECT_EQ(ids("?page_size=2&page=2"), (std::vector<long long>{2, 1}));
  EXPECT_EQ(get("?page_size=2&page=9")["page"], 2);  // past the end: the last page
  EXPECT_EQ(ids("?sort=created_at&order=asc"), (std::vector<long long>{1, 2, 3, 4}));
  EXPECT_EQ(ids("?sort=created_at&order=desc"), (std::vector<long long>{4, 3, 2, 1}));
}

TEST_F(SmsLogApi, FiltersByStatusKindChinaDatesAndMobileSuffix) {
  EXPECT_EQ(ids("?status=sent"), (std::vector<long long>{4, 1}));
  EXPECT_EQ(ids("?status=pending"), (std::vector<long long>{3}));
  EXPECT_EQ(ids("?kind=code"), (std::vector<long long>{3, 1}));
  // Day boundaries are China Standard Time: 23:59:59 belongs to 1 March, 00:00:00 to 2 March.
  EXPECT_EQ(ids("?from=2026-03-02"), (std::vector<long long>{4, 3, 2}));
  EXPECT_EQ(ids("?to=2026-03-01"), (std::vector<long long>{1}));
  EXPECT_EQ(ids("?from=2026-03-01&to=2026-03-01"), (std::vector<long long>{1}));
  EXPECT_EQ(ids("?mobile=1234"), (std::vector<long long>{3, 1}));
  EXPECT_EQ(ids("?mobile=13900005678"), (std::vector<long long>{2}));
  EXPECT_EQ(ids("?status=sent&kind=code&mobile=1234"), (std::vector<long long>{1}));
  EXPECT_EQ(ids("?status=&kind=&mobile="), (std::vector<long long>{4, 3, 2, 1}));  // empty means any
  auto none = get("?status=failed&kind=code");
  EXPECT_EQ(none["total"], 0);
  EXPECT_TRUE(none["items"].empty());
}

TEST_F(SmsLogApi, NumbersAreMaskedAndCodesRedactedEvenWhilePending) {
  const auto page = get("");
  for (const auto& item : page["items"]) {
    const auto masked = item["mobile_masked"].get<std::string>();
    EXPECT_EQ(masked.substr(3, 4), "****");
  }
  EXPECT_EQ(page.dump().find("987654"), std::string::npos);
  EXPECT_EQ(page.dump().find("13700001234"), std::string::npos);
  const auto pending = get("?status=pending")["items"][0];
  EXPECT_EQ(pending["mobile_masked"], "137****1234");
  EXPECT_EQ(pending["text"], "【十堰市双千办】您的验证码是******，10分钟内有效。");
  EXPECT_EQ(pending["last_error"], "短信网关应答 HTTP 503");
  EXPECT_EQ(pending["attempts"], 1);
  EXPECT_EQ(pending["sent_at"], "");
  EXPECT_EQ(pending["next_attempt_at"], "2026-03-13T22:46:40+08:00");
  // A notice keeps its wording, digits included.
  const auto notice = get("?status=sent&kind=notice")["items"][0];
  EXPECT_EQ(notice["text"], kRows[3].text);
  EXPECT_EQ(notice["sent_at"], "2026-03-02T09:01:02+08:00");
  EXPECT_EQ(notice["next_attempt_at"], "");
}

TEST_F(SmsLogApi, BadFiltersAreRefusedNamingEveryField) {
  EXPECT_EQ(badFields("?status=lost&kind=fax&from=2026-02-30&mobile=12ab"),
            (std::set<std::string>{"status", "kind", "from", "mobile"}));
  EXPECT_EQ(badFields("?from=2026-03-02&to=2026-03-01"), (std::set<std::string>{"to"}));
  EXPECT_EQ(badFields("?mobile=138000012345"), (std::set<std::string>{"mobile"}));
  EXPECT_EQ(badFields("?to=yesterday"), (std::set<std::string>{"to"}));
  auto res = m_api.get("/api/sms?mobile=12ab");
  EXPECT_EQ(bodyJson(res)["error"]["message"], "手机尾号应为1至11位数字");
}
