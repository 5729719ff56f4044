// The demo's files (issue 11): the full text of several policy guides as 政策原文 PDFs and the
// attachments of a few announcements (an 报名表, a 检查清单), drawn in Chinese by
// pdf::renderTextDocument, stored in DATA/attachments like any upload and listed on their
// announcement or guide, so a newcomer's 下载 opens a real document. Runs inside the caller's
// seeding transaction after seedDemoContent; the files are written before the rows commit.
#pragma once

#include <SQLiteCpp/Database.h>

#include "petition/attachment_store.hpp"

namespace qinqing::backend::demo {

// Returns how many files were attached.
int seedDemoFiles(SQLite::Database& db, const petition::AttachmentStore& store, long long nowUnix);

}  // namespace qinqing::backend::demo
