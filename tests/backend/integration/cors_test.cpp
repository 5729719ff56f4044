#include <gtest/gtest.h>

#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using Status = httplib::StatusCode;

namespace {
constexpr const char* kAllowed = "https://qinqing.example.cn";
constexpr const char* kOther = "https://evil.example.com";

class CorsApi : public ::testing::Test {
protected:
  TestServer server{{.demo = false, .allowedOrigins = {kAllowed}}};
};

TEST_F(CorsApi, ConfiguredOriginMayReadApiResponses) {
  auto res = server.client().Get("/api/health", {{"Origin", kAllowed}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_EQ(res->get_header_value("Vary"), "Origin");
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Credentials"));
}

TEST_F(CorsApi, OtherOriginsGetNoCorsHeaders) {
  auto res = server.client().Get("/api/health", {{"Origin", kOther}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::OK_200);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

TEST_F(CorsApi, PreflightFromConfiguredOriginAllowsBearerAuthorization) {
  auto res = server.client().Options("/api/session", {{"Origin", kAllowed},
                                                      {"Access-Control-Request-Method", "POST"},
                                                      {"Access-Control-Request-Headers", "authorization, content-type"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::NoContent_204);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_NE(res->get_header_value("Access-Control-Allow-Headers").find("Authorization"), std::string::npos);
  EXPECT_NE(res->get_header_value("Access-Control-Allow-Methods").find("DELETE"), std::string::npos);
}

TEST_F(CorsApi, PreflightFromOtherOriginIsRefused) {
  auto res = server.client().Options("/api/session", {{"Origin", kOther}, {"Access-Control-Request-Method", "POST"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden");
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

TEST(CorsDefault, NoOriginIsAllowedUnlessConfigured) {
  TestServer server({.demo = false});
  auto res = server.client().Get("/api/health", {{"Origin", kAllowed}});
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

}  // namespace
