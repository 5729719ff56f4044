#include "repositories/verification_code_repository.hpp"

#include <gtest/gtest.h>

#include "repository_fixture.hpp"

using namespace qinqing::backend;
using qinqing::backend::auth::CodePurpose;
using qinqing::backend::testsupport::kTestEpoch;

namespace {

class VerificationCodeRepositoryTest : public testsupport::RepositoryTest {
protected:
  void SetUp() override {
    RepositoryTest::SetUp();
    accountId = with([&](SQLite::Database& c) { return AccountRepository(c).insert(cadreAccount()); });
  }
  NewVerificationCode code(CodePurpose purpose, long long now, std::string hash = "h") const {
    return {accountId, purpose, "13800001111", std::move(hash), now, now + 600};
  }
  long long accountId = 0;
};

}  // namespace

TEST_F(VerificationCodeRepositoryTest, OpenUntilExpiredAndOnlyTheNewestCounts) {
  with([&](SQLite::Database& c) {
    VerificationCodeRepository codes(c);
    EXPECT_FALSE(codes.lastIssuedAt(accountId).has_value());
    const long long first = codes.issue(code(CodePurpose::BindMobile, kTestEpoch, "first"), kTestEpoch);
    EXPECT_EQ(codes.findOpen(accountId, CodePurpose::BindMobile, kTestEpoch + 599)->id, first);
    EXPECT_FALSE(codes.findOpen(accountId, CodePurpose::BindMobile, kTestEpoch + 600).has_value());  // expired
    EXPECT_FALSE(codes.findOpen(accountId, CodePurpose::Unlock, kTestEpoch).has_value());  // another purpose

    const long long second = codes.issue(code(CodePurpose::BindMobile, kTestEpoch + 60, "second"), kTestEpoch + 60);
    auto open = codes.findOpen(accountId, CodePurpose::BindMobile, kTestEpoch + 61);
    ASSERT_TRUE(open.has_value());
    EXPECT_EQ(open->id, second);
    EXPECT_EQ(open->codeHash, "second");
    EXPECT_EQ(open->mobile, "13800001111");
    EXPECT_EQ(codes.lastIssuedAt(accountId), kTestEpoch + 60);
    EXPECT_EQ(c.execAndGet("SELECT outcome FROM verification_codes WHERE id = " + std::to_string(first)).getString(),
              "replaced");
  });
}

TEST_F(VerificationCodeRepositoryTest, UsedAndBurntCodesAreClosed) {
  with([&](SQLite::Database& c) {
    VerificationCodeRepository codes(c);
    const long long id = codes.issue(code(CodePurpose::Unlock, kTestEpoch), kTestEpoch);
    codes.recordWrongTry(id, kTestEpoch + 1, false);
    auto open = codes.findOpen(accountId, CodePurpose::Unlock, kTestEpoch + 2);
    ASSERT_TRUE(open.has_value());
    EXPECT_EQ(open->failedAttempts, 1);
    codes.recordWrongTry(id, kTestEpoch + 3, true);
    EXPECT_FALSE(codes.findOpen(accountId, CodePurpose::Unlock, kTestEpoch + 4).has_value());
    EXPECT_EQ(c.execAndGet("SELECT outcome FROM verification_codes WHERE id = " + std::to_string(id)).getString(),
              "burnt");

    const long long next = codes.issue(code(CodePurpose::Unlock, kTestEpoch + 100), kTestEpoch + 100);
    codes.markUsed(next, kTestEpoch + 101);
    EXPECT_FALSE(codes.findOpen(accountId, CodePurpose::Unlock, kTestEpoch + 102).has_value());
    EXPECT_EQ(c.execAndGet("SELECT outcome FROM verification_codes WHERE id = " + std::to_string(next)).getString(),
              "used");
  });
}
