// Which petition lists each role's menu shows and which states each holds (the server filters with
// these; the client asks for a box by its menu key), and the badge of a running step.
#include <gtest/gtest.h>

#include <algorithm>

#include "calendar_fixture.hpp"
#include "qinqing/identity/menu.hpp"
#include "qinqing/petition/petition_boxes.hpp"
#include "qinqing/petition/petition_deadline.hpp"

using namespace qinqing::domain;
using qinqing::test::realCalendar;

namespace {

bool inMenu(Role role, std::string_view key) {
  for (const auto& group : menuForRole(role)) {
    if (group.key == key) return true;
    for (const auto& item : group.items) {
      if (item.key == key) return true;
    }
  }
  return false;
}

bool holds(PetitionBox box, Role role, PetitionState state) {
  const auto states = petitionBoxStates(box, role);
  return states.empty() || std::find(states.begin(), states.end(), state) != states.end();
}

}  // namespace

TEST(PetitionBoxes, EveryBoxIsAMenuItemOfTheRolesAllowedIt) {
  for (auto box : kAllPetitionBoxes) {
    EXPECT_EQ(petitionBoxFromKey(petitionBoxKey(box)), box);
    for (auto role : kAllRoles) {
      EXPECT_EQ(petitionBoxAllowed(box, role), inMenu(role, petitionBoxKey(box)))
          << petitionBoxKey(box) << " / " << roleKey(role);
    }
  }
  EXPECT_FALSE(petitionBoxFromKey("petitions.unknown"));
}

TEST(PetitionBoxes, EachStepIsInTheListOfWhoActsOnIt) {
  EXPECT_EQ(petitionBoxStates(PetitionBox::Review, Role::Cadre), std::vector{PetitionState::PendingReview});
  EXPECT_EQ(petitionBoxStates(PetitionBox::Dispatch, Role::CityDispatcher), std::vector{PetitionState::PendingDispatch});
  EXPECT_EQ(petitionBoxStates(PetitionBox::ToSign, Role::UnitAdmin), std::vector{PetitionState::PendingSign});
  EXPECT_TRUE(holds(PetitionBox::SubmitResult, Role::CountyAdmin, PetitionState::Rectifying));
  EXPECT_TRUE(holds(PetitionBox::Appeals, Role::CityDispatcher, PetitionState::Appealing));
  EXPECT_TRUE(petitionBoxNeedsPendingExtension(PetitionBox::Extensions));
  EXPECT_TRUE(petitionBoxOnlyOverdue(PetitionBox::Overdue));
  EXPECT_FALSE(holds(PetitionBox::Overdue, Role::Inspector, PetitionState::Closed));
}

TEST(PetitionBoxes, HandledMeansReviewedForACadreAndAnsweredForAUnit) {
  EXPECT_TRUE(holds(PetitionBox::Handled, Role::Cadre, PetitionState::PendingDispatch));
  EXPECT_FALSE(holds(PetitionBox::Handled, Role::Cadre, PetitionState::PendingReview));
  EXPECT_FALSE(holds(PetitionBox::Handled, Role::UnitAdmin, PetitionState::Handling));
  EXPECT_TRUE(holds(PetitionBox::Handled, Role::UnitAdmin, PetitionState::PendingRating));
  EXPECT_TRUE(holds(PetitionBox::Handled, Role::UnitAdmin, PetitionState::Closed));
}

TEST(PetitionBoxes, MineShowsEveryStateIncludingDrafts) {
  for (auto state : kAllPetitionStates) EXPECT_TRUE(holds(PetitionBox::Mine, Role::Enterprise, state));
}

TEST(PetitionDeadline, BadgesAreYellowOnTheDueDayAndRedAfter) {
  const auto& cal = realCalendar();
  // 2026-09-30 (Wednesday) 10:00 CST; due the same day, then after the National Day holiday.
  const Instant now = startOfLocalDay(Date::fromCivil(2026, 9, 30).value()).plusSeconds(10 * 3600);
  const Instant started = now.plusSeconds(-86400);
  auto today = petitionDeadlineOf(cal, ClockKind::Sign, started, Date::fromCivil(2026, 9, 30).value(), now);
  EXPECT_EQ(today.status->state, DeadlineState::DueToday);
  EXPECT_EQ(today.text, "今日到期");
  EXPECT_EQ(today.dueAt, "2026-09-30T23:59:59+08:00");
  auto late = petitionDeadlineOf(cal, ClockKind::Result, started, Date::fromCivil(2026, 9, 29).value(), now);
  EXPECT_EQ(late.status->state, DeadlineState::Overdue);
  EXPECT_EQ(late.text, "已逾期1个工作日");
}

TEST(PetitionDeadline, AStepWithNoLimitShowsHowLongItHasWaited) {
  const auto& cal = realCalendar();
  // Waiting since Thursday 2026-09-24: 25–27 September are 中秋 holidays, Monday 28 and Tuesday 29
  // working days.
  const Instant started = startOfLocalDay(Date::fromCivil(2026, 9, 24).value()).plusSeconds(15 * 3600);
  const Instant now = startOfLocalDay(Date::fromCivil(2026, 9, 29).value()).plusSeconds(9 * 3600);
  auto waiting = petitionDeadlineOf(cal, ClockKind::Dispatch, started, std::nullopt, now);
  EXPECT_FALSE(waiting.status);
  EXPECT_EQ(waiting.text, "已等待2个工作日");
}

TEST(PetitionDeadline, TheClockExplanationSaysHowTheDueDateWasCounted) {
  PetitionClock clock;
  clock.kind = ClockKind::Result;
  clock.startedAt = "2026-09-28T10:00:00+08:00";
  clock.workingDays = 15;
  clock.dueDate = Date::fromCivil(2026, 10, 26).value();
  EXPECT_EQ(petitionClockExplanation(clock),
            "办理时限：2026-10-26 23:59:59 前（15个工作日，自2026-09-28次日起算，周末和法定节假日不计，调休上班日计入）");
  clock.workingDays = 0;
  clock.dueDate.reset();
  EXPECT_EQ(petitionClockExplanation(clock), "办理环节不设时限，自2026-09-28起计量等待时间（按工作日计）");
}
