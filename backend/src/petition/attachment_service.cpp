#include "petition/attachment_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "petition/attachment_repository.hpp"
#include "petition/petition_repository.hpp"
#include "qinqing/validation/file_type.hpp"
#include "repositories/audit_repository.hpp"
#include "util/log.hpp"

namespace qinqing::backend::petition {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError petitionNotFound() { return DomainError::of(ErrorCode::NotFound, "诉求不存在"); }
DomainError attachmentNotFound() { return DomainError::of(ErrorCode::NotFound, "附件不存在"); }

// The petition's state if the caller sees it, and whether `change` of `purpose` is allowed in it.
domain::Status mayChange(SQLite::Database& c, const auth::AuthContext& who, long long petitionId,
                         std::string_view purpose, domain::AttachmentChange change) {
  auto row = PetitionRepository(c).find(petitionId, auth::Scope(who).petitions());
  if (!row) return petitionNotFound();
  return domain::attachmentChangeAllowed(who.role, row->state, purpose, change);
}

nlohmann::json describe(const domain::PetitionAttachment& a) {
  return {{"attachment_id", a.id}, {"purpose", a.purpose}, {"file_name", a.fileName},
          {"mime", a.mime},        {"size", a.size},       {"sha256", a.sha256}};
}

audit::AuditEntry entryFor(const auth::AuthContext& who, const std::string& address, long long at,
                           audit::AuditAction action, long long petitionId) {
  audit::AuditEntry e;
  e.at = at;
  e.actor = audit::actorOf(who, address);
  e.action = action;
  e.objectType = "petition";
  e.objectId = std::to_string(petitionId);
  return e;
}

}  // namespace

domain::Result<domain::PetitionAttachment> AttachmentService::add(const auth::AuthContext& who, long long petitionId,
                                                                  const std::string& purpose,
                                                                  const std::string& fileName, std::string_view bytes,
                                                                  const std::string& clientAddress) {
  // Cheap refusals first, on a reader, so a refused 10 MB upload never touches the disk.
  auto allowed = m_db.read([&](SQLite::Database& c) -> domain::Status {
    if (auto ok = mayChange(c, who, petitionId, purpose, domain::AttachmentChange::Add); !ok) return ok;
    return domain::checkAttachmentCount(AttachmentRepository(c).countLive(petitionId, purpose));
  });
  if (!allowed) return allowed.error();
  auto type = domain::checkAttachment(fileName, bytes);
  if (!type) return type.error();

  const std::string sha256 = m_store.put(bytes);
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::PetitionAttachment> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (auto ok = mayChange(c, who, petitionId, purpose, domain::AttachmentChange::Add); !ok) return ok.error();
    AttachmentRepository attachments(c);
    if (auto ok = domain::checkAttachmentCount(attachments.countLive(petitionId, purpose)); !ok) return ok.error();
    const NewAttachment row{petitionId, purpose, fileName, std::string(domain::fileTypeMime(type.value())),
                            static_cast<long long>(bytes.size()), sha256, who.accountId, now};
    const long long id = attachments.insert(row);
    auto stored = attachments.find(petitionId, id);
    auto entry = entryFor(who, clientAddress, now, audit::AuditAction::PetitionAttachmentAdded, petitionId);
    entry.afterJson = describe(stored->attachment).dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return stored->attachment;
  });
}

domain::Status AttachmentService::remove(const auth::AuthContext& who, long long petitionId, long long attachmentId,
                                         const std::string& clientAddress) {
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (!PetitionRepository(c).find(petitionId, auth::Scope(who).petitions())) return petitionNotFound();
    AttachmentRepository attachments(c);
    auto record = attachments.find(petitionId, attachmentId);
    if (!record || record->removedAt) return attachmentNotFound();
    if (auto ok = mayChange(c, who, petitionId, record->attachment.purpose, domain::AttachmentChange::Remove); !ok) {
      return ok;
    }
    attachments.markRemoved(attachmentId, now);
    auto entry = entryFor(who, clientAddress, now, audit::AuditAction::PetitionAttachmentRemoved, petitionId);
    entry.beforeJson = describe(record->attachment).dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return domain::Ok{};
  });
}

domain::Result<AttachmentService::File> AttachmentService::read(const auth::AuthContext& who, long long petitionId,
                                                                long long attachmentId) {
  auto record = m_db.read([&](SQLite::Database& c) -> std::optional<AttachmentRecord> {
    if (!auth::Scope(who).includesPetition(c, petitionId)) return std::nullopt;
    auto found = AttachmentRepository(c).find(petitionId, attachmentId);
    if (!found || found->removedAt) return std::nullopt;
    return found;
  });
  if (!record) return attachmentNotFound();
  auto bytes = m_store.get(record->attachment.sha256);
  if (!bytes) {
    logError("附件文件缺失 / attachment file missing: " + m_store.pathOf(record->attachment.sha256).string());
    return DomainError::of(ErrorCode::Internal, "附件文件缺失，请联系系统管理员");
  }
  return File{record->attachment, std::move(*bytes)};
}

}  // namespace qinqing::backend::petition
