#include "petition/petition_notifier.hpp"

#include "qinqing/petition/petition_notices.hpp"
#include "repositories/notice_recipient_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;
using d::NoticeTarget;
using d::PetitionAction;

std::string textFor(PetitionAction action, NoticeTarget target, const PetitionRow& row,
                    const d::PetitionActionRequest& r) {
  const std::string& company = row.enterpriseName;
  const std::string& title = row.content.title;
  switch (action) {
    case PetitionAction::Submit: return d::smsNewPetitionForReview(company);
    case PetitionAction::Approve:
    case PetitionAction::ReturnToDispatcher: return d::smsPetitionToDispatch(company);
    case PetitionAction::ReturnToEnterprise: return d::smsReturnedToEnterprise(title);
    case PetitionAction::Dispatch: return d::smsNewPetitionToSign();
    case PetitionAction::RequestExtension: return d::smsExtensionRequested(company);
    case PetitionAction::DecideExtension: return d::smsExtensionDecided(title, r.approve.value_or(false));
    case PetitionAction::SubmitResult:
      return target == NoticeTarget::Enterprise ? d::smsRateRequest(title) : d::smsResultSubmittedToCadre(company, title);
    case PetitionAction::Rate:
      if (row.state == d::PetitionState::Closed) return d::smsSecondRatingBad(title);
      return target == NoticeTarget::Cadre ? d::smsRectificationToCadre(company, title)
                                           : d::smsRectificationRequired(title);
    case PetitionAction::Appeal: return d::smsAppealFiled(company);
    case PetitionAction::DecideAppeal: return d::smsAppealDecided(title, r.approve.value_or(false));
    case PetitionAction::Urge: return d::smsUrged(company);
    case PetitionAction::Supervise: return d::smsSupervised(company);
    // These notify nobody (the state machine lists no targets for them).
    case PetitionAction::SaveDraft:
    case PetitionAction::Withdraw:
    case PetitionAction::Sign:
    case PetitionAction::ExpireRating:
    case PetitionAction::RecordReturnVisit: return "";
  }
  return "";
}

}  // namespace

std::vector<std::string> mobilesOf(SQLite::Database& db, const PetitionRow& row, NoticeTarget target) {
  NoticeRecipientRepository recipients(db);
  switch (target) {
    case NoticeTarget::Cadre: return row.cadreId ? recipients.cadre(*row.cadreId) : std::vector<std::string>{};
    case NoticeTarget::Handler:
      if (row.handlerUnitId) return recipients.unitAdmins(*row.handlerUnitId);
      if (row.handlerRegionId) return recipients.countyAdmins(*row.handlerRegionId);
      return {};
    case NoticeTarget::Enterprise: return recipients.enterprise(row.enterpriseId);
    case NoticeTarget::Dispatchers: return recipients.dispatchers(row.industryGroupId);
  }
  return {};
}

std::vector<std::string> cityDispatcherMobiles(SQLite::Database& db) {
  return NoticeRecipientRepository(db).cityDispatchers();
}

int notifyText(SQLite::Database& db, const PetitionRow& row, NoticeTarget target, const std::string& text,
               long long now) {
  int count = 0;
  SmsOutboxRepository outbox(db);
  for (const auto& mobile : mobilesOf(db, row, target)) {
    outbox.enqueue({mobile, text, sms::SmsKind::Notice}, now);
    ++count;
  }
  return count;
}

int notifyTargets(SQLite::Database& db, const PetitionRow& row, PetitionAction action,
                  const std::vector<NoticeTarget>& targets, const d::PetitionActionRequest& request, long long now) {
  int count = 0;
  SmsOutboxRepository outbox(db);
  for (NoticeTarget target : targets) {
    const std::string text = textFor(action, target, row, request);
    if (text.empty()) continue;
    const auto mobiles = action == PetitionAction::Appeal || action == PetitionAction::DecideAppeal
                             ? (target == NoticeTarget::Dispatchers ? cityDispatcherMobiles(db) : mobilesOf(db, row, target))
                             : mobilesOf(db, row, target);
    for (const auto& mobile : mobiles) {
      outbox.enqueue({mobile, text, sms::SmsKind::Notice}, now);
      ++count;
    }
  }
  return count;
}

}  // namespace qinqing::backend::petition
