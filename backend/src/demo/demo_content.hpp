// The demo's living content (issue 11): a dozen announcements, twenty policy guides across the six
// industry groups, bulletins in every review state, three months of operating status and contacts
// for the demo enterprises, and last quarter's questionnaire with its answers — so a newcomer sees
// a platform in use. Written through the content and relation repositories, inside the caller's
// seeding transaction, after the organisation, people and enterprises exist. Deterministic.
#pragma once

#include <SQLiteCpp/Database.h>

#include <utility>

namespace qinqing::backend::demo {

struct ContentSummary {
  int announcements = 0;
  int policies = 0;
  int bulletins = 0;
  int operatingReports = 0;
  int contacts = 0;
  int surveyAnswers = 0;
};

ContentSummary seedDemoContent(SQLite::Database& db, long long nowUnix);

// The rest of the demo's year of liaison work, written with the year of petitions (issue 12): the
// operating status of months 4 to 11 back and a contact in most of the months 3 to 11 back, with
// the gaps a real city has — so 单位考核 over 本年 reads like a platform in use, not one that started
// three months ago. Inside the caller's transaction. Returns {operating reports, contacts} written.
std::pair<int, int> seedDemoLiaisonYear(SQLite::Database& db, long long nowUnix);

}  // namespace qinqing::backend::demo
