#include "content/bulletin_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/bulletin_repository.hpp"

namespace qinqing::backend::content {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError bulletinNotFound() { return DomainError::of(ErrorCode::NotFound, "简报不存在"); }

void appendBulletinAudit(SQLite::Database& c, const auth::AuthContext& who, const std::string& address, long long now,
                 audit::AuditAction action, long long id, const nlohmann::json& before, const nlohmann::json& after) {
  AuditRepository(c).append(audit::entryOf(who, address, now, action, "bulletin", std::to_string(id), before, after));
}

wire::BulletinView shown(wire::BulletinView b, long long author, const auth::AuthContext& who) {
  b.editable = author == who.accountId && d::bulletinEditableByAuthor(b.status);
  return b;
}

}  // namespace

const std::vector<std::string>& bulletinSortKeys() {
  static const std::vector<std::string> keys = {"submitted_at", "title"};
  return keys;
}

d::Result<wire::BulletinView> BulletinService::submit(const auth::AuthContext& who, const d::BulletinDraft& draft,
                                                      const std::string& address) {
  auto kind = d::bulletinKindFor(who.role);
  if (!kind) return DomainError::of(ErrorCode::Forbidden, "当前账号无权投稿");
  if (auto valid = d::validateBulletin(draft); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::BulletinView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    BulletinRepository repo(c);
    NewBulletin n{*kind, draft, who.accountId, std::nullopt, std::nullopt, std::nullopt};
    if (*kind == d::BulletinKind::CadreStory) {
      n.cadreId = who.cadreId;
      n.unitId = who.unitId;
    } else {
      n.enterpriseId = who.enterpriseId;
    }
    const long long id = repo.insert(n, now);
    appendBulletinAudit(c, who, address, now, audit::AuditAction::BulletinSubmitted, id, nullptr,
                nlohmann::json{{"kind", d::bulletinKindKey(*kind)}, {"title", draft.title}});
    auto saved = repo.find(id);
    tx.commit();
    return shown(saved->first, saved->second, who);
  });
}

d::Result<wire::BulletinView> BulletinService::edit(const auth::AuthContext& who, long long id,
                                                    const d::BulletinDraft& draft, const std::string& address) {
  if (auto valid = d::validateBulletin(draft); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::BulletinView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    BulletinRepository repo(c);
    auto before = repo.find(id);
    if (!before || before->second != who.accountId) return bulletinNotFound();
    if (!d::bulletinEditableByAuthor(before->first.status)) {
      return DomainError::of(ErrorCode::InvalidTransition, "简报已" + std::string(d::bulletinStatusLabel(before->first.status)) +
                                                               "，不能再修改");
    }
    repo.resubmit(id, draft, now);
    appendBulletinAudit(c, who, address, now, audit::AuditAction::BulletinEdited, id,
                nlohmann::json{{"title", before->first.content.title}, {"status", d::bulletinStatusKey(before->first.status)}},
                nlohmann::json{{"title", draft.title}, {"status", "submitted"}});
    auto after = repo.find(id);
    tx.commit();
    return shown(after->first, after->second, who);
  });
}

d::Result<wire::BulletinView> BulletinService::review(const auth::AuthContext& who, long long id,
                                                      const wire::BulletinReviewRequest& request,
                                                      const std::string& address) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::BulletinView> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    BulletinRepository repo(c);
    auto before = repo.find(id);
    if (!before) return bulletinNotFound();
    auto next = d::bulletinAfterReview(before->first.status, request.review, request.comment);
    if (!next) return next.error();
    repo.review(id, request.review, next.value(), request.comment,
                who.accountId > 0 ? std::optional<long long>(who.accountId) : std::nullopt, now);
    appendBulletinAudit(c, who, address, now, audit::AuditAction::BulletinReviewed, id,
                nlohmann::json{{"status", d::bulletinStatusKey(before->first.status)}},
                nlohmann::json{{"review", d::bulletinReviewKey(request.review)},
                               {"status", d::bulletinStatusKey(next.value())},
                               {"comment", request.comment}});
    auto after = repo.find(id);
    tx.commit();
    return shown(after->first, after->second, who);
  });
}

d::Page<wire::BulletinView> BulletinService::mine(const auth::AuthContext& who, const d::PageRequest& page,
                                                  std::optional<d::BulletinStatus> status) {
  auto list = m_db.read([&](SQLite::Database& c) {
    return BulletinRepository(c).list({page, status, who.accountId, std::nullopt});
  });
  for (auto& b : list.items) b.editable = d::bulletinEditableByAuthor(b.status);
  return list;
}

d::Page<wire::BulletinView> BulletinService::adopted(const auth::AuthContext&, const d::PageRequest& page,
                                                     std::optional<d::BulletinKind> kind) {
  return m_db.read([&](SQLite::Database& c) {
    return BulletinRepository(c).list({page, d::BulletinStatus::Adopted, std::nullopt, kind});
  });
}

d::Page<wire::BulletinView> BulletinService::reviewQueue(const d::PageRequest& page,
                                                         std::optional<d::BulletinStatus> status) {
  return m_db.read([&](SQLite::Database& c) { return BulletinRepository(c).list({page, status, std::nullopt, std::nullopt}); });
}

d::Result<wire::BulletinView> BulletinService::get(const auth::AuthContext& who, long long id) {
  auto found = m_db.read([&](SQLite::Database& c) { return BulletinRepository(c).find(id); });
  if (!found) return bulletinNotFound();
  const bool mayAlwaysSee = found->second == who.accountId || who.role == d::Role::SystemAdmin;
  if (!mayAlwaysSee && found->first.status != d::BulletinStatus::Adopted) return bulletinNotFound();
  return shown(found->first, found->second, who);
}

std::vector<wire::UnitBulletinCount> BulletinService::unitCounts(const auth::AuthContext& who, const std::string& from,
                                                                 const std::string& to) {
  std::optional<long long> unit;
  std::optional<long long> region;
  switch (who.role) {
    case d::Role::UnitAdmin: unit = who.unitId.value_or(-1); break;
    case d::Role::CountyAdmin: region = who.regionId.value_or(-1); break;
    case d::Role::CityDispatcher:
    case d::Role::IndustryDispatcher:
    case d::Role::Inspector:
    case d::Role::SystemAdmin: break;
    case d::Role::Enterprise:
    case d::Role::Cadre:
    case d::Role::SecurityAdmin:
    case d::Role::AuditAdmin: unit = -1; break;  // the route table keeps them out anyway
  }
  return m_db.read([&](SQLite::Database& c) { return BulletinRepository(c).unitCounts(from, to, unit, region); });
}

}  // namespace qinqing::backend::content
