// The SMS texts of the petition flow. The notice fixes two of them word for word (§4 the cadre's
// review notice, §12 the handler's sign notice); the others follow their form. Every text carries
// the 【十堰市双千办】 signature.
#pragma once

#include <string>
#include <string_view>

#include "qinqing/petition/petition_state.hpp"

namespace qinqing::domain {

// §4: to the cadre when an enterprise submits. companyName replaces the notice's ***.
std::string smsNewPetitionForReview(std::string_view companyName);
// §12: to the handling unit's administrator after dispatch.
std::string smsNewPetitionToSign();
// To the dispatchers when a petition awaits routing (after review, or a unit returned it).
std::string smsPetitionToDispatch(std::string_view companyName);
// §14: to the cadre when the unit submitted its result.
std::string smsResultSubmittedToCadre(std::string_view companyName, std::string_view title);
// §14: to the enterprise, asking for its rating within 5 working days.
std::string smsRateRequest(std::string_view title);
// To the enterprise when its cadre returned the petition.
std::string smsReturnedToEnterprise(std::string_view title);
// To the handler after a bad rating (rectification) and when an appeal or extension is decided.
std::string smsRectificationRequired(std::string_view title);
std::string smsExtensionDecided(std::string_view title, bool approved);
std::string smsAppealDecided(std::string_view title, bool upheld);
// To the dispatchers when a unit asks for an extension or appeals.
std::string smsExtensionRequested(std::string_view companyName);
std::string smsAppealFiled(std::string_view companyName);
// Reminders of the scheduled job and of 催办/督办: "the <clock> step of <company>'s petition is due
// today / overdue by N working days".
std::string smsReminder(std::string_view companyName, ClockKind clock, int workingDaysOverdue);
std::string smsUrged(std::string_view companyName);       // 企业催办
std::string smsSupervised(std::string_view companyName);  // 督办

}  // namespace qinqing::domain

namespace qinqing::domain {

// To the cadre after a bad first rating: rectification starts and a return visit is expected.
std::string smsRectificationToCadre(std::string_view companyName, std::string_view title);
// To the handler after a bad second rating: closed, and the appeal window is open.
std::string smsSecondRatingBad(std::string_view title);

}  // namespace qinqing::domain
