#include "qinqing/wire/api_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace api = qinqing::wire::api;

TEST(ApiPaths, FillsEachParameterInOrder) {
  EXPECT_EQ(api::path<api::petitions::action>(7, "review"), "/api/petitions/7/actions/review");
  EXPECT_EQ(api::path<api::petitions::attachment>(12LL, 3), "/api/petitions/12/attachments/3");
  EXPECT_EQ(api::path<api::enterprises::operatingMonth>(5, std::string("2026-11")),
            "/api/enterprises/5/operating-status/2026-11");
}

TEST(ApiPaths, APatternWithoutParametersIsItself) {
  EXPECT_EQ(api::path<api::petitions::list>(), "/api/petitions");
  EXPECT_EQ(api::path<api::health::status>(), "/api/health");
}

TEST(ApiPaths, AParameterInTheMiddleKeepsTheRestOfThePath) {
  EXPECT_EQ(api::path<api::petitions::dispatchSheet>(41), "/api/petitions/41/dispatch-sheet.pdf");
  EXPECT_EQ(api::path<api::jobs::runs>("sms-send"), "/api/jobs/sms-send/runs");
}

TEST(ApiPaths, TextSegmentsArePercentEncodedSoTheyStayOneSegment) {
  EXPECT_EQ(api::path<api::jobs::run>("a/b c"), "/api/jobs/a%2Fb%20c/run");
  EXPECT_EQ(api::path<api::jobs::run>("提醒"), "/api/jobs/%E6%8F%90%E9%86%92/run");
  EXPECT_EQ(api::path<api::jobs::run>(""), "/api/jobs//run");
}

TEST(ApiPaths, CountsTheParametersOfEveryPattern) {
  EXPECT_EQ(api::petitions::list.parameters, 0u);
  EXPECT_EQ(api::petitions::one.parameters, 1u);
  EXPECT_EQ(api::petitions::action.parameters, 2u);
  for (const auto& p : api::kAllPatterns) {
    const auto colons = static_cast<std::size_t>(std::count(p.text.begin(), p.text.end(), ':'));
    EXPECT_EQ(p.parameters, colons) << p.text;
  }
}

TEST(ApiPaths, EveryPatternIsAnApiPathAndListedOnce) {
  for (const auto& p : api::kAllPatterns) {
    EXPECT_TRUE(p.text.starts_with("/api/")) << p.text;
    EXPECT_EQ(std::count(api::kAllPatterns.begin(), api::kAllPatterns.end(), p), 1) << p.text;
  }
}

TEST(ApiPaths, FillLeavesMissingParametersNamedRatherThanReadingPastTheArguments) {
  const std::string one[] = {"9"};
  EXPECT_EQ(api::fill(api::petitions::action, one, 1), "/api/petitions/9/actions/:action");
  EXPECT_EQ(api::fill(api::petitions::action, nullptr, 0), "/api/petitions/:id/actions/:action");
}
