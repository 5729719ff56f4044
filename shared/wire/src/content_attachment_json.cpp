#include "qinqing/wire/content_attachment_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {

nlohmann::json contentAttachmentToJson(const ContentAttachment& a) {
  return {{"id", a.id},     {"file_name", a.fileName}, {"mime", a.mime},
          {"size", a.size}, {"sha256", a.sha256},      {"uploaded_at", a.uploadedAt}};
}

domain::Result<ContentAttachment> contentAttachmentFromJson(const nlohmann::json& j) {
  const auto bad = domain::DomainError::of(domain::ErrorCode::InvalidInput, "附件数据格式有误");
  if (!j.is_object()) return bad;
  auto id = getInt(j, "id");
  auto fileName = getString(j, "file_name");
  auto mime = getString(j, "mime");
  auto size = getInt(j, "size");
  if (!id || !fileName || !mime || !size || *size < 0) return bad;
  return ContentAttachment{*id, *fileName, *mime, *size, getString(j, "sha256").value_or(""),
                           getString(j, "uploaded_at").value_or("")};
}

nlohmann::json contentAttachmentsToJson(const std::vector<ContentAttachment>& attachments) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : attachments) out.push_back(contentAttachmentToJson(a));
  return out;
}

domain::Result<std::vector<ContentAttachment>> contentAttachmentsFromJson(const nlohmann::json& owner) {
  std::vector<ContentAttachment> out;
  auto it = owner.find("attachments");
  if (it == owner.end() || it->is_null()) return out;
  if (!it->is_array()) return domain::DomainError::of(domain::ErrorCode::InvalidInput, "附件数据格式有误");
  for (const auto& a : *it) {
    auto one = contentAttachmentFromJson(a);
    if (!one) return one.error();
    out.push_back(std::move(one).value());
  }
  return out;
}

}  // namespace qinqing::wire
