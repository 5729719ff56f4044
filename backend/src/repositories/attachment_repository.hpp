// AttachmentRepository: the petition_attachments rows (migration 9). Rows are never deleted: an
// enterprise taking a file off its draft sets removed_at, and the row (and the stored file) stay.
// No rules here: AttachmentService decides. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/petition/petition_view.hpp"

namespace qinqing::backend::petition {

struct AttachmentRecord {
  long long petitionId = 0;
  domain::PetitionAttachment attachment;  // uploadedAt in +08:00 ISO form
  std::optional<long long> uploadedBy;
  std::optional<long long> removedAt;
};

struct NewAttachment {
  long long petitionId = 0;
  domain::AttachmentPurpose purpose = domain::AttachmentPurpose::Petition;
  std::string fileName;
  std::string mime;
  long long size = 0;
  std::string sha256;
  std::optional<long long> uploadedBy;
  long long at = 0;
};

class AttachmentRepository {
public:
  explicit AttachmentRepository(SQLite::Database& db) : m_db(db) {}

  // Files of this petition and purpose not removed.
  int countLive(long long petitionId, domain::AttachmentPurpose purpose);
  // Returns the new row's id.
  long long insert(const NewAttachment& attachment);
  // The row of this petition with that id, removed or not.
  std::optional<AttachmentRecord> find(long long petitionId, long long attachmentId);
  void markRemoved(long long attachmentId, long long at);
  // The files not removed, petition files first, each in upload order (petition details list them).
  std::vector<domain::PetitionAttachment> listLive(long long petitionId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::petition
