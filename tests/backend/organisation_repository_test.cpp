#include "repositories/organisation_repository.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Exception.h>

#include "repository_fixture.hpp"

using namespace qinqing::backend;
using OrganisationRepositoryTest = qinqing::backend::testsupport::RepositoryTest;

TEST_F(OrganisationRepositoryTest, LoginOptionsListRegionsAndUnitsInDisplayOrder) {
  auto options = with([](SQLite::Database& c) { return OrganisationRepository(c).loginOptions(); });
  ASSERT_EQ(options.regions.size(), 2u);
  EXPECT_EQ(options.regions[0].name, "十堰市");
  EXPECT_EQ(options.regions[0].kind, qinqing::domain::RegionKind::City);
  EXPECT_EQ(options.regions[1].name, "茅箭区");
  ASSERT_EQ(options.units.size(), 3u);
  EXPECT_EQ(options.units[0].name, "十堰市经信局");
  EXPECT_EQ(options.units[1].name, "十堰市商务局");
  EXPECT_EQ(options.units[2].name, "茅箭区经信局");
  EXPECT_EQ(options.units[2].regionId, countyId);
}

TEST_F(OrganisationRepositoryTest, FindsRegionsAndUnitsByName) {
  with([&](SQLite::Database& c) {
    OrganisationRepository org(c);
    EXPECT_EQ(org.findRegionId("茅箭区"), countyId);
    EXPECT_FALSE(org.findRegionId("武汉市").has_value());
    EXPECT_EQ(org.findUnitId(cityId, "十堰市商务局"), swjId);
    EXPECT_FALSE(org.findUnitId(countyId, "十堰市商务局").has_value());  // right name, wrong region
  });
}

TEST_F(OrganisationRepositoryTest, UnitNameMayRepeatOnlyInAnotherRegion) {
  with([&](SQLite::Database& c) {
    OrganisationRepository org(c);
    EXPECT_NO_THROW(org.insertUnit({countyId, "十堰市商务局", 5}));
    EXPECT_THROW(org.insertUnit({cityId, "十堰市商务局", 5}), SQLite::Exception);
  });
}

TEST_F(OrganisationRepositoryTest, UnitInUnknownRegionIsRefused) {
  with([&](SQLite::Database& c) {
    EXPECT_THROW(OrganisationRepository(c).insertUnit({9999, "某局", 0}), SQLite::Exception);
  });
}
