#include <gtest/gtest.h>

#include "qinqing/wire/petition_attachment_json.hpp"

using namespace qinqing;

TEST(PetitionAttachmentJson, RoundTripsWithSnakeCaseKeys) {
  const domain::PetitionAttachment a{7,      domain::AttachmentPurpose::Result, "办理结果说明.docx", "application/msword", 35210,
                                     "ab12", "2026-03-02T09:30:00+08:00"};
  const auto j = wire::petitionAttachmentToJson(a);
  EXPECT_EQ(j["file_name"], "办理结果说明.docx");
  EXPECT_EQ(j["uploaded_at"], "2026-03-02T09:30:00+08:00");
  EXPECT_EQ(j["size"], 35210);
  auto back = wire::petitionAttachmentFromJson(nlohmann::json::parse(j.dump()));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
}

TEST(PetitionAttachmentJson, RefusesMalformedBodies) {
  const auto good = wire::petitionAttachmentToJson({1, domain::AttachmentPurpose::Petition, "a.pdf", "application/pdf", 10, "", ""});
  for (const char* key : {"id", "purpose", "file_name", "mime", "size"}) {
    auto j = good;
    j.erase(key);
    auto r = wire::petitionAttachmentFromJson(j);
    ASSERT_FALSE(r.ok()) << key;
    EXPECT_EQ(r.error().message, "附件数据格式有误");
  }
  auto j = good;
  j["purpose"] = "other";
  EXPECT_FALSE(wire::petitionAttachmentFromJson(j).ok());
  j = good;
  j["size"] = -1;
  EXPECT_FALSE(wire::petitionAttachmentFromJson(j).ok());
  EXPECT_FALSE(wire::petitionAttachmentFromJson(nlohmann::json::array()).ok());
}

TEST(PetitionAttachmentJson, ThePurposeParameterIsPetitionOrResult) {
  EXPECT_EQ(wire::attachmentPurposeFromParam("petition").value(), domain::AttachmentPurpose::Petition);
  EXPECT_EQ(wire::attachmentPurposeFromParam("result").value(), domain::AttachmentPurpose::Result);
  auto other = wire::attachmentPurposeFromParam("other");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, domain::ErrorCode::InvalidInput);
  ASSERT_EQ(other.error().fields.size(), 1u);
  EXPECT_EQ(other.error().fields[0].field, "purpose");
}
