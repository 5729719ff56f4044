// A year of petition history for the demo (issue 12 "Demo data that shows the platform alive"):
// a few hundred petitions of the demo enterprises, each taken through PetitionService — the one
// write path, with its clocks, timeline, audit and report facts — at moments on real working days
// of the past year, along every branch: on time and late, returned to the enterprise or to the
// dispatchers, extended, rated at every level, rectified, appealed, left unrated, still open and
// overdue. Deterministic (a fixed seed), so every demo is the same. The texts the history would
// have sent are marked sent: nobody is texted about the past. The rest of the year's liaison work
// (经营状况, contacts: demo::seedDemoLiaisonYear) is written with it.
#pragma once

#include "calendar/calendar_service.hpp"
#include "db/database.hpp"

namespace qinqing::backend::demo {

inline constexpr int kDemoPetitionCount = 360;

struct DemoPetitionSummary {
  int petitions = 0;
  int refused = 0;  // steps PetitionService refused (a flaw in the generator; tests expect 0)
};

// Seeds the history ending at nowUnix. Runs only on a database without petitions (nothing otherwise).
DemoPetitionSummary seedDemoPetitions(db::Database& database, calendar::CalendarService& calendar, long long nowUnix);

}  // namespace qinqing::backend::demo
