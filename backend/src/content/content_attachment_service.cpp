#include "content/content_attachment_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "content/announcement_service.hpp"
#include "qinqing/content/publication.hpp"
#include "qinqing/validation/file_type.hpp"
#include "repositories/announcement_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/policy_guide_repository.hpp"
#include "util/log.hpp"

namespace qinqing::backend::content {
namespace {
namespace d = qinqing::domain;
using d::DomainError;
using d::ErrorCode;

DomainError ownerNotFound(ContentOwner owner) {
  switch (owner) {
    case ContentOwner::Announcement: return DomainError::of(ErrorCode::NotFound, "公告不存在");
    case ContentOwner::PolicyGuide: return DomainError::of(ErrorCode::NotFound, "政策指南不存在");
  }
  return DomainError::of(ErrorCode::NotFound, "内容不存在");
}

const char* objectType(ContentOwner owner) {
  switch (owner) {
    case ContentOwner::Announcement: return "announcement";
    case ContentOwner::PolicyGuide: return "policy";
  }
  return "announcement";
}

audit::AuditAction addedAction(ContentOwner owner) {
  switch (owner) {
    case ContentOwner::Announcement: return audit::AuditAction::AnnouncementAttachmentAdded;
    case ContentOwner::PolicyGuide: return audit::AuditAction::PolicyGuideAttachmentAdded;
  }
  return audit::AuditAction::AnnouncementAttachmentAdded;
}

audit::AuditAction removedAction(ContentOwner owner) {
  switch (owner) {
    case ContentOwner::Announcement: return audit::AuditAction::AnnouncementAttachmentRemoved;
    case ContentOwner::PolicyGuide: return audit::AuditAction::PolicyGuideAttachmentRemoved;
  }
  return audit::AuditAction::AnnouncementAttachmentRemoved;
}

// The owner's state and, for an announcement, whether its audience holds the caller; nullopt when
// there is no such announcement or guide.
struct OwnerView {
  d::PublicationState state = d::PublicationState::Draft;
  bool addressedToCaller = true;
};

std::optional<OwnerView> ownerOf(SQLite::Database& c, ContentOwner owner, const auth::AuthContext& who, long long id) {
  switch (owner) {
    case ContentOwner::Announcement: {
      auto a = AnnouncementRepository(c).find(id);
      if (!a) return std::nullopt;
      return OwnerView{a->state, d::audienceIncludes(a->content.audience, who.role, readerRegion(who))};
    }
    case ContentOwner::PolicyGuide: {
      auto p = PolicyGuideRepository(c).find(id);
      if (!p) return std::nullopt;
      return OwnerView{p->state, true};
    }
  }
  return std::nullopt;
}

// 系统管理员 sees every state (公告发布 / 政策指南发布); a reader what GET /api/announcements/{id} or
// GET /api/policies/{id} would show it.
bool mayRead(const auth::AuthContext& who, const OwnerView& view) {
  if (who.role == d::Role::SystemAdmin) return true;
  return view.state == d::PublicationState::Published && view.addressedToCaller;
}

nlohmann::json describe(const wire::ContentAttachment& a) {
  return {{"attachment_id", a.id}, {"file_name", a.fileName}, {"mime", a.mime},
          {"size", a.size},        {"sha256", a.sha256}};
}

}  // namespace

const std::vector<d::Role>& contentReaderRoles() {
  static const std::vector<d::Role> roles = {d::Role::Enterprise,     d::Role::Cadre,
                                             d::Role::UnitAdmin,      d::Role::CountyAdmin,
                                             d::Role::CityDispatcher, d::Role::IndustryDispatcher,
                                             d::Role::Inspector,      d::Role::SystemAdmin};
  return roles;
}

d::Result<wire::ContentAttachment> ContentAttachmentService::add(const auth::AuthContext& who, long long ownerId,
                                                                 const std::string& fileName, std::string_view bytes,
                                                                 const std::string& clientAddress) {
  // Cheap refusals first, on a reader, so a refused 10 MB upload never touches the disk.
  auto allowed = m_db.read([&](SQLite::Database& c) -> d::Status {
    if (!ownerOf(c, m_owner, who, ownerId)) return ownerNotFound(m_owner);
    return d::checkAttachmentCount(ContentAttachmentRepository(c, m_owner).countLive(ownerId));
  });
  if (!allowed) return allowed.error();
  auto type = d::checkAttachment(fileName, bytes);
  if (!type) return type.error();

  const std::string sha256 = m_store.put(bytes);
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> d::Result<wire::ContentAttachment> {
    // Re-checked under the write lock: two uploads racing for the tenth place cannot both win.
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (!ownerOf(c, m_owner, who, ownerId)) return ownerNotFound(m_owner);
    ContentAttachmentRepository attachments(c, m_owner);
    if (auto ok = d::checkAttachmentCount(attachments.countLive(ownerId)); !ok) return ok.error();
    const NewContentAttachment row{ownerId, fileName, std::string(d::fileTypeMime(type.value())),
                                   static_cast<long long>(bytes.size()), sha256, who.accountId, now};
    const long long id = attachments.insert(row);
    auto stored = attachments.find(ownerId, id);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, addedAction(m_owner), objectType(m_owner),
                                             std::to_string(ownerId), nullptr, describe(stored->attachment)));
    tx.commit();
    return stored->attachment;
  });
}

d::Status ContentAttachmentService::remove(const auth::AuthContext& who, long long ownerId, long long attachmentId,
                                           const std::string& clientAddress) {
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> d::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    if (!ownerOf(c, m_owner, who, ownerId)) return ownerNotFound(m_owner);
    ContentAttachmentRepository attachments(c, m_owner);
    auto record = attachments.find(ownerId, attachmentId);
    if (!record || record->removedAt) return d::attachmentNotFound();
    attachments.markRemoved(attachmentId, now);
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, removedAction(m_owner), objectType(m_owner),
                                             std::to_string(ownerId), describe(record->attachment), nullptr));
    tx.commit();
    return d::Ok{};
  });
}

d::Result<ContentAttachmentService::File> ContentAttachmentService::read(const auth::AuthContext& who,
                                                                         long long ownerId, long long attachmentId) {
  auto record = m_db.read([&](SQLite::Database& c) -> std::optional<ContentAttachmentRecord> {
    auto view = ownerOf(c, m_owner, who, ownerId);
    if (!view || !mayRead(who, *view)) return std::nullopt;
    auto found = ContentAttachmentRepository(c, m_owner).find(ownerId, attachmentId);
    if (!found || found->removedAt) return std::nullopt;
    return found;
  });
  if (!record) return d::attachmentNotFound();
  auto bytes = m_store.get(record->attachment.sha256);
  if (!bytes) {
    logError("附件文件缺失 / attachment file missing: " + m_store.pathOf(record->attachment.sha256).string());
    return DomainError::of(ErrorCode::Internal, "附件文件缺失，请联系系统管理员");
  }
  return File{record->attachment, std::move(*bytes)};
}

}  // namespace qinqing::backend::content
