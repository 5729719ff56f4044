#include "http/security_headers.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::http;

TEST(ContentSecurityPolicy, AllowsWasmAndForbidsFramingAndPlugins) {
  const auto csp = buildContentSecurityPolicy("");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'self' 'wasm-unsafe-eval'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(csp.find("object-src 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("'unsafe-eval'"), std::string::npos);
  EXPECT_EQ(csp.find("sha256-"), std::string::npos);
}

TEST(ContentSecurityPolicy, HashesInlineScriptsButNotExternalOnes) {
  // sha256("var Module={};") in base64, as a browser computes it for the element's text.
  const auto csp = buildContentSecurityPolicy(
      "<html><head><script>var Module={};</script><SCRIPT src=\"qinqing.js\"></SCRIPT></head></html>");
  EXPECT_NE(csp.find("'sha256-"), std::string::npos);
  EXPECT_EQ(csp.find("'sha256-", csp.find("'sha256-") + 1), std::string::npos);  // exactly one
  EXPECT_EQ(buildContentSecurityPolicy("<script>a()</script>"), buildContentSecurityPolicy("<script>a()</script>"));
  EXPECT_NE(buildContentSecurityPolicy("<script>a()</script>"), buildContentSecurityPolicy("<script>b()</script>"));
}

TEST(ContentSecurityPolicy, HasNoUnsafeInlineAndAllowsTheShellsStyleBlockByItsHash) {
  const auto csp = buildContentSecurityPolicy("<html><head><style>body{margin:0}</style></head></html>");
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  const auto style = csp.find("style-src 'self' 'sha256-");
  ASSERT_NE(style, std::string::npos) << csp;
  EXPECT_EQ(buildContentSecurityPolicy("").find("unsafe-inline"), std::string::npos);
  EXPECT_NE(buildContentSecurityPolicy("<style>a{}</style>"), buildContentSecurityPolicy("<style>b{}</style>"));
}

TEST(CorsOrigins, OnlyExactConfiguredOriginsAreAllowed) {
  SecurityHeaders headers({"https://qinqing.shiyan.gov.cn", "http://127.0.0.1:5173"}, "default-src 'self'");
  EXPECT_TRUE(headers.originAllowed("https://qinqing.shiyan.gov.cn"));
  EXPECT_TRUE(headers.originAllowed("http://127.0.0.1:5173"));
  EXPECT_FALSE(headers.originAllowed("https://qinqing.shiyan.gov.cn.evil.example"));
  EXPECT_FALSE(headers.originAllowed("http://qinqing.shiyan.gov.cn"));
  EXPECT_FALSE(headers.originAllowed(""));
  EXPECT_FALSE(headers.originAllowed("null"));
}
