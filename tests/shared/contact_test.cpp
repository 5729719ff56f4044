#include <gtest/gtest.h>

#include <string>

#include "qinqing/validation/contact.hpp"

using namespace qinqing::domain;

TEST(MainlandMobile, ElevenDigitsFrom13To19) {
  for (const char* ok : {"13812341234", "14700000000", "15900000000", "16600000000", "17700000000", "18912345678",
                         "19912345678"}) {
    EXPECT_TRUE(isMainlandMobile(ok)) << ok;
  }
  for (const char* bad : {"", "12812341234", "10812341234", "23812341234", "1381234123", "138123412345",
                          "+8613812341234", "138 1234 1234", "138-1234-1234", "1381234123a", "１３８１２３４１２３４"}) {
    EXPECT_FALSE(isMainlandMobile(bad)) << bad;
  }
}

TEST(Email, AcceptsOrdinaryAddresses) {
  for (const char* ok : {"zhangsan@shiyan.gov.cn", "li.si+notice@qq.com", "a@b.cn", "user_01@mail.example-city.com.cn",
                         "x!#$%&'*+-/=?^_`{|}~y@example.org", "WANG@163.COM"}) {
    EXPECT_TRUE(isValidEmail(ok)) << ok;
  }
}

TEST(Email, RejectsMalformedAddresses) {
  for (const char* bad : {"", "zhangsan", "@qq.com", "zhangsan@", "zhang san@qq.com", "a@@qq.com", "a@b@qq.com",
                          ".a@qq.com", "a.@qq.com", "a..b@qq.com", "a@qq", "a@-qq.com", "a@qq-.com", "a@qq..com",
                          "a@qq.c", "a@qq.123", "a@.qq.com", "张三@qq.com", "a@例子.中国", "\"a\"@qq.com",
                          "a@[127.0.0.1]", "a@qq.com."}) {
    EXPECT_FALSE(isValidEmail(bad)) << bad;
  }
  EXPECT_FALSE(isValidEmail(std::string(65, 'a') + "@qq.com"));
  EXPECT_TRUE(isValidEmail(std::string(64, 'a') + "@qq.com"));
  EXPECT_FALSE(isValidEmail("a@" + std::string(64, 'b') + ".com"));
  std::string longDomain;
  for (int i = 0; i < 50; ++i) longDomain += "abcd.";
  EXPECT_FALSE(isValidEmail("a@" + longDomain + "com"));  // 254+ characters
}
