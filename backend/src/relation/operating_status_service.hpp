// OperatingStatusService: 企业经营状况 (§3) per enterprise and month. The enterprise itself and its
// cadre enter a month's report; everyone whose scope holds the enterprise (auth/scope.hpp: unit and
// county administrators, dispatchers, the inspector, 系统管理员) reads it. Saving a month again
// supersedes the version in force and keeps it (history is never dropped). The owed months are
// the shared domain::missingOperatingMonths. The daily reminder job (operatingReminderJob) records
// per the shared reminder days who is owed a text; the reminder digest sends it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/wire/operating_status_json.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::relation {

using OperatingMonthDetail = wire::OperatingMonthHistory;

class OperatingStatusService {
public:
  OperatingStatusService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // The current reports of the `months` months up to this one (1..36, default 12), newest first,
  // and the owed months still missing. not_found outside the caller's scope.
  domain::Result<wire::OperatingStatusOverview> overview(const auth::AuthContext& who, long long enterpriseId,
                                                         int months = 12);
  // One month with every version. invalid_input for a malformed month; not_found outside scope.
  domain::Result<OperatingMonthDetail> month(const auth::AuthContext& who, long long enterpriseId,
                                             const std::string& month);
  // The enterprise itself or its current cadre (others: not_found / forbidden). The form is read
  // by domain::operatingStatusFromForm (every field error). Audited operating_status.saved with
  // the superseded version as before.
  domain::Result<wire::OperatingStatusView> save(const auth::AuthContext& who, long long enterpriseId,
                                                 const domain::OperatingStatusForm& form, const std::string& address);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

// One pass of the reminder job at `now`: on the shared reminder days (5th working day: the
// enterprises missing last month; 3 working days later: their cadres, one count per cadre) records
// the reminder items for the digest. Returns the run summary.
std::string runOperatingReminders(db::Database& database, calendar::CalendarService& calendar, long long now);

// "operating.reminders" 经营状况填报提醒, daily at 09:10 China time (before the digest at 09:30).
jobs::JobDefinition operatingReminderJob(calendar::CalendarService& calendar);

}  // namespace qinqing::backend::relation
