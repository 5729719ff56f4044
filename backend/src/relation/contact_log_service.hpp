// ContactLogService: 联系记录 (§6). A cadre logs the contacts it has with its enterprises (only the
// enterprise's current cadre, domain::validateContact: not in the future, at most 90 days back);
// the logs are read per enterprise and per cadre by whoever's scope holds them (auth/scope.hpp).
// The month-end reminder job records, on the shared reminder day, one reminder per cadre with
// enterprises not contacted this month; the reminder digest sends it. Writes are audited.
#pragma once

#include <string>

#include "auth/auth_context.hpp"
#include "calendar/calendar_service.hpp"
#include "db/database.hpp"
#include "jobs/job_scheduler.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/contact_log_json.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::relation {

const std::vector<std::string>& contactSortKeys();  // date (default, newest first), way

class ContactLogService {
public:
  ContactLogService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // not_found unless the enterprise is the calling cadre's; validateContact's field errors. 201.
  domain::Result<wire::ContactView> log(const auth::AuthContext& who, long long enterpriseId,
                                        const domain::ContactEntry& entry, const std::string& address);
  // not_found outside the caller's scope.
  domain::Result<domain::Page<wire::ContactView>> forEnterprise(const auth::AuthContext& who, long long enterpriseId,
                                                                const domain::PageRequest& page);
  domain::Result<domain::Page<wire::ContactView>> forCadre(const auth::AuthContext& who, long long cadreId,
                                                           const domain::PageRequest& page);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

// One pass at `now`: on domain::isContactReminderDay, one reminder item per cadre with enterprises
// not contacted since the 1st. Returns the run summary.
std::string runContactReminders(db::Database& database, calendar::CalendarService& calendar, long long now);

// "contact.reminders" 联系企业月末提醒, daily at 09:15 China time.
jobs::JobDefinition contactReminderJob(calendar::CalendarService& calendar);

}  // namespace qinqing::backend::relation
