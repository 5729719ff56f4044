// End to end: the real server delivering through the HTTP gateway to a fake operator. A user asks
// for a mobile-binding code; the operator receives it; the code it carried binds the number; the
// 短信日志 shows the message sent, with the operator's reference, the number masked and the code
// redacted.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fake_sms_gateway.hpp"
#include "sms/http_sms_gateway.hpp"
#include "sms/sms_sender.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<sms::SmsGateway> httpGatewayTo(const FakeSmsGateway& fake) {
  sms::HttpSmsGatewayConfig c;
  c.url = fake.url("/v1/sms");
  c.bodyTemplate = R"({"to":"{{mobile}}","content":"{{text}}","ref":"{{id}}"})";
  c.headers = {{"Authorization", "Bearer e2e-token"}};
  c.timeout = 2s;
  c.messageIdField = "message_id";
  c.statusField = "status";
  return std::make_shared<sms::HttpSmsGateway>(c);
}

}  // namespace

TEST(SmsHttpGatewayApi, ACodeTravelsThroughTheOperatorAndTheLogShowsItMasked) {
  FakeSmsGateway fake;
  fake.failNext(1, 502);  // the first try fails: the sender retries after its back-off
  TestServer server({.smsGateway = httpGatewayTo(fake)});
  const std::string inspector = server.login(Role::Inspector, "巡查员01");
  ASSERT_FALSE(inspector.empty());
  auto cli = server.client();
  auto sent = cli.Post("/api/me/mobile/code", bearer(inspector), R"({"mobile":"13907191234"})", "application/json");
  ASSERT_TRUE(sent);
  ASSERT_EQ(sent->status, 200);

  // The failed first attempt is already recorded; its retry is 30 s away (the server's clock is real).
  ASSERT_EQ(fake.waitForRequests(1), 1u);
  const std::string admin = server.login(Role::SystemAdmin, "sysadmin");
  nlohmann::json page;
  for (int i = 0; i < 200; ++i) {
    page = bodyJson(cli.Get("/api/sms?mobile=1234", bearer(admin)));
    if (page["items"].size() == 1 && page["items"][0]["attempts"] == 1) break;
    std::this_thread::sleep_for(10ms);
  }
  ASSERT_EQ(page["total"], 1);
  auto item = page["items"][0];
  EXPECT_EQ(item["status"], "pending");
  EXPECT_EQ(item["gateway_status"], "HTTP 502");
  EXPECT_NE(item["next_attempt_at"].get<std::string>(), "");

  // Move the retry forward instead of waiting 30 s, and wake the sender.
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE sms_outbox SET next_attempt_at = 0 WHERE status = 'pending'");
  }
  server.server().smsSender().wake();
  ASSERT_EQ(fake.waitForRequests(2), 2u);
  const auto request = fake.requests()[1];
  const auto body = nlohmann::json::parse(request.body, nullptr, false);
  ASSERT_TRUE(body.is_object());
  EXPECT_EQ(body["to"], "13907191234");
  EXPECT_EQ(request.headers.find("Authorization")->second, "Bearer e2e-token");
  const std::string code = codeIn(body["content"].get<std::string>());
  ASSERT_EQ(code.size(), 6u);

  auto bound = cli.Post("/api/me/mobile", bearer(inspector),
                        nlohmann::json{{"mobile", "13907191234"}, {"code", code}}.dump(), "application/json");
  ASSERT_TRUE(bound);
  EXPECT_EQ(bound->status, 200);

  for (int i = 0; i < 200; ++i) {
    page = bodyJson(cli.Get("/api/sms?mobile=1234", bearer(admin)));
    if (page["items"][0]["status"] == "sent") break;
    std::this_thread::sleep_for(10ms);
  }
  item = page["items"][0];
  EXPECT_EQ(item["status"], "sent");
  EXPECT_EQ(item["kind"], "code");
  EXPECT_EQ(item["mobile_masked"], "139****1234");
  EXPECT_EQ(item["attempts"], 2);
  EXPECT_EQ(item["gateway"], "http");
  EXPECT_EQ(item["gateway_message_id"], "fake-1");
  EXPECT_EQ(item["gateway_status"], "HTTP 200 已受理");
  EXPECT_EQ(item["last_error"], "");
  const std::string shown = item["text"].get<std::string>();
  EXPECT_EQ(shown.find(code), std::string::npos);
  EXPECT_NE(shown.find("您的验证码是******"), std::string::npos);
  EXPECT_EQ(page.dump().find("13907191234"), std::string::npos);  // the whole number appears nowhere
}
