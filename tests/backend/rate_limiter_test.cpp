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

TEST(RateLimiter, TakeSaysHowLongToWaitUntilTheWindowEnds) {
  RateLimiter limiter(2, 600);
  EXPECT_EQ(limiter.take("a", 1000), 0);
  EXPECT_EQ(limiter.take("a", 1100), 0);
  EXPECT_EQ(limiter.take("a", 1200), 400);  // the window began at 1000
  EXPECT_EQ(limiter.take("a", 1599), 1);
  EXPECT_EQ(limiter.take("a", 1600), 0);
}

TEST(RateLimiter, FailuresAddedAfterTheFactCountWithoutBeingRefused) {
  RateLimiter limiter(2, 60);
  EXPECT_EQ(limiter.waitFor("a", 100), 0);
  limiter.add("a", 100);
  EXPECT_EQ(limiter.waitFor("a", 110), 0);
  limiter.add("a", 110);
  limiter.add("a", 120);  // counted even past the limit
  EXPECT_EQ(limiter.waitFor("a", 130), 30);
  EXPECT_EQ(limiter.waitFor("b", 130), 0);
  EXPECT_EQ(limiter.waitFor("a", 160), 0);  // a new window
}
