// The demo's living content (issue 11): a dozen announcements, twenty policy guides across the six
// industry groups, bulletins in every review state, three months of operating status and contacts
// for the demo enterprises, and last quarter's questionnaire with its answers — so a newcomer sees
// a platform in use. Written through the content and relation repositories, inside the caller's
// seeding transaction, after the organisation, people and enterprises exist. Deterministic.
#pragma once

#include <SQLiteCpp/Database.h>

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

}  // namespace qinqing::backend::demo
