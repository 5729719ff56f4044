#include "auth/session_token.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace qinqing::backend::auth;

TEST(SessionToken, TokensAre256BitUrlSafeAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    auto t = issueSessionToken();
    EXPECT_EQ(t.token.size(), 43u);  // 32 bytes, base64url without padding
    EXPECT_EQ(t.token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    EXPECT_TRUE(seen.insert(t.token).second);
  }
}

TEST(SessionToken, StoredHashIsDeterministicHexAndNotTheToken) {
  auto t = issueSessionToken();
  EXPECT_EQ(t.hash, hashSessionToken(t.token));
  EXPECT_EQ(t.hash.size(), 64u);
  EXPECT_EQ(t.hash.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(t.hash.find(t.token), std::string::npos);
  EXPECT_NE(hashSessionToken("a"), hashSessionToken("b"));
}
