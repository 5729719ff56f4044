// Migration 12: files attached to announcements (公告) and policy guides (政策指南). The bytes live
// in the same content-addressed store as petition files (DATA/attachments/<2 hex>/<sha256>); the
// rows name them by hash. Nothing is deleted: a removed file keeps its row with removed_at set.
#pragma once

#include <string_view>

namespace qinqing::backend::db {

extern const std::string_view kContentAttachmentSchema;

}  // namespace qinqing::backend::db
