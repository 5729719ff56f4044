#include "petition/attachment_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/scope.hpp"
#include "repositories/attachment_repository.hpp"
#include "repositories/petition_repository.hpp"
#include "qinqing/validation/file_type.hpp"
#include "qinqing/wire/petition_attachment_json.hpp"
#include "repositories/audit_repository.hpp"
#include "util/log.hpp"

namespace qinqing::backend::petition {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError petitionNotFound() { return DomainError::of(ErrorCode::NotFound, "诉求不存在"); }

// Whether `change` of a file of `purpose` is allowed in the petition's state, if the caller sees it.
domain::Status mayChange(SQLite::Database& c, const auth::AuthContext& who, long long petitionId,
                         domain::AttachmentPurpose purpose, domain::AttachmentChange change) {
  auto row = PetitionRepository(c).find(petitionId, auth::Scope(who).petitions());
  if (!row) return petitionNotFound();
  return domain::attachmentChangeAllowed(who.role, row->state, purpose, change);
}

// An upload's ?purpose= decoded after the scope check (a petition the caller cannot see stays a 404
// whatever the purpose), then mayChange.
domain::Result<domain::AttachmentPurpose> mayAdd(SQLite::Database& c, const auth::AuthContext& who,
                                                 long long petitionId, const std::string& purposeText) {
  auto row = PetitionRepository(c).find(petitionId, auth::Scope(who).petitions());
  if (!row) return petitionNotFound();
  auto purpose = wire::attachmentPurposeFromParam(purposeText);
  if (!purpose) return purpose.error();
  if (auto ok = domain::attachmentChangeAllowed(who.role, row->state, purpose.value(), domain::AttachmentChange::Add); !ok)
    return ok.error();
  return purpose.value();
}

nlohmann::json describeAttachment(const domain::PetitionAttachment& a) {
  return {{"attachment_id", a.id}, {"purpose", domain::attachmentPurposeKey(a.purpose)}, {"file_name", a.fileName},
          {"mime", a.mime},        {"size", a.size},       {"sha256", a.sha256}};
}

}  // namespace

domain::Result<domain::PetitionAttachment> AttachmentService::add(const auth::AuthContext& who, long long petitionId,
                                                                  const std::string& purpose,
                                                                  const std::string& fileName, std::string_view bytes,
                                                                  const std::string& clientAddress) {
  // Cheap refusals first, on a reader, so a refused 10 MB upload never touches the disk.
  auto allowed = m_db.read([&](SQLite::Database& c) -> domain::Status {
    auto kind = mayAdd(c, who, petitionId, purpose);
    if (!kind) return kind.error();
    return domain::checkAttachmentCount(AttachmentRepository(c).countLive(petitionId, kind.value()));
  });
  if (!allowed) return allowed.error();
  auto type = domain::checkAttachment(fileName, bytes);
  if (!type) return type.error();

  const std::string sha256 = m_store.put(bytes);
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::PetitionAttachment> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto kind = mayAdd(c, who, petitionId, purpose);
    if (!kind) return kind.error();
    AttachmentRepository attachments(c);
    if (auto ok = domain::checkAttachmentCount(attachments.countLive(petitionId, kind.value())); !ok) return ok.error();
    const NewAttachment row{petitionId, kind.value(), fileName, std::string(domain::fileTypeMime(type.value())),
                            static_cast<long long>(bytes.size()), sha256, who.accountId, now};
    const long long id = attachments.insert(row);
    auto stored = attachments.find(petitionId, id);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::PetitionAttachmentAdded,
                                             "petition", std::to_string(petitionId), nullptr,
                                             describeAttachment(stored->attachment)));
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
    if (!record || record->removedAt) return domain::attachmentNotFound();
    if (auto ok = mayChange(c, who, petitionId, record->attachment.purpose, domain::AttachmentChange::Remove); !ok) {
      return ok;
    }
    attachments.markRemoved(attachmentId, now);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::PetitionAttachmentRemoved,
                                             "petition", std::to_string(petitionId), describeAttachment(record->attachment)));
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
  if (!record) return domain::attachmentNotFound();
  auto bytes = m_store.get(record->attachment.sha256);
  if (!bytes) {
    logError("附件文件缺失 / attachment file missing: " + m_store.pathOf(record->attachment.sha256).string());
    return DomainError::of(ErrorCode::Internal, "附件文件缺失，请联系系统管理员");
  }
  return File{record->attachment, std::move(*bytes)};
}

}  // namespace qinqing::backend::petition
