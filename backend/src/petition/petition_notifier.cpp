#include "petition/petition_notifier.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "qinqing/petition/petition_notices.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;
using d::NoticeTarget;
using d::PetitionAction;

std::vector<std::string> column(SQLite::Statement& s) {
  std::vector<std::string> out;
  while (s.executeStep()) {
    std::string m = s.getColumn(0).getString();
    if (!m.empty() && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(std::move(m));
  }
  return out;
}

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
    default: return "";
  }
}

}  // namespace

std::vector<std::string> mobilesOf(SQLite::Database& db, const PetitionRow& row, NoticeTarget target) {
  switch (target) {
    case NoticeTarget::Cadre: {
      if (!row.cadreId) return {};
      SQLite::Statement s(db,
                          "SELECT coalesce(nullif(a.mobile, ''), c.mobile) FROM cadres c LEFT JOIN accounts a ON "
                          "a.cadre_id = c.id WHERE c.id = ?");
      s.bind(1, static_cast<int64_t>(*row.cadreId));
      return column(s);
    }
    case NoticeTarget::Handler: {
      if (row.handlerUnitId) {
        SQLite::Statement s(db, "SELECT mobile FROM accounts WHERE role = 'unit_admin' AND unit_id = ? ORDER BY id");
        s.bind(1, static_cast<int64_t>(*row.handlerUnitId));
        return column(s);
      }
      if (row.handlerRegionId) {
        SQLite::Statement s(db, "SELECT mobile FROM accounts WHERE role = 'county_admin' AND region_id = ? ORDER BY id");
        s.bind(1, static_cast<int64_t>(*row.handlerRegionId));
        return column(s);
      }
      return {};
    }
    case NoticeTarget::Enterprise: {
      SQLite::Statement s(db,
                          "SELECT coalesce(nullif(e.liaison_mobile, ''), a.mobile) FROM enterprises e LEFT JOIN "
                          "accounts a ON a.enterprise_id = e.id WHERE e.id = ?");
      s.bind(1, static_cast<int64_t>(row.enterpriseId));
      return column(s);
    }
    case NoticeTarget::Dispatchers: {
      SQLite::Statement s(db,
                          "SELECT mobile FROM accounts WHERE role = 'city_dispatcher' OR (role = 'industry_dispatcher' "
                          "AND industry_group_id = ?) ORDER BY id");
      if (row.industryGroupId) s.bind(1, static_cast<int64_t>(*row.industryGroupId));
      else s.bind(1);
      return column(s);
    }
  }
  return {};
}

std::vector<std::string> cityDispatcherMobiles(SQLite::Database& db) {
  SQLite::Statement s(db, "SELECT mobile FROM accounts WHERE role = 'city_dispatcher' ORDER BY id");
  return column(s);
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
