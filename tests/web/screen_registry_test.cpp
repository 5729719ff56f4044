// The screen registry the features fill: which menu keys are built, and what opening each loads.
#include <algorithm>
#include <map>
#include <set>

#include "app/app_shell.hpp"
#include "qinqing/identity/menu.hpp"
#include "qinqing/petition/petition_boxes.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

std::set<std::string> menuKeysOfAllRoles() {
  std::set<std::string> keys;
  for (domain::Role role : domain::kAllRoles) {
    for (const auto& group : domain::menuForRole(role)) {
      if (group.items.empty()) keys.insert(std::string(group.key));
      for (const auto& item : group.items) keys.insert(std::string(item.key));
    }
  }
  return keys;
}

using ScreenRegistryTest = WebClientTest;

TEST_F(ScreenRegistryTest, EveryRowIsAMenuKeyOfSomeRole) {
  const auto keys = menuKeysOfAllRoles();
  for (const ScreenRow& row : m_registry.rows()) {
    EXPECT_TRUE(keys.count(row.menuKey)) << row.menuKey << " is registered but in no role's menu";
    EXPECT_NE(row.draw, nullptr) << row.menuKey;
  }
}

// The screens this version has built; every other key of the menus is shown disabled.
TEST_F(ScreenRegistryTest, TheBuiltScreensAreExactlyTheRegisteredOnes) {
  std::set<std::string> built = {
      "profile.info",     "company.info",      "admin.calendar",    "base.enterprises",  "base.cadres",
      "profile.enterprises", "profile.password", "audit.log",       "security.sessions", "security.lockouts",
      "security.policy",  "admin.sms_log",     "admin.jobs",        "admin.accounts",    "admin.org",
      "admin.import",     "admin.applications", "petition_new",     "security.accounts", "base.cadre_transfers",
      "docs.notices",     "publish.notices",   "docs.policies",     "publish.policies",  "docs.bulletins",
      "publish.bulletins", "contact.log",      "contact.survey_request", "publish.survey", "survey",
      "inspect.surveys",  "reports.surveys", "reports.petition_stats", "reports.petition_details", "reports.overview",
      "reports.unit_assessment", "admin.assessment",
  };
  for (domain::PetitionBox box : domain::kAllPetitionBoxes) built.insert(std::string(domain::petitionBoxKey(box)));
  std::set<std::string> registered;
  for (const ScreenRow& row : m_registry.rows()) registered.insert(row.menuKey);
  EXPECT_EQ(registered, built);
  for (const std::string& key : menuKeysOfAllRoles()) {
    EXPECT_EQ(screenAvailable(key), built.count(key) == 1) << key;
  }
}

TEST_F(ScreenRegistryTest, TheShellsOtherSlotsAreFilled) {
  EXPECT_NE(m_registry.loginScreen(), nullptr);
  EXPECT_EQ(m_registry.banners().size(), 1u);   // the calendar's provisional year
  EXPECT_EQ(m_registry.overlays().size(), 2u);  // the first login's dialog and the survey prompt
}

// What opening each entry asks the server for first ("METHOD path" up to its query).
TEST_F(ScreenRegistryTest, OpeningEachMenuKeyIssuesItsGet) {
  const std::map<std::string, std::string> firstRequest = {
      {"profile.info", "GET /api/me"},
      {"company.info", "GET /api/me"},
      {"admin.calendar", "GET /api/calendar"},
      {"base.enterprises", "GET /api/enterprises"},
      {"profile.enterprises", "GET /api/enterprises"},
      {"base.cadres", "GET /api/cadres"},
      {"base.cadre_transfers", "GET /api/cadre-transfers"},
      {"audit.log", "GET /api/audit"},
      {"security.sessions", "GET /api/security/sessions"},
      {"security.lockouts", "GET /api/security/locked"},
      {"security.accounts", "GET /api/accounts"},
      {"admin.sms_log", "GET /api/sms"},
      {"admin.jobs", "GET /api/jobs"},
      {"admin.accounts", "GET /api/accounts"},
      {"admin.org", "GET /api/regions"},
      {"admin.applications", "GET /api/applications"},
      {"docs.notices", "GET /api/announcements"},
      {"publish.notices", "GET /api/application-options"},  // the audience's regions and industries
      {"docs.policies", "GET /api/policies"},
      {"publish.policies", "GET /api/publish/policies"},
      {"docs.bulletins", "GET /api/bulletins"},
      {"publish.bulletins", "GET /api/publish/bulletins"},
      {"contact.log", "GET /api/contacts/mine"},
      {"survey", "GET /api/survey/prompt"},
      {"inspect.surveys", "GET /api/survey/tallies"},
      {"reports.petition_stats", "GET /api/reports/petition-stats"},
      {"reports.petition_details", "GET /api/reports/petition-details"},
      {"reports.overview", "GET /api/reports/overview"},
      {"reports.unit_assessment", "GET /api/reports/unit-assessment"},
      {"admin.assessment", "GET /api/settings/assessment-weights"},
      {"reports.surveys", "GET /api/survey/tallies"},
      {"contact.survey_request", "GET /api/enterprises"},
      {"publish.survey", "GET /api/survey/questionnaires/" /* + the current quarter */},
  };
  for (const ScreenRow& row : m_registry.rows()) {
    resetHttp();
    signIn(domain::Role::SystemAdmin);
    act(OpenMenu{row.menuKey});
    EXPECT_EQ(m_state.activeMenuKey, row.menuKey);
    std::string expected;
    if (auto it = firstRequest.find(row.menuKey); it != firstRequest.end()) expected = it->second;
    else if (domain::petitionBoxFromKey(row.menuKey)) expected = "GET /api/petitions";
    if (expected.empty()) {
      EXPECT_TRUE(sentRequests().empty()) << row.menuKey << " loads nothing on opening; sent " << (sentRequests().empty() ? "" : sentLines().front());
      continue;
    }
    ASSERT_FALSE(sentRequests().empty()) << row.menuKey;
    const std::string line = sentLines().front();
    EXPECT_EQ(line.substr(0, std::min(line.find('?'), expected.back() == '/' ? expected.size() : std::string::npos)), expected)
        << row.menuKey << ": " << line;
  }
}

TEST_F(ScreenRegistryTest, APetitionBoxAsksForItsOwnBoxAndTheBadges) {
  signIn(domain::Role::Cadre);
  act(OpenMenu{"petitions.review"});
  const auto lines = sentLines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("box=petitions.review"), std::string::npos) << lines[0];
  EXPECT_EQ(lines[1], "GET /api/petitions/counts");
}

TEST_F(ScreenRegistryTest, CompanyInfoReloadsTheProfileThenOpensTheOwnRecord) {
  signIn(domain::Role::Enterprise);
  act(OpenMenu{"company.info"});
  // The profile first; the record with its operating months and contact log follows it.
  EXPECT_EQ(sentLines(), (std::vector<std::string>{"GET /api/me", "GET /api/enterprises/7/operating-status?months=12",
                                                   "GET /api/enterprises/7/contacts?page=1&page_size=20&sort=date&order=desc",
                                                   "GET /api/enterprises/7"}));
}

}  // namespace
}  // namespace qinqing::web::test
