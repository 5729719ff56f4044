#include "audit/audit_chain.hpp"

#include <gtest/gtest.h>

#include <vector>

using namespace qinqing::backend::audit;

namespace {

AuditRow row(long long id, std::string action = "session.login") {
  AuditRow r;
  r.id = id;
  r.at = 1772413200 + id;
  r.accountId = 7;
  r.accountLabel = "sysadmin";
  r.role = "system_admin";
  r.sourceAddress = "127.0.0.1";
  r.action = std::move(action);
  r.objectType = "account";
  r.objectId = "7";
  r.result = "ok";
  return r;
}

// A correctly linked chain of n rows.
std::vector<AuditRow> chain(int n) {
  std::vector<AuditRow> rows;
  std::string prev(kGenesisHash);
  for (int i = 1; i <= n; ++i) {
    AuditRow r = row(i);
    r.prevHash = prev;
    r.hash = chainHash(prev, r);
    prev = r.hash;
    rows.push_back(r);
  }
  return rows;
}

std::optional<ChainBreak> firstBreak(const std::vector<AuditRow>& rows) {
  AuditChainChecker checker;
  for (const auto& r : rows) {
    if (auto broken = checker.check(r)) return broken;
  }
  return std::nullopt;
}

}  // namespace

TEST(AuditChain, HashIsSha256HexOfPrevHashAndCanonicalRow) {
  const AuditRow r = row(1);
  const std::string h = chainHash(kGenesisHash, r);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, chainHash(kGenesisHash, r));  // deterministic
  EXPECT_NE(h, chainHash(std::string(63, '0') + "1", r));
}

TEST(AuditChain, EveryColumnChangesTheHash) {
  const AuditRow base = row(1);
  const std::string h = chainHash(kGenesisHash, base);
  std::vector<AuditRow> variants(12, base);
  variants[0].id = 2;
  variants[1].at += 1;
  variants[2].accountId = std::nullopt;
  variants[3].accountLabel = "secadmin";
  variants[4].role = "security_admin";
  variants[5].sourceAddress = "10.0.0.1";
  variants[6].action = "session.logout";
  variants[7].objectType = "route";
  variants[8].objectId = "8";
  variants[9].result = "failed";
  variants[10].beforeJson = "{}";
  variants[11].afterJson = "";
  for (size_t i = 0; i < variants.size(); ++i) EXPECT_NE(chainHash(kGenesisHash, variants[i]), h) << i;
}

TEST(AuditChain, CanonicalFormIsUnambiguous) {
  // Moving text from one field to the next must not give the same serialisation.
  AuditRow a = row(1), b = row(1);
  a.accountLabel = "ab";
  a.role = "c";
  b.accountLabel = "a";
  b.role = "bc";
  EXPECT_NE(canonicalAuditRow(a), canonicalAuditRow(b));
  // NULL and empty text differ.
  AuditRow c = row(1), d = row(1);
  d.afterJson = "";
  EXPECT_NE(canonicalAuditRow(c), canonicalAuditRow(d));
}

TEST(AuditChain, IntactChainPassesAndReportsItsHead) {
  auto rows = chain(5);
  AuditChainChecker checker;
  for (const auto& r : rows) EXPECT_FALSE(checker.check(r));
  EXPECT_EQ(checker.count(), 5);
  EXPECT_EQ(checker.headHash(), rows.back().hash);
  EXPECT_EQ(AuditChainChecker().headHash(), kGenesisHash);
}

TEST(AuditChain, ChangedContentBreaksThatRow) {
  auto rows = chain(5);
  rows[2].result = "refused";
  auto broken = firstBreak(rows);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, 3);
  EXPECT_EQ(broken->position, 3);
  EXPECT_NE(broken->reason.find("本条记录被修改"), std::string::npos) << broken->reason;
}

TEST(AuditChain, ChangedContentWithRecomputedHashBreaksTheNextLink) {
  auto rows = chain(5);
  rows[2].accountLabel = "someone else";
  rows[2].hash = chainHash(rows[2].prevHash, rows[2]);
  auto broken = firstBreak(rows);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, 4);
  EXPECT_NE(broken->reason.find("prev_hash"), std::string::npos) << broken->reason;
}

TEST(AuditChain, RemovedRowsAreFound) {
  auto middle = chain(5);
  middle.erase(middle.begin() + 2);
  auto broken = firstBreak(middle);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, 4);
  EXPECT_EQ(broken->position, 3);
  EXPECT_NE(broken->reason.find("编号不连续"), std::string::npos) << broken->reason;

  auto head = chain(3);
  head.erase(head.begin());
  broken = firstBreak(head);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->id, 2);
  EXPECT_NE(broken->reason.find("编号应从 1 开始"), std::string::npos);
}

TEST(AuditChain, CheckerStaysBrokenAfterTheFirstBreak) {
  auto rows = chain(4);
  rows[1].objectId = "x";
  AuditChainChecker checker;
  EXPECT_FALSE(checker.check(rows[0]));
  auto first = checker.check(rows[1]);
  ASSERT_TRUE(first);
  auto later = checker.check(rows[2]);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->id, 2);
  EXPECT_EQ(checker.count(), 1);
}
