#include "repositories/content_attachment_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

struct Table {
  const char* name;
  const char* ownerColumn;
};

Table tableOf(ContentOwner owner) {
  switch (owner) {
    case ContentOwner::Announcement: return {"announcement_attachments", "announcement_id"};
    case ContentOwner::PolicyGuide: return {"policy_guide_attachments", "policy_id"};
  }
  return {"announcement_attachments", "announcement_id"};
}

std::string columns(const Table& t) {
  return std::string("id, ") + t.ownerColumn + ", file_name, mime, size, sha256, uploaded_by, uploaded_at, removed_at";
}

ContentAttachmentRecord readContentAttachmentRecord(SQLite::Statement& s) {
  ContentAttachmentRecord r;
  r.attachment.id = s.getColumn(0).getInt64();
  r.ownerId = s.getColumn(1).getInt64();
  r.attachment.fileName = s.getColumn(2).getString();
  r.attachment.mime = s.getColumn(3).getString();
  r.attachment.size = s.getColumn(4).getInt64();
  r.attachment.sha256 = s.getColumn(5).getString();
  if (!s.getColumn(6).isNull()) r.uploadedBy = s.getColumn(6).getInt64();
  r.attachment.uploadedAt = formatChinaTime(s.getColumn(7).getInt64());
  if (!s.getColumn(8).isNull()) r.removedAt = s.getColumn(8).getInt64();
  return r;
}

}  // namespace

int ContentAttachmentRepository::countLive(long long ownerId) {
  const auto t = tableOf(m_owner);
  SQLite::Statement s(m_db, std::string("SELECT COUNT(*) FROM ") + t.name + " WHERE " + t.ownerColumn +
                                " = ? AND removed_at IS NULL");
  s.bind(1, static_cast<int64_t>(ownerId));
  s.executeStep();
  return s.getColumn(0).getInt();
}

long long ContentAttachmentRepository::insert(const NewContentAttachment& a) {
  const auto t = tableOf(m_owner);
  SQLite::Statement s(m_db, std::string("INSERT INTO ") + t.name + " (" + t.ownerColumn +
                                ", file_name, mime, size, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, static_cast<int64_t>(a.ownerId));
  s.bind(2, a.fileName);
  s.bind(3, a.mime);
  s.bind(4, static_cast<int64_t>(a.size));
  s.bind(5, a.sha256);
  if (a.uploadedBy) s.bind(6, static_cast<int64_t>(*a.uploadedBy));
  else s.bind(6);
  s.bind(7, static_cast<int64_t>(a.at));
  s.exec();
  return m_db.getLastInsertRowid();
}

std::optional<ContentAttachmentRecord> ContentAttachmentRepository::find(long long ownerId, long long attachmentId) {
  const auto t = tableOf(m_owner);
  SQLite::Statement s(m_db, "SELECT " + columns(t) + " FROM " + t.name + " WHERE id = ? AND " + t.ownerColumn + " = ?");
  s.bind(1, static_cast<int64_t>(attachmentId));
  s.bind(2, static_cast<int64_t>(ownerId));
  if (!s.executeStep()) return std::nullopt;
  return readContentAttachmentRecord(s);
}

void ContentAttachmentRepository::markRemoved(long long attachmentId, long long at) {
  const auto t = tableOf(m_owner);
  SQLite::Statement s(m_db, std::string("UPDATE ") + t.name + " SET removed_at = ? WHERE id = ? AND removed_at IS NULL");
  s.bind(1, static_cast<int64_t>(at));
  s.bind(2, static_cast<int64_t>(attachmentId));
  s.exec();
}

std::vector<wire::ContentAttachment> ContentAttachmentRepository::listLive(long long ownerId) {
  auto all = listLive(std::vector<long long>{ownerId});
  if (auto it = all.find(ownerId); it != all.end()) return std::move(it->second);
  return {};
}

std::map<long long, std::vector<wire::ContentAttachment>> ContentAttachmentRepository::listLive(
    const std::vector<long long>& ownerIds) {
  std::map<long long, std::vector<wire::ContentAttachment>> out;
  if (ownerIds.empty()) return out;
  const auto t = tableOf(m_owner);
  std::string placeholders;
  for (std::size_t i = 0; i < ownerIds.size(); ++i) placeholders += i == 0 ? "?" : ", ?";
  SQLite::Statement s(m_db, "SELECT " + columns(t) + " FROM " + t.name + " WHERE " + t.ownerColumn + " IN (" +
                                placeholders + ") AND removed_at IS NULL ORDER BY " + t.ownerColumn + ", id");
  for (std::size_t i = 0; i < ownerIds.size(); ++i) s.bind(static_cast<int>(i + 1), static_cast<int64_t>(ownerIds[i]));
  while (s.executeStep()) {
    auto r = readContentAttachmentRecord(s);
    out[r.ownerId].push_back(std::move(r.attachment));
  }
  return out;
}

}  // namespace qinqing::backend
