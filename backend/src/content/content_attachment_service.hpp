// ContentAttachmentService: the files of announcements (公告) and policy guides (政策指南), with the
// petition files' machinery: the type is read from the content (qinqing/validation/file_type.hpp
// checkAttachment), at most 10 live files (checkAttachmentCount) of 10 MB each, the bytes in the
// content-addressed petition::AttachmentStore (DATA/attachments/<2 hex>/<sha256>, temp + fsync +
// rename) before the row and its audit entry commit in one IMMEDIATE transaction.
//
// 系统管理员 adds and removes files in every state (they are part of what readers see, like the
// text). Readers download a file exactly when they may open its announcement or guide
// (GET /api/announcements/{id}: published and addressed to them; GET /api/policies/{id}:
// published); 系统管理员 in any state. Everyone else gets NotFound, as for a missing file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "petition/attachment_store.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/wire/content_attachment_json.hpp"
#include "repositories/content_attachment_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::content {

// Who reads the 公告栏 and 政策指南: everyone but 安全管理员 and 审计管理员 (三权分立).
const std::vector<domain::Role>& contentReaderRoles();

class ContentAttachmentService {
public:
  ContentAttachmentService(db::Database& database, const petition::AttachmentStore& store, Clock clock,
                           ContentOwner owner)
      : m_db(database), m_store(store), m_clock(std::move(clock)), m_owner(owner) {}

  // NotFound (owner), InvalidInput field "file" (name, type by content), PayloadTooLarge (> 10 MB),
  // Conflict (already 10 live files). Audited announcement.attachment_added / policy.attachment_added.
  domain::Result<wire::ContentAttachment> add(const auth::AuthContext& who, long long ownerId,
                                              const std::string& fileName, std::string_view bytes,
                                              const std::string& clientAddress);

  // Sets removed_at (the row and the file stay). NotFound for a missing or already removed file.
  // Audited announcement.attachment_removed / policy.attachment_removed.
  domain::Status remove(const auth::AuthContext& who, long long ownerId, long long attachmentId,
                        const std::string& clientAddress);

  struct File {
    wire::ContentAttachment attachment;
    std::string bytes;
  };
  // A live file the caller may read (see above); NotFound otherwise. Internal when the row's file
  // is missing from the store (logged).
  domain::Result<File> read(const auth::AuthContext& who, long long ownerId, long long attachmentId);

private:
  db::Database& m_db;
  const petition::AttachmentStore& m_store;
  Clock m_clock;
  ContentOwner m_owner;
};

}  // namespace qinqing::backend::content
