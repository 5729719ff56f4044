#include "http/query_params.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::http;

namespace {
httplib::Request withParams(std::initializer_list<std::pair<std::string, std::string>> params) {
  httplib::Request req;
  for (const auto& [k, v] : params) req.params.emplace(k, v);
  return req;
}
}  // namespace

TEST(QueryParams, AbsentIsDifferentFromEmpty) {
  auto req = withParams({{"action", ""}});
  EXPECT_EQ(queryParam(req, "action"), std::optional<std::string>(""));
  EXPECT_EQ(queryParam(req, "account"), std::nullopt);
}

TEST(QueryParams, PagingDefaultsAndLimits) {
  auto defaults = parsePaging(withParams({}));
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults.value().page, 1);
  EXPECT_EQ(defaults.value().pageSize, kDefaultPageSize);
  auto set = parsePaging(withParams({{"page", "3"}, {"page_size", "200"}}));
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set.value().page, 3);
  EXPECT_EQ(set.value().pageSize, 200);
  auto bad = parsePaging(withParams({{"page", "0"}, {"page_size", "201"}}));
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "page");
  EXPECT_EQ(bad.error().fields[1].field, "page_size");
}

TEST(QueryParams, DecimalsAreDigitsOnly) {
  EXPECT_EQ(parseDecimal("42"), 42);
  EXPECT_EQ(parseDecimal("007"), 7);
  for (const char* bad : {"", "-1", "+1", " 1", "1 ", "1e3", "0x10", "99999999999999999999"}) {
    EXPECT_EQ(parseDecimal(bad), std::nullopt) << bad;
  }
}
