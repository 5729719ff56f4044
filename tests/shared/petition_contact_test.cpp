// Who sees a petition's contact mobile in full (qinqing/petition/petition_contact.hpp), and the
// approving edit that carries the masked number back, checked alike in the browser and the server.
#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/petition/petition_contact.hpp"
#include "qinqing/petition/petition_request_rules.hpp"

using namespace qinqing::domain;
using qinqing::test::realCalendar;

namespace {

PetitionContent sample(std::string mobile) {
  return {"新厂房配套道路建设协调", "基础设施", "新建厂房门前道路尚未与市政道路连通，货车无法进出，恳请协调尽快接通。", "李堃",
          std::move(mobile)};
}

Status approveWith(const PetitionContent& sent, const PetitionContent& stored) {
  PetitionActionRequest r;
  r.content = sent;
  return validatePetitionActionRequest(PetitionAction::Approve, r, stored, realCalendar(),
                                       Date::fromCivil(2026, 9, 29).value(), std::nullopt);
}

}  // namespace

TEST(PetitionContact, OnlyTheEnterpriseSeesItInFullAndOnlyThoseWhoCallMayReveal) {
  for (Role role : kAllRoles) {
    const auto seen = contentAsSeenBy(sample("13871230000"), role);
    EXPECT_EQ(seen.contactMobile, role == Role::Enterprise ? "13871230000" : "138****0000") << roleKey(role);
  }
  EXPECT_TRUE(roleMayRevealPetitionContact(Role::Cadre));
  EXPECT_TRUE(roleMayRevealPetitionContact(Role::CityDispatcher));
  EXPECT_TRUE(roleMayRevealPetitionContact(Role::UnitAdmin));
  EXPECT_FALSE(roleMayRevealPetitionContact(Role::Inspector));
  EXPECT_FALSE(roleMayRevealPetitionContact(Role::Enterprise));
  EXPECT_EQ(contentAsSeenBy(sample(""), Role::Cadre).contactMobile, "");
}

TEST(PetitionContact, TheMaskedNumberSentBackMeansUnchanged) {
  EXPECT_EQ(editedContactMobile("138****0000", "13871230000"), "13871230000");
  EXPECT_EQ(editedContactMobile("13900001111", "13871230000"), "13900001111");
  EXPECT_EQ(editedContactMobile("139****0000", "13871230000"), "139****0000");  // not the mask of the stored one
}

TEST(PetitionContact, AnApprovingEditWithTheNumberAsShownIsValidOnBothSides) {
  // The browser holds the masked detail; the server, having restored the number, the stored one.
  EXPECT_TRUE(approveWith(sample("138****0000"), sample("138****0000")));
  EXPECT_TRUE(approveWith(sample("13871230000"), sample("13871230000")));
  // A changed number is checked as any other.
  EXPECT_FALSE(approveWith(sample("138****9999"), sample("138****0000")));
  auto otherErrors = approveWith([] { auto c = sample("138****0000"); c.title.clear(); return c; }(), sample("138****0000"));
  ASSERT_FALSE(otherErrors);
  ASSERT_EQ(otherErrors.error().fields.size(), 1u);
  EXPECT_EQ(otherErrors.error().fields[0].field, "title");
}
