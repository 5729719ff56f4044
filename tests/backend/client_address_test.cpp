// Which address a request is audited and throttled under (http/client_address.hpp).
#include "http/client_address.hpp"

#include <gtest/gtest.h>

using qinqing::backend::http::looksLikeIpAddress;
using qinqing::backend::http::TrustedProxies;

TEST(ClientAddress, WithoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays) {
  const TrustedProxies none;
  EXPECT_EQ(none.clientOf("203.0.113.7", "198.51.100.1"), "203.0.113.7");
}

TEST(ClientAddress, AnUntrustedPeerCannotChooseItsAddress) {
  const TrustedProxies proxies({"10.0.0.5"});
  EXPECT_EQ(proxies.clientOf("203.0.113.7", "198.51.100.1"), "203.0.113.7");
}

TEST(ClientAddress, ATrustedProxyNamesTheClientAsTheRightmostUntrustedHop) {
  const TrustedProxies proxies({"10.0.0.5", "10.0.0.6"});
  EXPECT_EQ(proxies.clientOf("10.0.0.5", "198.51.100.1"), "198.51.100.1");
  // The client forged a first hop; our proxies appended the real one.
  EXPECT_EQ(proxies.clientOf("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6"), "198.51.100.1");
  EXPECT_EQ(proxies.clientOf("10.0.0.5", "2001:db8::1"), "2001:db8::1");
}

TEST(ClientAddress, AMissingOrMalformedHeaderLeavesThePeer) {
  const TrustedProxies proxies({"127.0.0.1"});
  EXPECT_EQ(proxies.clientOf("127.0.0.1", ""), "127.0.0.1");
  EXPECT_EQ(proxies.clientOf("127.0.0.1", "<script>"), "127.0.0.1");
  EXPECT_EQ(proxies.clientOf("127.0.0.1", "127.0.0.1"), "127.0.0.1");
}

TEST(ClientAddress, OnlyAddressLikeTextCounts) {
  EXPECT_TRUE(looksLikeIpAddress("192.168.1.20"));
  EXPECT_TRUE(looksLikeIpAddress("::1"));
  EXPECT_FALSE(looksLikeIpAddress(""));
  EXPECT_FALSE(looksLikeIpAddress("localhost"));
  EXPECT_FALSE(looksLikeIpAddress(std::string(46, '1')));
}
