#include "repositories/attachment_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/statement_cache.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::petition {
namespace {

constexpr const char* kAttachmentColumns =
    "id, petition_id, purpose, file_name, mime, size, sha256, uploaded_by, uploaded_at, removed_at";

AttachmentRecord readRecord(SQLite::Statement& s) {
  AttachmentRecord r;
  r.attachment.id = s.getColumn(0).getInt64();
  r.petitionId = s.getColumn(1).getInt64();
  r.attachment.purpose =
      domain::attachmentPurposeFromKey(s.getColumn(2).getString()).value_or(domain::AttachmentPurpose::Petition);
  r.attachment.fileName = s.getColumn(3).getString();
  r.attachment.mime = s.getColumn(4).getString();
  r.attachment.size = s.getColumn(5).getInt64();
  r.attachment.sha256 = s.getColumn(6).getString();
  if (!s.getColumn(7).isNull()) r.uploadedBy = s.getColumn(7).getInt64();
  r.attachment.uploadedAt = formatChinaTime(s.getColumn(8).getInt64());
  if (!s.getColumn(9).isNull()) r.removedAt = s.getColumn(9).getInt64();
  return r;
}

}  // namespace

int AttachmentRepository::countLive(long long petitionId, domain::AttachmentPurpose purpose) {
  CachedStatement sCached(m_db,
                      "SELECT COUNT(*) FROM petition_attachments WHERE petition_id = ? AND purpose = ? AND removed_at IS NULL");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  s.bind(2, std::string(domain::attachmentPurposeKey(purpose)));
  s.executeStep();
  return s.getColumn(0).getInt();
}

long long AttachmentRepository::insert(const NewAttachment& a) {
  CachedStatement sCached(m_db,
                      "INSERT INTO petition_attachments (petition_id, purpose, file_name, mime, size, sha256, uploaded_by, "
                      "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(a.petitionId));
  s.bind(2, std::string(domain::attachmentPurposeKey(a.purpose)));
  s.bind(3, a.fileName);
  s.bind(4, a.mime);
  s.bind(5, static_cast<int64_t>(a.size));
  s.bind(6, a.sha256);
  if (a.uploadedBy) s.bind(7, static_cast<int64_t>(*a.uploadedBy));
  else s.bind(7);
  s.bind(8, static_cast<int64_t>(a.at));
  s.exec();
  return m_db.getLastInsertRowid();
}

std::optional<AttachmentRecord> AttachmentRepository::find(long long petitionId, long long attachmentId) {
  CachedStatement sCached(m_db, std::string("SELECT ") + kAttachmentColumns +
                                " FROM petition_attachments WHERE id = ? AND petition_id = ?");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(attachmentId));
  s.bind(2, static_cast<int64_t>(petitionId));
  if (!s.executeStep()) return std::nullopt;
  return readRecord(s);
}

void AttachmentRepository::markRemoved(long long attachmentId, long long at) {
  CachedStatement sCached(m_db, "UPDATE petition_attachments SET removed_at = ? WHERE id = ? AND removed_at IS NULL");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(at));
  s.bind(2, static_cast<int64_t>(attachmentId));
  s.exec();
}

std::vector<domain::PetitionAttachment> AttachmentRepository::listLive(long long petitionId) {
  CachedStatement sCached(m_db, std::string("SELECT ") + kAttachmentColumns +
                                " FROM petition_attachments WHERE petition_id = ? AND removed_at IS NULL "
                                "ORDER BY purpose = '" + std::string(domain::attachmentPurposeKey(domain::AttachmentPurpose::Result)) + "', id");
  SQLite::Statement& s = *sCached;
  s.bind(1, static_cast<int64_t>(petitionId));
  std::vector<domain::PetitionAttachment> out;
  while (s.executeStep()) out.push_back(readRecord(s).attachment);
  return out;
}

}  // namespace qinqing::backend::petition
