// AttachmentStore: the bytes of petition attachments, kept outside the database (issue 5: "stored
// outside the database under their hash") as ROOT/<first two hex digits>/<sha256>. The database row
// (petition_attachments) names the file by its hash; the same content uploaded twice is stored once.
//
// A file is written to a temporary name in its final directory, flushed to disk (fsync), renamed
// into place and its directory flushed, so a file the database points to is complete after a crash
// or power cut: callers write the file before committing the row. A file whose row never committed
// is an orphan and harmless. Files are never deleted or changed (nothing in a petition is deleted).
//
// Thread-safe: concurrent puts of the same content each write their own temporary file and the
// rename of the same bytes onto the same name is atomic.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace qinqing::backend::petition {

class AttachmentStore {
public:
  // root: DATA/attachments; created on the first put.
  explicit AttachmentStore(std::filesystem::path root) : m_root(std::move(root)) {}

  // Stores the bytes (unless a file of that hash and size is already there) and returns their
  // SHA-256 as 64 lower-case hex digits. Throws std::runtime_error when the disk refuses (full,
  // read-only, permissions); nothing half-written is left under the final name.
  std::string put(std::string_view content) const;

  // The stored bytes; nullopt when there is no file of that hash or sha256 is not 64 lower-case
  // hex digits (a name from the database never reaches outside the root).
  std::optional<std::string> get(std::string_view sha256) const;

  // Where the file of that hash lives (whether or not it exists); empty for a malformed hash.
  std::filesystem::path pathOf(std::string_view sha256) const;

  const std::filesystem::path& root() const { return m_root; }

private:
  std::filesystem::path m_root;
};

}  // namespace qinqing::backend::petition
