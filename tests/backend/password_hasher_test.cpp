#include "auth/password_hasher.hpp"

#include <gtest/gtest.h>

#include <chrono>

using qinqing::backend::auth::PasswordHasher;

TEST(PasswordHasher, HashVerifiesOnlyItsOwnPassword) {
  PasswordHasher hasher(PasswordHasher::minimumCost());
  const auto hash = hasher.hash("Qinqing@2026");
  EXPECT_TRUE(hasher.verify(hash, "Qinqing@2026"));
  EXPECT_FALSE(hasher.verify(hash, "qinqing@2026"));
  EXPECT_FALSE(hasher.verify(hash, ""));
}

TEST(PasswordHasher, SamePasswordHashesDifferently) {
  PasswordHasher hasher(PasswordHasher::minimumCost());
  EXPECT_NE(hasher.hash("密码Abc123"), hasher.hash("密码Abc123"));  // random salt per hash
}

TEST(PasswordHasher, MalformedHashNeverMatches) {
  PasswordHasher hasher(PasswordHasher::minimumCost());
  EXPECT_FALSE(hasher.verify("", "x"));
  EXPECT_FALSE(hasher.verify("$argon2id$garbage", "x"));
}

// The production cost, as documented in password_hasher.hpp: argon2id, 2 passes, 64 MiB, and
// quick enough for an interactive login on this machine.
TEST(PasswordHasher, InteractiveCostIsArgon2idWith64MiBAndStaysInteractive) {
  PasswordHasher hasher;
  const auto start = std::chrono::steady_clock::now();
  const auto hash = hasher.hash("Qinqing@2026");
  EXPECT_TRUE(hasher.verify(hash, "Qinqing@2026"));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_NE(hash.find("m=65536,t=2,p=1"), std::string::npos) << hash;
  EXPECT_LT(elapsed, std::chrono::milliseconds(1000));  // two operations; ~120 ms on an idle 2-core box
}

TEST(PasswordHasher, SpendingVerifyTimeTakesAsLongAsAVerify) {
  PasswordHasher hasher;
  const auto start = std::chrono::steady_clock::now();
  hasher.spendVerifyTime("whatever");
  EXPECT_GT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(20));
}
