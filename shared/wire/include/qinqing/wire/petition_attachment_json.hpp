// Wire form of one petition attachment (qinqing/petition/petition_view.hpp PetitionAttachment), as
// the upload route answers it and as petition details list them:
//   {"id", "purpose": "petition"|"result", "file_name", "mime", "size", "sha256", "uploaded_at"}
// uploaded_at is ISO 8601 with +08:00; size in bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/petition/petition_view.hpp"

namespace qinqing::wire {

nlohmann::json petitionAttachmentToJson(const domain::PetitionAttachment& attachment);

// InvalidInput "附件数据格式有误" for a non-object, a missing or mistyped id, file_name, mime or
// size, a negative size, or a purpose other than petition/result.
domain::Result<domain::PetitionAttachment> petitionAttachmentFromJson(const nlohmann::json& j);

// The ?purpose= of an upload: "petition" or "result"; InvalidInput on field "purpose"
// ("附件用途应为 petition 或 result") for anything else.
domain::Result<domain::AttachmentPurpose> attachmentPurposeFromParam(std::string_view text);

}  // namespace qinqing::wire
