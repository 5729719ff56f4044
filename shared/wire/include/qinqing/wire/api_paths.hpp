// Every API route's path pattern, once: the backend registers its routes with these constants
// (RouteTable takes an api::Pattern, never a bare string) and the web client builds its request
// paths from the same constants with api::path<…>(args…). A renamed route is one edit here, and a
// client path with the wrong number of arguments does not compile.
//
// Patterns name their parameters as ":name" segments ("/api/petitions/:id/actions/:action").
// tests/backend checks that the server registers exactly the patterns of kAllPatterns.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

namespace qinqing::wire::api {

struct Pattern {
  std::string_view text;
  std::size_t parameters = 0;  // how many ":name" segments

  consteval explicit Pattern(std::string_view pattern) : text(pattern), parameters(countParameters(pattern)) {}

  friend constexpr bool operator==(const Pattern& a, const Pattern& b) { return a.text == b.text; }

private:
  static consteval std::size_t countParameters(std::string_view pattern) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
      if (pattern[i] == '/' && pattern[i + 1] == ':') ++n;
    }
    return n;
  }
};

// clang-format off
namespace health        { inline constexpr Pattern status{"/api/health"}; }
namespace openapi       { inline constexpr Pattern document{"/api/openapi.json"}; }
namespace loginOptions  { inline constexpr Pattern list{"/api/login-options"}; }
namespace session       { inline constexpr Pattern current{"/api/session"}; }
namespace me {
inline constexpr Pattern profile{"/api/me"};
inline constexpr Pattern password{"/api/me/password"};
inline constexpr Pattern mobile{"/api/me/mobile"};
inline constexpr Pattern mobileCode{"/api/me/mobile/code"};
inline constexpr Pattern unitTransfer{"/api/me/unit-transfer"};
}  // namespace me
namespace calendar {
inline constexpr Pattern year{"/api/calendar"};
inline constexpr Pattern dueDate{"/api/calendar/due-date"};
inline constexpr Pattern yearDays{"/api/calendar/years/:year"};
inline constexpr Pattern day{"/api/calendar/days/:date"};
inline constexpr Pattern changes{"/api/calendar/changes"};
}  // namespace calendar
namespace audit         { inline constexpr Pattern list{"/api/audit"}; }
namespace enterprises {
inline constexpr Pattern list{"/api/enterprises"};
inline constexpr Pattern one{"/api/enterprises/:id"};
inline constexpr Pattern reveal{"/api/enterprises/:id/reveal"};
inline constexpr Pattern cadre{"/api/enterprises/:id/cadre"};
inline constexpr Pattern assignments{"/api/enterprises/:id/assignments"};
inline constexpr Pattern operatingStatus{"/api/enterprises/:id/operating-status"};
inline constexpr Pattern operatingMonth{"/api/enterprises/:id/operating-status/:month"};
inline constexpr Pattern contacts{"/api/enterprises/:id/contacts"};
}  // namespace enterprises
namespace cadres {
inline constexpr Pattern list{"/api/cadres"};
inline constexpr Pattern one{"/api/cadres/:id"};
inline constexpr Pattern contacts{"/api/cadres/:id/contacts"};
}  // namespace cadres
namespace contacts      { inline constexpr Pattern mine{"/api/contacts/mine"}; }
namespace accounts {
inline constexpr Pattern list{"/api/accounts"};
inline constexpr Pattern one{"/api/accounts/:id"};
inline constexpr Pattern handover{"/api/accounts/:id/handover"};
inline constexpr Pattern disable{"/api/accounts/:id/disable"};
inline constexpr Pattern enable{"/api/accounts/:id/enable"};
}  // namespace accounts
namespace regions {
inline constexpr Pattern list{"/api/regions"};
inline constexpr Pattern one{"/api/regions/:id"};
}  // namespace regions
namespace units {
inline constexpr Pattern list{"/api/units"};
inline constexpr Pattern one{"/api/units/:id"};
}  // namespace units
namespace industryGroups { inline constexpr Pattern list{"/api/industry-groups"}; }
namespace unlock {
inline constexpr Pattern account{"/api/unlock"};
inline constexpr Pattern code{"/api/unlock/code"};
}  // namespace unlock
namespace activation {
inline constexpr Pattern account{"/api/activation"};
inline constexpr Pattern code{"/api/activation/code"};
}  // namespace activation
namespace passwordReset {
inline constexpr Pattern account{"/api/password-reset"};
inline constexpr Pattern code{"/api/password-reset/code"};
}  // namespace passwordReset
namespace cadreTransfers {
inline constexpr Pattern list{"/api/cadre-transfers"};
inline constexpr Pattern decision{"/api/cadre-transfers/:id/decision"};
}  // namespace cadreTransfers
namespace applications {
inline constexpr Pattern options{"/api/application-options"};
inline constexpr Pattern list{"/api/applications"};
inline constexpr Pattern status{"/api/applications/status"};
inline constexpr Pattern one{"/api/applications/:id"};
inline constexpr Pattern approve{"/api/applications/:id/approve"};
inline constexpr Pattern reject{"/api/applications/:id/reject"};
}  // namespace applications
namespace security {
inline constexpr Pattern sessions{"/api/security/sessions"};
inline constexpr Pattern session{"/api/security/sessions/:id"};
inline constexpr Pattern locked{"/api/security/locked"};
inline constexpr Pattern unlockAccount{"/api/security/accounts/:id/unlock"};
inline constexpr Pattern temporaryPassword{"/api/security/accounts/:id/temporary-password"};
}  // namespace security
namespace sms {
inline constexpr Pattern log{"/api/sms"};
inline constexpr Pattern usage{"/api/sms/usage"};
}  // namespace sms
namespace jobs {
inline constexpr Pattern list{"/api/jobs"};
inline constexpr Pattern runs{"/api/jobs/:name/runs"};
inline constexpr Pattern run{"/api/jobs/:name/run"};
}  // namespace jobs
namespace petitions {
inline constexpr Pattern list{"/api/petitions"};
inline constexpr Pattern counts{"/api/petitions/counts"};
inline constexpr Pattern one{"/api/petitions/:id"};
inline constexpr Pattern action{"/api/petitions/:id/actions/:action"};
inline constexpr Pattern dispatchSheet{"/api/petitions/:id/dispatch-sheet.pdf"};
inline constexpr Pattern contactMobile{"/api/petitions/:id/contact-mobile"};  // POST: an audited reveal
inline constexpr Pattern attachments{"/api/petitions/:id/attachments"};
inline constexpr Pattern attachment{"/api/petitions/:id/attachments/:aid"};
inline constexpr Pattern dispatchLimit{"/api/settings/dispatch-limit"};
}  // namespace petitions
namespace assignmentImport {
inline constexpr Pattern jobs{"/api/import/jobs"};
inline constexpr Pattern job{"/api/import/jobs/:id"};
inline constexpr Pattern problems{"/api/import/jobs/:id/problems"};
}  // namespace assignmentImport
namespace announcements {
inline constexpr Pattern list{"/api/announcements"};
inline constexpr Pattern unreadCount{"/api/announcements/unread-count"};
inline constexpr Pattern one{"/api/announcements/:id"};
inline constexpr Pattern read{"/api/announcements/:id/read"};
inline constexpr Pattern attachment{"/api/announcements/:id/attachments/:aid"};
inline constexpr Pattern publishList{"/api/publish/announcements"};
inline constexpr Pattern publishOne{"/api/publish/announcements/:id"};
inline constexpr Pattern publish{"/api/publish/announcements/:id/publish"};
inline constexpr Pattern withdraw{"/api/publish/announcements/:id/withdraw"};
inline constexpr Pattern publishAttachments{"/api/publish/announcements/:id/attachments"};
inline constexpr Pattern publishAttachment{"/api/publish/announcements/:id/attachments/:aid"};
}  // namespace announcements
namespace policies {
inline constexpr Pattern list{"/api/policies"};
inline constexpr Pattern one{"/api/policies/:id"};
inline constexpr Pattern read{"/api/policies/:id/read"};
inline constexpr Pattern attachment{"/api/policies/:id/attachments/:aid"};
inline constexpr Pattern publishList{"/api/publish/policies"};
inline constexpr Pattern publishOne{"/api/publish/policies/:id"};
inline constexpr Pattern publish{"/api/publish/policies/:id/publish"};
inline constexpr Pattern withdraw{"/api/publish/policies/:id/withdraw"};
inline constexpr Pattern publishAttachments{"/api/publish/policies/:id/attachments"};
inline constexpr Pattern publishAttachment{"/api/publish/policies/:id/attachments/:aid"};
}  // namespace policies
namespace bulletins {
inline constexpr Pattern list{"/api/bulletins"};
inline constexpr Pattern one{"/api/bulletins/:id"};
inline constexpr Pattern unitCounts{"/api/bulletins/unit-counts"};
inline constexpr Pattern reviewList{"/api/publish/bulletins"};
inline constexpr Pattern review{"/api/publish/bulletins/:id/review"};
}  // namespace bulletins
namespace survey {
inline constexpr Pattern questionnaire{"/api/survey/questionnaires/:quarter"};
inline constexpr Pattern prompt{"/api/survey/prompt"};
inline constexpr Pattern answers{"/api/survey/answers"};
inline constexpr Pattern tallies{"/api/survey/tallies"};
inline constexpr Pattern requests{"/api/survey/requests"};
inline constexpr Pattern cadreResults{"/api/survey/cadre-results"};
inline constexpr Pattern questionTallies{"/api/survey/question-tallies"};
}  // namespace survey
namespace reports {
inline constexpr Pattern petitionStats{"/api/reports/petition-stats"};
inline constexpr Pattern petitionStatsCell{"/api/reports/petition-stats/cell"};
inline constexpr Pattern petitionStatsExport{"/api/reports/petition-stats/export"};
inline constexpr Pattern petitionDetails{"/api/reports/petition-details"};
inline constexpr Pattern petitionDetailsExports{"/api/reports/petition-details/exports"};
inline constexpr Pattern overview{"/api/reports/overview"};
inline constexpr Pattern overviewPetitions{"/api/reports/overview/petitions"};
inline constexpr Pattern unitAssessment{"/api/reports/unit-assessment"};
inline constexpr Pattern unitAssessmentExport{"/api/reports/unit-assessment/export"};
inline constexpr Pattern assessmentWeights{"/api/settings/assessment-weights"};
}  // namespace reports
namespace exportJobs {
inline constexpr Pattern one{"/api/export-jobs/:id"};
inline constexpr Pattern file{"/api/export-jobs/:id/file"};
}  // namespace exportJobs
// clang-format on

// Every pattern above, for the route-table test (the server registers exactly these).
inline constexpr std::array kAllPatterns = {
    health::status, openapi::document, loginOptions::list, session::current,
    me::profile, me::password, me::mobile, me::mobileCode, me::unitTransfer,
    calendar::year, calendar::dueDate, calendar::yearDays, calendar::day, calendar::changes,
    audit::list,
    enterprises::list, enterprises::one, enterprises::reveal, enterprises::cadre, enterprises::assignments,
    enterprises::operatingStatus, enterprises::operatingMonth, enterprises::contacts,
    cadres::list, cadres::one, cadres::contacts, contacts::mine,
    accounts::list, accounts::one, accounts::handover, accounts::disable, accounts::enable,
    regions::list, regions::one, units::list, units::one, industryGroups::list,
    unlock::account, unlock::code, activation::account, activation::code,
    passwordReset::account, passwordReset::code,
    cadreTransfers::list, cadreTransfers::decision,
    applications::options, applications::list, applications::status, applications::one,
    applications::approve, applications::reject,
    security::sessions, security::session, security::locked, security::unlockAccount,
    security::temporaryPassword,
    sms::log, sms::usage, jobs::list, jobs::runs, jobs::run,
    petitions::list, petitions::counts, petitions::one, petitions::action, petitions::dispatchSheet, petitions::contactMobile,
    petitions::attachments, petitions::attachment, petitions::dispatchLimit,
    assignmentImport::jobs, assignmentImport::job, assignmentImport::problems,
    announcements::list, announcements::unreadCount, announcements::one, announcements::read,
    announcements::attachment, announcements::publishList, announcements::publishOne,
    announcements::publish, announcements::withdraw, announcements::publishAttachments,
    announcements::publishAttachment,
    policies::list, policies::one, policies::read, policies::attachment, policies::publishList,
    policies::publishOne, policies::publish, policies::withdraw, policies::publishAttachments,
    policies::publishAttachment,
    bulletins::list, bulletins::one, bulletins::unitCounts, bulletins::reviewList, bulletins::review,
    survey::questionnaire, survey::prompt, survey::answers, survey::tallies, survey::requests, survey::cadreResults, survey::questionTallies,
    reports::petitionStats, reports::petitionStatsCell, reports::petitionStatsExport, reports::petitionDetails, reports::petitionDetailsExports,
    reports::overview, reports::overviewPetitions, reports::unitAssessment, reports::unitAssessmentExport,
    reports::assessmentWeights,
    exportJobs::one, exportJobs::file,
};

// One path segment's text: integers as decimal, text percent-encoded (a ":month" of "2026-11"
// stays as it is; a Chinese job name or a slash cannot break the path).
std::string segmentText(std::string_view text);
inline std::string segmentText(std::integral auto number) { return std::to_string(number); }

// Fills the ":name" segments in order: path(api::petitions::action, 7, "review") is
// "/api/petitions/7/actions/review". Used through path<P>(…), which checks the count.
std::string fill(Pattern pattern, const std::string* segments, std::size_t count);

template <const Pattern& P, typename... Args>
std::string path(const Args&... args) {
  static_assert(sizeof...(Args) == P.parameters, "api::path: one argument per \":name\" segment");
  const std::string segments[sizeof...(Args) + 1] = {segmentText(args)..., std::string()};
  return fill(P, segments, sizeof...(Args));
}

}  // namespace qinqing::wire::api
