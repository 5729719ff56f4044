// Every API error is JSON with a stable code and a Chinese message — including the errors
// httplib itself raises (no route, oversized body) and handler exceptions.
#include <gtest/gtest.h>

#include <stdexcept>

#include "raw_http.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using Status = httplib::StatusCode;

namespace {
void expectJsonError(const httplib::Result& res, int status, const std::string& code) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  auto j = bodyJson(res);
  ASSERT_TRUE(j.is_object()) << res->body;
  EXPECT_EQ(j["error"]["code"], code) << res->body;
  EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
}
}  // namespace

TEST(ErrorResponses, UnknownApiRouteIsJson404) {
  TestServer server({.demo = false});
  auto cli = server.client();
  expectJsonError(cli.Get("/api/nothing-here"), Status::NotFound_404, "not_found");
  expectJsonError(cli.Post("/api/nothing-here", "{}", "application/json"), Status::NotFound_404, "not_found");
  expectJsonError(cli.Get("/api"), Status::NotFound_404, "not_found");
}

TEST(ErrorResponses, WrongMethodIsJson405WithAllow) {
  TestServer server({.demo = false});
  auto cli = server.client();
  auto get = cli.Get("/api/session");
  expectJsonError(get, Status::MethodNotAllowed_405, "method_not_allowed");
  EXPECT_EQ(get->get_header_value("Allow"), "POST, DELETE, OPTIONS");
  auto put = cli.Put("/api/health", "{}", "application/json");
  expectJsonError(put, Status::MethodNotAllowed_405, "method_not_allowed");
  EXPECT_EQ(put->get_header_value("Allow"), "GET, HEAD, OPTIONS");
  expectJsonError(cli.Post("/api/me", "{}", "application/json"), Status::MethodNotAllowed_405, "method_not_allowed");
}

TEST(ErrorResponses, MalformedJsonIsJson400) {
  TestServer server({.demo = false});
  auto cli = server.client();
  expectJsonError(cli.Post("/api/session", "{\"role\":", "application/json"), Status::BadRequest_400, "invalid_input");
  expectJsonError(cli.Post("/api/session", "[1,2,3]", "application/json"), Status::BadRequest_400, "invalid_input");
  expectJsonError(cli.Post("/api/session", "", "application/json"), Status::BadRequest_400, "invalid_input");
  expectJsonError(cli.Post("/api/session", "\xff\xfe", "application/json"), Status::BadRequest_400, "invalid_input");
}

// Refused from Content-Length alone (issue 14): the answer comes before the body is sent, so a
// client that waits for it (Expect-style, or reading while it writes) is told why.
TEST(ErrorResponses, OversizedBodyIsJson413BeforeTheBodyIsRead) {
  TestServer server({.demo = false});
  const std::string raw = rawExchange(server.port(), "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                     "Content-Type: application/json\r\nContent-Length: 13631488\r\n\r\n{");
  EXPECT_EQ(rawStatus(raw), Status::PayloadTooLarge_413) << raw;
  EXPECT_EQ(nlohmann::json::parse(rawBody(raw), nullptr, false)["error"]["code"], "payload_too_large") << raw;
  // JSON routes take 1 MiB; the server is still there after refusing more.
  auto res = server.client().Post("/api/session", std::string(1024 * 1024 + 1, ' '), "application/json");
  expectJsonError(res, Status::PayloadTooLarge_413, "payload_too_large");
  EXPECT_EQ(server.client().Get("/api/health")->status, Status::OK_200);
}

TEST(ErrorResponses, HandlerExceptionIsJson500AndTheServerCarriesOn) {
  TestServer server({.demo = false, .beforeListen = [](qinqing::backend::Server& s) {
                       s.http().Post("/api/test/throw", [](const httplib::Request&, httplib::Response&) {
                         throw std::runtime_error("deliberate failure with secret detail");
                       });
                     }});
  auto cli = server.client();
  auto res = cli.Post("/api/test/throw", "{}", "application/json");
  expectJsonError(res, Status::InternalServerError_500, "internal");
  EXPECT_EQ(res->body.find("secret detail"), std::string::npos) << "details go to the log, not the client";
  EXPECT_EQ(cli.Get("/api/health")->status, Status::OK_200);
}

TEST(ErrorResponses, MissingStaticFileWithAnExtensionIsJson404) {
  TestServer server({.demo = false});
  expectJsonError(server.client().Get("/qinqing.9f8e7d6c.wasm"), Status::NotFound_404, "not_found");
}
