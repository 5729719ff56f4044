// The HTTP SMS gateway against a fake operator on 127.0.0.1: its configuration file, the body
// template and its escaping, credentials, and how each kind of answer is classified.
#include "sms/http_sms_gateway.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "fake_sms_gateway.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::sms;
using namespace std::chrono_literals;
using qinqing::backend::testsupport::FakeSmsGateway;

namespace {

EnvironmentLookup environment(std::map<std::string, std::string> values) {
  return [values = std::move(values)](const std::string& name) -> std::optional<std::string> {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

std::string configText(const std::string& url, const nlohmann::json& extra = nlohmann::json::object()) {
  nlohmann::json j = {{"url", url},
                      {"body_template", R"({"phone":"{{mobile}}","content":"{{text}}","ref":"{{id}}"})"},
                      {"headers", {{"Authorization", "Bearer ${QQ_SMS_TOKEN}"}}},
                      {"timeout_seconds", 2},
                      {"message_id_field", "message_id"},
                      {"status_field", "status"}};
  j.update(extra);
  return j.dump();
}

HttpSmsGatewayConfig parsed(const std::string& text) {
  auto config = parseHttpSmsGatewayConfig(text, environment({{"QQ_SMS_TOKEN", "s3cr3t-token"}}));
  EXPECT_TRUE(config) << (config ? "" : config.error().fields.front().message);
  return config ? config.value() : HttpSmsGatewayConfig{};
}

std::string configError(const std::string& text, std::map<std::string, std::string> env = {{"QQ_SMS_TOKEN", "s3cr3t-token"}}) {
  auto config = parseHttpSmsGatewayConfig(text, environment(std::move(env)));
  if (config) return "(accepted)";
  return config.error().fields.empty() ? config.error().message : config.error().fields.front().message;
}

const OutgoingSms kMessage{42, "13800001111", "【十堰市双千办】您的验证码是123456，10分钟内有效。", SmsKind::Code};

}  // namespace

TEST(HttpSmsGatewayConfig, ReadsTheDocumentedKeysAndTakesSecretsFromTheEnvironment) {
  const auto c = parsed(configText("https://sms.example.gov.cn/api/send?channel=1"));
  EXPECT_EQ(c.url, "https://sms.example.gov.cn/api/send?channel=1");
  EXPECT_EQ(c.method, "POST");
  EXPECT_EQ(c.contentType, "application/json; charset=utf-8");
  EXPECT_EQ(c.escaping, TemplateEscaping::Json);
  ASSERT_EQ(c.headers.size(), 1u);
  EXPECT_EQ(c.headers[0], (std::pair<std::string, std::string>{"Authorization", "Bearer s3cr3t-token"}));
  EXPECT_EQ(c.timeout, 2000ms);
  EXPECT_EQ(c.messageIdField, "message_id");

  // A form-encoded operator; the template given as JSON becomes text; escaping follows the type.
  const auto form = parsed(configText("http://10.0.0.5:8080/sms",
                                      {{"content_type", "application/x-www-form-urlencoded"},
                                       {"body_template", "mobile={{mobile}}&msg={{text}}"}}));
  EXPECT_EQ(form.escaping, TemplateEscaping::Form);
  const auto object = parsed(configText("http://h/s", {{"body_template", {{"to", "{{mobile}}"}, {"body", "{{text}}"}}}}));
  EXPECT_EQ(object.bodyTemplate, R"({"body":"{{text}}","to":"{{mobile}}"})");
}

TEST(HttpSmsGatewayConfig, RefusesWhatCannotWorkNamingTheKeyButNeverASecret) {
  EXPECT_EQ(configError("not json"), "短信网关配置有误：不是有效的 JSON 对象");
  EXPECT_NE(configError(configText("ftp://host/x")).find("url"), std::string::npos);
  EXPECT_NE(configError(configText("http:///nohost")).find("url"), std::string::npos);
  EXPECT_NE(configError(configText("http://h/s", {{"method", "DELETE"}})).find("method"), std::string::npos);
  EXPECT_NE(configError(configText("http://h/s", {{"escape", "html"}})).find("escape"), std::string::npos);
  EXPECT_NE(configError(configText("http://h/s", {{"body_template", "{\"to\":\"{{phone}}\",\"t\":\"{{text}}\"}"}}))
                .find("{{phone}}"),
            std::string::npos);
  EXPECT_NE(configError(configText("http://h/s", {{"body_template", "{\"to\":\"{{mobile}}\"}"}})).find("{{text}}"),
            std::string::npos);
  EXPECT_NE(configError(configText("http://h/s", {{"timeout_seconds", 0}})).find("timeout_seconds"), std::string::npos);
  // An unset variable is named; the value of one that is set never appears in any message.
  const auto unset = configError(configText("http://h/s"), {});
  EXPECT_NE(unset.find("QQ_SMS_TOKEN"), std::string::npos);
  const auto other = configError(configText("http://h/s", {{"headers", {{"X-Key", "${QQ_SMS_TOKEN}"}, {"X-B", 5}}}}));
  EXPECT_NE(other.find("X-B"), std::string::npos);
  EXPECT_EQ(other.find("s3cr3t"), std::string::npos);
}

TEST(HttpSmsGatewayConfig, LoadsAFileAndSaysWhenItCannot) {
  qinqing::backend::testsupport::TempDir dir;
  std::ofstream(dir.path() / "sms.json") << configText("http://127.0.0.1:9/send");
  auto env = environment({{"QQ_SMS_TOKEN", "t"}});
  EXPECT_TRUE(loadHttpSmsGatewayConfig(dir.path() / "sms.json", env));
  auto missing = loadHttpSmsGatewayConfig(dir.path() / "missing.json", env);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().fields.front().message.find("无法读取短信网关配置文件"), std::string::npos);
}

TEST(HttpSmsGateway, EscapesChineseQuotesAndControlCharactersForEachBodyFormat) {
  const std::string text = "【十堰市双千办】他说\"好\"，路径 C:\\temp\n第二行 & <b>";
  EXPECT_EQ(escapeForTemplate(text, TemplateEscaping::Json), "【十堰市双千办】他说\\\"好\\\"，路径 C:\\\\temp\\n第二行 & <b>");
  EXPECT_EQ(escapeForTemplate("a b&c=d/中", TemplateEscaping::Form), "a%20b%26c%3Dd%2F%E4%B8%AD");
  EXPECT_EQ(escapeForTemplate("<a href=\"x\">'&'</a>", TemplateEscaping::Xml),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(escapeForTemplate(text, TemplateEscaping::None), text);

  HttpSmsGateway gateway(parsed(configText("http://h/s")));
  const auto body = nlohmann::json::parse(gateway.bodyFor({7, "13800001111", text, SmsKind::Notice}), nullptr, false);
  ASSERT_TRUE(body.is_object());
  EXPECT_EQ(body["content"], text);  // the operator reads back exactly the text
  EXPECT_EQ(body["phone"], "13800001111");
  EXPECT_EQ(body["ref"], "7");
}

TEST(HttpSmsGateway, AcceptedMessagesCarryTheGatewaysReferenceAndTheCredentials) {
  FakeSmsGateway fake;
  HttpSmsGateway gateway(parsed(configText(fake.url("/api/send"))));
  const auto outcome = gateway.send(kMessage);
  EXPECT_EQ(outcome.result, SendOutcome::Result::Delivered);
  EXPECT_EQ(outcome.messageId, "fake-1");
  EXPECT_EQ(outcome.status, "HTTP 200 已受理");
  const auto requests = fake.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].method, "POST");
  EXPECT_EQ(requests[0].path, "/api/send");
  EXPECT_EQ(requests[0].contentType, "application/json; charset=utf-8");
  auto auth = requests[0].headers.find("Authorization");
  ASSERT_NE(auth, requests[0].headers.end());
  EXPECT_EQ(auth->second, "Bearer s3cr3t-token");
  EXPECT_EQ(nlohmann::json::parse(requests[0].body)["content"], kMessage.text);
}

TEST(HttpSmsGateway, ClientErrorsAreFinalServerErrorsAndThrottlingAreRetried) {
  FakeSmsGateway fake;
  HttpSmsGateway gateway(parsed(configText(fake.url())));
  fake.failNext(1, 400);
  auto outcome = gateway.send(kMessage);
  EXPECT_EQ(outcome.result, SendOutcome::Result::Rejected);
  EXPECT_EQ(outcome.status, "HTTP 400");
  EXPECT_NE(outcome.detail.find("HTTP 400"), std::string::npos);
  EXPECT_NE(outcome.detail.find("fake failure 400"), std::string::npos);  // the operator's own words
  fake.failNext(1, 401);
  EXPECT_EQ(gateway.send(kMessage).result, SendOutcome::Result::Rejected);
  for (int status : {500, 502, 503, 408, 429}) {
    fake.failNext(1, status);
    outcome = gateway.send(kMessage);
    EXPECT_EQ(outcome.result, SendOutcome::Result::Retry) << status;
    EXPECT_EQ(outcome.status, "HTTP " + std::to_string(status));
  }
  EXPECT_EQ(gateway.send(kMessage).result, SendOutcome::Result::Delivered);
}

TEST(HttpSmsGateway, ASlowGatewayTimesOutAndIsRetried) {
  FakeSmsGateway fake;
  fake.delay(1500ms);
  HttpSmsGateway gateway(parsed(configText(fake.url(), {{"timeout_seconds", 0.3}})));
  const auto started = std::chrono::steady_clock::now();
  const auto outcome = gateway.send(kMessage);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 1400ms);  // did not wait for the answer
  EXPECT_EQ(outcome.result, SendOutcome::Result::Retry);
  EXPECT_EQ(outcome.status, "超时");
  EXPECT_EQ(outcome.detail, "短信网关 0.3 秒内未应答");
}

TEST(HttpSmsGateway, AGatewayThatIsNotListeningIsRetried) {
  int port = 0;
  {
    FakeSmsGateway closed;  // a port that was free a moment ago and is closed now
    port = closed.port();
  }
  HttpSmsGateway gateway(parsed(configText("http://127.0.0.1:" + std::to_string(port) + "/send")));
  const auto outcome = gateway.send(kMessage);
  EXPECT_EQ(outcome.result, SendOutcome::Result::Retry);
  EXPECT_EQ(outcome.status, "连接失败");
}

TEST(HttpSmsGateway, AGetInterfaceTakesThePlaceholdersInItsUrlEncoded) {
  FakeSmsGateway fake;
  HttpSmsGateway gateway(parsed(configText(fake.url("/send?to={{mobile}}&msg={{text}}"),
                                           {{"method", "GET"}, {"body_template", ""}})));
  EXPECT_EQ(gateway.send({1, "13800001111", "你好 & 再见", SmsKind::Notice}).result, SendOutcome::Result::Delivered);
  ASSERT_EQ(fake.requests().size(), 1u);
  EXPECT_EQ(fake.requests()[0].method, "GET");
  // httplib 0.41's client normalises a query (decodes, re-encodes a space as '+', as form
  // encoding does); the operator decodes both spellings to the same text.
  EXPECT_EQ(fake.requests()[0].path, "/send?to=13800001111&msg=%E4%BD%A0%E5%A5%BD+%26+%E5%86%8D%E8%A7%81");
}
