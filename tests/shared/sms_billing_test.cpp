#include <gtest/gtest.h>

#include "qinqing/ops/sms_billing.hpp"

using namespace qinqing::domain;

TEST(SmsBilling, SeventyCharactersAUnit) {
  EXPECT_EQ(smsBillingUnits(""), 1);
  EXPECT_EQ(smsBillingUnits(std::string(70, 'a')), 1);
  EXPECT_EQ(smsBillingUnits(std::string(71, 'a')), 2);
  std::string chinese;
  for (int i = 0; i < 70; ++i) chinese += "诉";
  EXPECT_EQ(smsBillingUnits(chinese), 1);  // 70 characters though 210 bytes
  EXPECT_EQ(smsBillingUnits(chinese + "求"), 2);
  EXPECT_EQ(smsBillingUnits(chinese + chinese + chinese), 3);
}

TEST(SmsBilling, DigestNamesEveryCountOnce) {
  EXPECT_EQ(reminderDigestText({}), "");
  EXPECT_TRUE(ReminderDigest{}.empty());
  EXPECT_EQ(reminderDigestText({12, 0, 0, 0}), "您有 12 件诉求已超期，请登录十堰亲清企业服务信息平台处理。");
  EXPECT_EQ(reminderDigestText({12, 3, 0, 2}),
            "您有 12 件诉求已超期、3 件诉求今日到期、2 家包联企业本月未联系，请登录十堰亲清企业服务信息平台处理。");
  EXPECT_EQ(smsBillingUnits(reminderDigestText({12, 3, 4, 2})), 1);  // a digest stays one billing unit
}
