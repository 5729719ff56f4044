// Seven hand-checkable petitions of 2020 around 国庆节·中秋节 (2020-10-01..10-08 off; Sunday 09-27 and
// Saturday 10-10 调休上班), with due instants computed by the real working-day calendar.
// The expected counts are written out in the tests that use them.
#pragma once

#include <vector>

#include "calendar_fixture.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/report/scorecard.hpp"

namespace qinqing::test {

inline domain::Instant dueIn(domain::Instant from, int workingDays) {
  return domain::dueAfterWorkingDays(realCalendar(), from, workingDays).dueAt;
}

// The reports are read at this instant.
inline domain::Instant reportNow() { return T("2020-11-20T09:00:00+08:00"); }

inline std::vector<domain::ScoredPetition> holidayPetitions() {
  using domain::PetitionState;
  using domain::Rating;
  std::vector<domain::ScoredPetition> v;
  domain::ScoredPetition f;

  // P1 (September): received on the last working day before the holiday; signed on the first working
  // day after it (on time: 1 working day), finished on time; 满意.
  f = {};
  f.petitionId = 1; f.unitId = 101; f.regionId = 11; f.industryGroupId = 21; f.cadreId = 31;
  f.receivedAt = T("2020-09-30T10:00:00+08:00");
  f.signDue = dueIn(f.receivedAt, 1);                  // 2020-10-09
  f.signedAt = T("2020-10-09T09:00:00+08:00");
  f.finishDue = dueIn(*f.signedAt, 15);                // 2020-10-29
  f.finishedAt = T("2020-10-29T20:00:00+08:00");
  f.rating = Rating::Satisfied;
  f.state = PetitionState::Closed;
  v.push_back(f);

  // P2 (October, China time, though 2020-09-30 in UTC): signed on 调休 Saturday 10-10, a day late;
  // one extension; finished in the extension; rated 非常不满意, rectified, then 基本满意.
  f = {};
  f.petitionId = 2; f.unitId = 101; f.regionId = 11; f.industryGroupId = 21; f.cadreId = 32;
  f.receivedAt = T("2020-09-30T16:30:00Z");
  f.signDue = dueIn(f.receivedAt, 1);                  // 2020-10-09
  f.signedAt = T("2020-10-10T10:00:00+08:00");
  f.finishDue = dueIn(dueIn(*f.signedAt, 15), 10);     // 10-30, extended by 10 working days: 11-13
  f.finishedAt = T("2020-11-10T10:00:00+08:00");
  f.extensionCount = 1;
  f.rating = Rating::BasicallySatisfied;
  f.rectified = true;
  f.state = PetitionState::Closed;
  v.push_back(f);

  // P3 (September): received on 调休 Sunday 09-27; returned by unit 101 and re-routed to 102, which
  // signed late and finished late; rated 不满意, the appeal was upheld.
  f = {};
  f.petitionId = 3; f.unitId = 102; f.regionId = 12; f.industryGroupId = 22; f.cadreId = 31;
  f.receivedAt = T("2020-09-27T09:00:00+08:00");
  f.signDue = dueIn(f.receivedAt, 1);                  // 2020-09-28
  f.signedAt = T("2020-09-29T09:00:00+08:00");
  f.finishDue = dueIn(*f.signedAt, 15);                // 2020-10-27
  f.finishedAt = T("2020-10-28T09:00:00+08:00");
  f.returned = true;
  f.reroutedCount = 1;
  f.rating = Rating::Dissatisfied;
  f.appealUpheld = true;
  f.state = PetitionState::Closed;
  v.push_back(f);

  // P4 (September): signed on time, still handling past its due date: overdue now.
  f = {};
  f.petitionId = 4; f.unitId = 102; f.regionId = 12; f.industryGroupId = 21; f.cadreId = 32;
  f.receivedAt = T("2020-09-29T15:00:00+08:00");
  f.signDue = dueIn(f.receivedAt, 1);                  // 2020-09-30
  f.signedAt = T("2020-09-29T16:00:00+08:00");
  f.finishDue = dueIn(*f.signedAt, 15);                // 2020-10-27
  f.state = PetitionState::Handling;
  v.push_back(f);

  // P5 (September, its last second): not routed yet.
  f = {};
  f.petitionId = 5; f.industryGroupId = 22; f.cadreId = 31;
  f.receivedAt = T("2020-09-30T23:59:59+08:00");
  f.state = PetitionState::PendingDispatch;
  v.push_back(f);

  // P6 (September): on time throughout, closed without a rating (未评价).
  f = {};
  f.petitionId = 6; f.unitId = 101; f.regionId = 11; f.industryGroupId = 22; f.cadreId = 33;
  f.receivedAt = T("2020-09-10T09:00:00+08:00");
  f.signDue = dueIn(f.receivedAt, 1);
  f.signedAt = T("2020-09-11T09:00:00+08:00");
  f.finishDue = dueIn(*f.signedAt, 15);
  f.finishedAt = T("2020-09-25T09:00:00+08:00");
  f.state = PetitionState::Closed;
  v.push_back(f);

  // P7 (October): on time, waiting for the enterprise's rating.
  f = {};
  f.petitionId = 7; f.unitId = 102; f.regionId = 11; f.industryGroupId = 21; f.cadreId = 33;
  f.receivedAt = T("2020-10-15T09:00:00+08:00");
  f.signDue = dueIn(f.receivedAt, 1);
  f.signedAt = T("2020-10-15T14:00:00+08:00");
  f.finishDue = dueIn(*f.signedAt, 15);                // 2020-11-05
  f.finishedAt = T("2020-11-02T10:00:00+08:00");
  f.state = PetitionState::PendingRating;
  v.push_back(f);

  for (auto& p : v) p.overdueNow = domain::petitionOverdueAt(p, reportNow());
  return v;
}

}  // namespace qinqing::test
