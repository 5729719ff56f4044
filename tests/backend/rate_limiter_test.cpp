#include "http/rate_limiter.hpp"

#include <gtest/gtest.h>

using qinqing::backend::http::RateLimiter;

TEST(RateLimiter, AllowsTheLimitPerWindowAndKey) {
  RateLimiter limiter(3, 60);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.allow("10.0.0.1", 1000 + i));
  EXPECT_FALSE(limiter.allow("10.0.0.1", 1010));
  EXPECT_TRUE(limiter.allow("10.0.0.2", 1010));  // another address has its own count
  EXPECT_FALSE(limiter.allow("10.0.0.1", 1059));
  EXPECT_TRUE(limiter.allow("10.0.0.1", 1060));  // the window has passed
}

TEST(RateLimiter, ManyAddressesDoNotGrowWithoutBound) {
  RateLimiter limiter(1, 10);
  for (int i = 0; i < 10000; ++i) EXPECT_TRUE(limiter.allow("a" + std::to_string(i), i / 100));
  EXPECT_FALSE(limiter.allow("a9999", 99));
}
