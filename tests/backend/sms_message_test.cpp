#include "sms/sms_message.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::sms;

TEST(SmsMessage, KeysRoundTrip) {
  for (SmsKind k : {SmsKind::Code, SmsKind::Notice}) EXPECT_EQ(smsKindFromKey(smsKindKey(k)), k);
  for (SmsStatus s : {SmsStatus::Pending, SmsStatus::Sent, SmsStatus::Failed}) {
    EXPECT_EQ(smsStatusFromKey(smsStatusKey(s)), s);
  }
  EXPECT_EQ(smsKindKey(SmsKind::Code), "code");
  EXPECT_FALSE(smsKindFromKey("sms").has_value());
}

TEST(SmsMessage, RedactionBlanksCodesButNotShortNumbers) {
  EXPECT_EQ(redactDigits("【十堰市双千办】您的验证码是004217，10分钟内有效。"), "【十堰市双千办】您的验证码是******，10分钟内有效。");
  EXPECT_EQ(redactDigits("1234567"), "*******");
  EXPECT_EQ(redactDigits("12345 a 123456"), "12345 a ******");
  EXPECT_EQ(redactDigits(""), "");
}
