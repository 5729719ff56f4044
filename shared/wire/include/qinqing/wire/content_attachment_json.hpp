// Wire form of a file attached to an announcement (公告) or a policy guide (政策指南), as the upload
// route answers it and as announcementToJson / policyGuideToJson list the live ones:
//   {"id", "file_name", "mime", "size", "sha256", "uploaded_at"}
// uploaded_at is ISO 8601 with +08:00; size in bytes. The same shape as a petition attachment
// without its purpose (content files have one purpose: readers download them).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "qinqing/core/result.hpp"

namespace qinqing::wire {

struct ContentAttachment {
  long long id = 0;
  std::string fileName;
  std::string mime;
  long long size = 0;
  std::string sha256;
  std::string uploadedAt;
  bool operator==(const ContentAttachment&) const = default;
};

nlohmann::json contentAttachmentToJson(const ContentAttachment& attachment);
// InvalidInput "附件数据格式有误" for a non-object, a missing or mistyped id, file_name, mime or size,
// or a negative size.
domain::Result<ContentAttachment> contentAttachmentFromJson(const nlohmann::json& j);

nlohmann::json contentAttachmentsToJson(const std::vector<ContentAttachment>& attachments);
// A missing "attachments" is none (replies of servers before the attachments existed); a
// malformed entry is the error of contentAttachmentFromJson.
domain::Result<std::vector<ContentAttachment>> contentAttachmentsFromJson(const nlohmann::json& owner);

}  // namespace qinqing::wire
