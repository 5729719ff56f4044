#include "qinqing/wire/petition_attachment_json.hpp"

#include "qinqing/validation/file_type.hpp"
#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {

nlohmann::json petitionAttachmentToJson(const domain::PetitionAttachment& a) {
  return {{"id", a.id},     {"purpose", domain::attachmentPurposeKey(a.purpose)}, {"file_name", a.fileName},      {"mime", a.mime},
          {"size", a.size}, {"sha256", a.sha256},   {"uploaded_at", a.uploadedAt}};
}

domain::Result<domain::PetitionAttachment> petitionAttachmentFromJson(const nlohmann::json& j) {
  const auto bad = domain::DomainError::of(domain::ErrorCode::InvalidInput, "附件数据格式有误");
  if (!j.is_object()) return bad;
  auto id = getInt(j, "id");
  auto purpose = getString(j, "purpose");
  auto fileName = getString(j, "file_name");
  auto mime = getString(j, "mime");
  auto size = getInt(j, "size");
  const auto kind = purpose ? domain::attachmentPurposeFromKey(*purpose) : std::nullopt;
  if (!id || !kind || !fileName || !mime || !size || *size < 0) return bad;
  return domain::PetitionAttachment{*id,   *kind, *fileName, *mime, *size, getString(j, "sha256").value_or(""),
                                    getString(j, "uploaded_at").value_or("")};
}

domain::Result<domain::AttachmentPurpose> attachmentPurposeFromParam(std::string_view text) {
  if (auto purpose = domain::attachmentPurposeFromKey(text)) return *purpose;
  return domain::DomainError::invalid({{"purpose", "附件用途应为 petition 或 result"}});
}

}  // namespace qinqing::wire
