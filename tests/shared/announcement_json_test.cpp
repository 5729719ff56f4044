// Round trips of the 公告栏 wire mapping, and the decoder's refusals (no exceptions: wasm too).
#include <gtest/gtest.h>

#include "qinqing/wire/announcement_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

namespace {

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
  auto j = w::announcementToJson(a);
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

TEST(AnnouncementJson, UnknownRoleAndBadRegionsAreFieldErrors) {
  auto bad = w::announcementDraftFromJson(json{{"title", "t"}, {"roles", {"mayor"}}, {"region_ids", {"x"}}});
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "roles");
  EXPECT_EQ(bad.error().fields[1].field, "region_ids");
  EXPECT_FALSE(w::announcementDraftFromJson(json::array()).ok());
  EXPECT_FALSE(w::announcementFromJson(json{{"state", "draft"}}).ok());
}
