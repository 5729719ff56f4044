// Round trips of the 公告栏 wire mapping, and the decoder's refusals (no exceptions: wasm too).
#include <gtest/gtest.h>

#include "qinqing/wire/announcement_json.hpp"
#include "qinqing/wire/policy_guide_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

namespace {

w::ContentAttachment sampleAttachment(long long id) {
  return {id, "2026年惠企政策申报指南.pdf", "application/pdf", 18432,
          "3f1a9c0d5b2e4f6a8c7d9e0b1a2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4", "2026-11-03T10:05:00+08:00"};
}

d::AnnouncementDraft sampleDraft() {
  return {"关于开展2026年度惠企政策申报的通知", "各企业：\n请于11月30日前登录平台申报。",
          d::Audience{{d::Role::Enterprise, d::Role::Cadre}, {3, 5}}, true};
}

}  // namespace

TEST(AnnouncementJson, DraftRoundTrips) {
  const auto draft = sampleDraft();
  auto back = w::announcementDraftFromJson(w::announcementDraftToJson(draft));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), draft);
  EXPECT_EQ(w::announcementDraftToJson(draft)["role_names"][0], "企业");
}

TEST(AnnouncementJson, ViewRoundTrips) {
  w::AnnouncementView a;
  a.id = 7;
  a.state = d::PublicationState::Published;
  a.version = 3;
  a.content = sampleDraft();
  a.createdAt = "2026-11-02T09:00:00+08:00";
  a.updatedAt = "2026-11-03T10:00:00+08:00";
  a.publishedAt = "2026-11-02T10:00:00+08:00";
  a.read = true;
  a.smsQueued = 2000;
  a.attachments = {sampleAttachment(4), sampleAttachment(9)};
  auto j = w::announcementToJson(a);
  ASSERT_EQ(j["attachments"].size(), 2u);
  EXPECT_EQ(j["attachments"][1]["id"], 9);
  EXPECT_EQ(j["attachments"][0]["file_name"], "2026年惠企政策申报指南.pdf");
  EXPECT_EQ(j["state_name"], "已发布");
  auto back = w::announcementFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
}

TEST(AnnouncementJson, VersionRoundTrips) {
  w::AnnouncementVersion v{2, "2026-11-03T10:00:00+08:00", "sysadmin", sampleDraft()};
  auto back = w::announcementVersionFromJson(w::announcementVersionToJson(v));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), v);
}

TEST(AnnouncementJson, UnreadCountRoundTripsAndRefusesBadShapes) {
  EXPECT_EQ(w::unreadCountFromJson(w::unreadCountToJson(3)).value(), 3);
  EXPECT_EQ(w::unreadCountFromJson(w::unreadCountToJson(0)).value(), 0);
  EXPECT_FALSE(w::unreadCountFromJson(json::parse(R"({"unread":-1})")));
  EXPECT_FALSE(w::unreadCountFromJson(json::parse(R"({"unread":"3"})")));
  EXPECT_FALSE(w::unreadCountFromJson(json::parse("[]")));
}

TEST(AnnouncementJson, UnknownRoleAndBadRegionsAreFieldErrors) {
  auto bad = w::announcementDraftFromJson(json{{"title", "t"}, {"roles", {"mayor"}}, {"region_ids", {"x"}}});
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "roles");
  EXPECT_EQ(bad.error().fields[1].field, "region_ids");
  EXPECT_FALSE(w::announcementDraftFromJson(json::array()).ok());
  EXPECT_FALSE(w::announcementFromJson(json{{"state", "draft"}}).ok());
}

TEST(AnnouncementJson, NoAttachmentsIsAnEmptyListAndAMissingListReadsAsNone) {
  w::AnnouncementView a;
  a.id = 1;
  a.content = sampleDraft();
  auto j = w::announcementToJson(a);
  ASSERT_TRUE(j["attachments"].is_array());
  EXPECT_TRUE(j["attachments"].empty());
  j.erase("attachments");
  auto back = w::announcementFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back.value().attachments.empty());
  j["attachments"] = json::array({json{{"id", "x"}}});
  EXPECT_FALSE(w::announcementFromJson(j).ok());
}

TEST(PolicyGuideJson, ViewWithAttachmentsRoundTrips) {
  w::PolicyGuideView p;
  p.id = 12;
  p.state = d::PublicationState::Published;
  p.version = 2;
  p.content.title = "十堰市支持制造业高质量发展若干政策";
  p.content.issuer = "十堰市人民政府";
  p.content.documentNumber = "十政发〔2026〕3号";
  p.content.summary = "技改补贴、研发奖励";
  p.content.body = "第一条……";
  p.content.industryGroupIds = {1};
  p.publishedAt = "2026-11-02T10:00:00+08:00";
  p.fit = 2;
  p.relevant = true;
  p.attachments = {sampleAttachment(3)};
  auto j = w::policyGuideToJson(p);
  ASSERT_EQ(j["attachments"].size(), 1u);
  EXPECT_EQ(j["attachments"][0]["sha256"], sampleAttachment(3).sha256);
  auto back = w::policyGuideFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().attachments, p.attachments);
  EXPECT_EQ(back.value().content.title, p.content.title);
}

TEST(ContentAttachmentJson, RoundTripsAndRefusesBadShapes) {
  auto a = sampleAttachment(5);
  auto back = w::contentAttachmentFromJson(w::contentAttachmentToJson(a));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
  EXPECT_FALSE(w::contentAttachmentFromJson(json::array()).ok());
  auto negative = w::contentAttachmentToJson(a);
  negative["size"] = -1;
  EXPECT_FALSE(w::contentAttachmentFromJson(negative).ok());
}
