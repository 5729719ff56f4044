// Protocol strictness (issue 14): requests framed so that a proxy and the server could read them
// differently are refused with 400 and the connection closed; JSON routes take JSON only (415),
// at most 1 MiB, without a byte order mark or a key given twice; a browser's cross-site write is
// refused (403) unless its origin is configured for CORS.
#include <gtest/gtest.h>

#include "demo_accounts.hpp"
#include "raw_http.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using Status = httplib::StatusCode;

namespace {

std::string loginBody() {
  return nlohmann::json{{"role", "enterprise"}, {"login_name", kXinyuan}, {"password", kDemoPassword}}.dump();
}

std::string errorCodeOf(const std::string& raw) {
  auto j = nlohmann::json::parse(rawBody(raw), nullptr, false);
  return j.is_object() ? j["error"].value("code", "") : "";
}

}  // namespace

TEST(ProtocolStrictness, AGetWithABodyIsRefusedAndItsBodyIsNeverReadAsASecondRequest) {
  TestServer server({.demo = false});
  const std::string smuggled = "GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  const std::string raw = rawExchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                                                         std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled);
  EXPECT_EQ(rawStatus(raw), Status::BadRequest_400) << raw;
  EXPECT_EQ(rawResponseCount(raw), 1) << raw;
  EXPECT_EQ(errorCodeOf(raw), "invalid_input");
}

TEST(ProtocolStrictness, DuplicateLengthsOddCodingsAndSpacesBeforeAColonAre400) {
  TestServer server({.demo = false});
  const std::string body = loginBody();
  const std::string len = std::to_string(body.size());
  const std::string head = "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
  for (const std::string& framing : {
           "Content-Length: " + len + "\r\nContent-Length: " + len + "\r\n",
           "Content-Length: " + len + "\r\nContent-Length: 3\r\n",
           std::string("Transfer-Encoding: chunked, gzip\r\n"),
           std::string("Transfer-Encoding: gzip\r\n"),
           "Content-Length : " + len + "\r\n",
           std::string("Content-Length: +12\r\n"),
       }) {
    const std::string raw = rawExchange(server.port(), head + framing + "\r\n" + body);
    EXPECT_EQ(rawStatus(raw), Status::BadRequest_400) << framing << raw;
    EXPECT_EQ(rawResponseCount(raw), 1) << framing;
  }
  // A chunked API request is refused for its missing length (browsers always send one).
  const std::string chunked = rawExchange(server.port(), head + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
  EXPECT_EQ(rawStatus(chunked), Status::LengthRequired_411) << chunked;
  EXPECT_EQ(server.client().Get("/api/health")->status, Status::OK_200);
}

TEST(ProtocolStrictness, JsonRoutesTakeApplicationJsonOnly) {
  TestServer server;
  auto cli = server.client();
  for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
    auto res = cli.Post("/api/session", loginBody(), type);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, Status::UnsupportedMediaType_415) << type;
    EXPECT_EQ(bodyJson(res)["error"]["code"], "invalid_input");
  }
  EXPECT_EQ(cli.Post("/api/session", loginBody(), "application/json; charset=utf-8")->status, Status::OK_200);
  EXPECT_EQ(cli.Post("/api/session", loginBody(), "Application/JSON")->status, Status::OK_200);
}

TEST(ProtocolStrictness, AByteOrderMarkOrAKeyGivenTwiceIs400) {
  TestServer server;
  auto cli = server.client();
  auto bom = cli.Post("/api/session", "\xEF\xBB\xBF" + loginBody(), "application/json");
  EXPECT_EQ(bom->status, Status::BadRequest_400);
  const std::string twice = R"({"role":"enterprise","login_name":"x","login_name":")" + std::string(kXinyuan) +
                            R"(","password":"Qinqing@2026"})";
  auto dup = cli.Post("/api/session", twice, "application/json");
  EXPECT_EQ(dup->status, Status::BadRequest_400) << dup->body;
}

TEST(ProtocolStrictness, ACrossSiteWriteIsRefusedBeforeAnythingRuns) {
  TestServer server({.allowedOrigins = {"https://qinqing.shiyan.gov.cn"}});
  auto cli = server.client();
  auto evil = cli.Post("/api/session", {{"Origin", "https://evil.example"}}, loginBody(), "application/json");
  EXPECT_EQ(evil->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(evil)["error"]["code"], "forbidden");
  auto fetchSite = cli.Post("/api/session", {{"Sec-Fetch-Site", "cross-site"}}, loginBody(), "application/json");
  EXPECT_EQ(fetchSite->status, Status::Forbidden_403);
  auto nullOrigin = cli.Post("/api/session", {{"Origin", "null"}}, loginBody(), "application/json");
  EXPECT_EQ(nullOrigin->status, Status::Forbidden_403);
  // The page's own origin, a configured CORS origin, and non-browser clients pass.
  const std::string self = "http://127.0.0.1:" + std::to_string(server.port());
  EXPECT_EQ(cli.Post("/api/session", {{"Origin", self}, {"Sec-Fetch-Site", "same-origin"}}, loginBody(), "application/json")->status,
            Status::OK_200);
  EXPECT_EQ(cli.Post("/api/session", {{"Origin", "https://qinqing.shiyan.gov.cn"}}, loginBody(), "application/json")->status,
            Status::OK_200);
  EXPECT_EQ(cli.Post("/api/session", loginBody(), "application/json")->status, Status::OK_200);
  // Reads are not writes: a cross-site GET is answered (CORS keeps its reply from the page).
  EXPECT_EQ(cli.Get("/api/health", {{"Origin", "https://evil.example"}})->status, Status::OK_200);
}

TEST(ProtocolStrictness, UnknownPathsWithADotOrUnderApiAre404NotTheApp) {
  TestServer server({.demo = false});
  auto cli = server.client();
  EXPECT_EQ(cli.Get("/.env")->status, Status::NotFound_404);
  EXPECT_EQ(cli.Get("/wp-login.php")->status, Status::NotFound_404);
  EXPECT_EQ(cli.Get("/api/unknown")->status, Status::NotFound_404);
  EXPECT_EQ(cli.Get("/petitions/12")->status, Status::OK_200);  // a client route gets index.html
}
