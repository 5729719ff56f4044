// ContentAttachmentRepository: the files of announcements and policy guides (migration 12:
// announcement_attachments, policy_guide_attachments). Rows are never deleted: removing a file
// sets removed_at, and the row (and the stored file) stay. No rules here: the attachment service
// decides. Throws SQLite::Exception on database errors; writes run in the caller's transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/wire/content_attachment_json.hpp"

namespace qinqing::backend {

// Which content a file belongs to: names the table and its owner column (storage only; the wire
// and the audit name them through their own tables).
enum class ContentOwner { Announcement, PolicyGuide };

struct ContentAttachmentRecord {
  long long ownerId = 0;
  wire::ContentAttachment attachment;  // uploadedAt in +08:00 ISO form
  std::optional<long long> uploadedBy;
  std::optional<long long> removedAt;
};

struct NewContentAttachment {
  long long ownerId = 0;
  std::string fileName;
  std::string mime;
  long long size = 0;
  std::string sha256;
  std::optional<long long> uploadedBy;
  long long at = 0;
};

class ContentAttachmentRepository {
public:
  ContentAttachmentRepository(SQLite::Database& db, ContentOwner owner) : m_db(db), m_owner(owner) {}

  int countLive(long long ownerId);
  // Returns the new row's id.
  long long insert(const NewContentAttachment& attachment);
  // The row of this owner with that id, removed or not.
  std::optional<ContentAttachmentRecord> find(long long ownerId, long long attachmentId);
  void markRemoved(long long attachmentId, long long at);
  // The live files of one owner, in upload order.
  std::vector<wire::ContentAttachment> listLive(long long ownerId);
  // The live files of several owners at once (a list page), in upload order per owner.
  std::map<long long, std::vector<wire::ContentAttachment>> listLive(const std::vector<long long>& ownerIds);

private:
  SQLite::Database& m_db;
  ContentOwner m_owner;
};

}  // namespace qinqing::backend
