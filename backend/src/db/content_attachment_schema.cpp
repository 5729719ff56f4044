#include "db/content_attachment_schema.hpp"

namespace qinqing::backend::db {

// One table per owner, so each row's owner is a real foreign key (the shape of
// petition_attachments without the purpose: a content file has one use, readers download it).
const std::string_view kContentAttachmentSchema = R"SQL(
CREATE TABLE announcement_attachments (
  id              INTEGER PRIMARY KEY,
  announcement_id INTEGER NOT NULL REFERENCES announcements(id),
  file_name       TEXT NOT NULL,
  mime            TEXT NOT NULL,
  size            INTEGER NOT NULL CHECK (size >= 0),
  sha256          TEXT NOT NULL,
  uploaded_by     INTEGER REFERENCES accounts(id),
  uploaded_at     INTEGER NOT NULL,
  removed_at      INTEGER  -- taken off by 系统管理员; the row and the file stay
);
CREATE INDEX announcement_attachments_by_owner ON announcement_attachments (announcement_id, id);

CREATE TABLE policy_guide_attachments (
  id          INTEGER PRIMARY KEY,
  policy_id   INTEGER NOT NULL REFERENCES policy_guides(id),
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  sha256      TEXT NOT NULL,
  uploaded_by INTEGER REFERENCES accounts(id),
  uploaded_at INTEGER NOT NULL,
  removed_at  INTEGER
);
CREATE INDEX policy_guide_attachments_by_owner ON policy_guide_attachments (policy_id, id);

-- Never deleted; the only change a row ever sees is removed_at being set once.
CREATE TRIGGER announcement_attachments_no_delete BEFORE DELETE ON announcement_attachments
BEGIN SELECT RAISE(ABORT, 'announcement attachments are never deleted'); END;
CREATE TRIGGER announcement_attachments_only_removal BEFORE UPDATE ON announcement_attachments
WHEN OLD.removed_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.announcement_id IS NOT OLD.announcement_id
  OR NEW.file_name IS NOT OLD.file_name OR NEW.mime IS NOT OLD.mime OR NEW.size IS NOT OLD.size
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.uploaded_by IS NOT OLD.uploaded_by OR NEW.uploaded_at IS NOT OLD.uploaded_at
BEGIN SELECT RAISE(ABORT, 'announcement attachments are never changed, only removed'); END;
CREATE TRIGGER policy_guide_attachments_no_delete BEFORE DELETE ON policy_guide_attachments
BEGIN SELECT RAISE(ABORT, 'policy guide attachments are never deleted'); END;
CREATE TRIGGER policy_guide_attachments_only_removal BEFORE UPDATE ON policy_guide_attachments
WHEN OLD.removed_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.policy_id IS NOT OLD.policy_id
  OR NEW.file_name IS NOT OLD.file_name OR NEW.mime IS NOT OLD.mime OR NEW.size IS NOT OLD.size
  OR NEW.sha256 IS NOT OLD.sha256 OR NEW.uploaded_by IS NOT OLD.uploaded_by OR NEW.uploaded_at IS NOT OLD.uploaded_at
BEGIN SELECT RAISE(ABORT, 'policy guide attachments are never changed, only removed'); END;
)SQL";

}  // namespace qinqing::backend::db
