#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/content/publication.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;
using qinqing::test::D;

namespace {
}  // namespace

TEST(Publication, VocabulariesRoundTrip) {
  for (auto s : kAllPublicationStates) EXPECT_EQ(publicationStateFromKey(publicationStateKey(s)), s);
  for (auto k : kAllBulletinKinds) EXPECT_EQ(bulletinKindFromKey(bulletinKindKey(k)), k);
  for (auto s : kAllBulletinStatuses) EXPECT_EQ(bulletinStatusFromKey(bulletinStatusKey(s)), s);
  for (auto r : kAllBulletinReviews) EXPECT_EQ(bulletinReviewFromKey(bulletinReviewKey(r)), r);
  EXPECT_EQ(bulletinStatusLabel(BulletinStatus::Returned), "退回修改");
}

TEST(Publication, PublishAndWithdraw) {
  EXPECT_EQ(publicationAfter(PublicationState::Draft, PublicationAction::Publish).value(), PublicationState::Published);
  EXPECT_EQ(publicationAfter(PublicationState::Withdrawn, PublicationAction::Publish).value(),
            PublicationState::Published);
  EXPECT_EQ(publicationAfter(PublicationState::Published, PublicationAction::Withdraw).value(),
            PublicationState::Withdrawn);
  EXPECT_EQ(publicationAfter(PublicationState::Published, PublicationAction::Publish).error().code,
            ErrorCode::InvalidTransition);
  EXPECT_EQ(publicationAfter(PublicationState::Draft, PublicationAction::Withdraw).error().message,
            "只有已发布的内容可以撤回");
}

TEST(Publication, AudienceByRoleAndRegion) {
  const Audience enterprisesOfTwoCounties{{Role::Enterprise, Role::Cadre}, {3, 4}};
  EXPECT_TRUE(audienceIncludes(enterprisesOfTwoCounties, Role::Enterprise, 3));
  EXPECT_FALSE(audienceIncludes(enterprisesOfTwoCounties, Role::Enterprise, 5));
  EXPECT_FALSE(audienceIncludes(enterprisesOfTwoCounties, Role::UnitAdmin, 3));
  EXPECT_TRUE(audienceIncludes(enterprisesOfTwoCounties, Role::Cadre, std::nullopt));
  EXPECT_TRUE(audienceIncludes({{Role::Enterprise}, {}}, Role::Enterprise, 9));
}

TEST(Publication, AnnouncementNeedsTitleBodyAndReaders) {
  EXPECT_TRUE(validateAnnouncement({"关于开展2026年度惠企政策申报的通知", "各企业：……", {{Role::Enterprise}, {}}, true}).ok());
  EXPECT_EQ(fieldsOf(validateAnnouncement({"", "", {{}, {}}, false})),
            (std::vector<std::string>{"title", "body", "audience"}));
  EXPECT_EQ(validateAnnouncement({"t", "b", {{Role::Enterprise, Role::Enterprise}, {}}, false}).error().message,
            "公告对象有重复");
  EXPECT_EQ(validateAnnouncement({"t", "b", {{Role::AuditAdmin}, {}}, false}).error().message,
            "安全管理员和审计管理员不是公告对象");
}

TEST(Publication, AnnouncementSmsClipsLongTitles) {
  EXPECT_EQ(announcementSmsText("元旦放假通知"),
            "平台发布了新公告《元旦放假通知》，请登录十堰亲清企业服务信息平台在“公告栏”查看。");
  const std::string longTitle = "关于做好二〇二六年度全市规模以上工业企业统计报表报送及数据质量核查工作的通知（补充）";
  const std::string text = announcementSmsText(longTitle);
  EXPECT_NE(text.find("关于做好二〇二六年度全市规模以上工业企业统计报表报送及数据质…》"), std::string::npos) << text;
}

TEST(Publication, PolicyGuideDatesAndTexts) {
  PolicyGuideDraft p{"十堰市支持中小企业发展若干措施", "十堰市人民政府", "十政发〔2026〕8号", D("2026-03-01"),
                     D("2028-12-31"), {1}, {}, "对新升规企业给予一次性奖励。", "第一条……"};
  EXPECT_TRUE(validatePolicyGuide(p, D("2026-12-03")).ok());
  p.issuedOn = D("2026-12-04");
  p.validUntil = D("2026-12-01");
  p.issuer.clear();
  p.summary = std::string(501, 'x');
  EXPECT_EQ(fieldsOf(validatePolicyGuide(p, D("2026-12-03"))),
            (std::vector<std::string>{"issuer", "issued_on", "valid_until", "summary"}));
}

TEST(Publication, PolicyValidityEndsAfterItsLastDay) {
  EXPECT_EQ(policyValidity(D("2026-12-03"), D("2026-12-03")), PolicyValidity::Valid);
  EXPECT_EQ(policyValidity(D("2026-12-02"), D("2026-12-03")), PolicyValidity::Expired);
  EXPECT_EQ(policyValidity(std::nullopt, D("2026-12-03")), PolicyValidity::Valid);
  EXPECT_EQ(policyValidityLabel(PolicyValidity::Expired), "已失效");
}

TEST(Publication, PolicyFitRanksSpecificMatchesFirst) {
  EXPECT_EQ(policyFit({}, {}, 1, 3), 0);
  EXPECT_EQ(policyFit({1}, {}, 1, 3), 1);
  EXPECT_EQ(policyFit({1, 2}, {3}, 2, 3), 2);
  EXPECT_EQ(policyFit({2}, {}, 1, 3), std::nullopt);
  EXPECT_EQ(policyFit({}, {4}, 1, 3), std::nullopt);
  EXPECT_EQ(policyFit({1}, {}, std::nullopt, 3), std::nullopt);  // no industry group: industry policies do not fit
}

TEST(Publication, BulletinReview) {
  EXPECT_EQ(bulletinAfterReview(BulletinStatus::Submitted, BulletinReview::Adopt, "").value(), BulletinStatus::Adopted);
  EXPECT_EQ(bulletinAfterReview(BulletinStatus::Submitted, BulletinReview::Return, " ").error().fields[0],
            (FieldError{"comment", "请填写退回修改意见"}));
  EXPECT_EQ(bulletinAfterReview(BulletinStatus::Submitted, BulletinReview::Return, "请补充数据来源").value(),
            BulletinStatus::Returned);
  EXPECT_EQ(bulletinAfterReview(BulletinStatus::Submitted, BulletinReview::Decline, "").value(), BulletinStatus::Declined);
  EXPECT_EQ(bulletinAfterReview(BulletinStatus::Adopted, BulletinReview::Decline, "").error().message,
            "该稿件已审核（已采用）");
  EXPECT_TRUE(bulletinEditableByAuthor(BulletinStatus::Returned));
  EXPECT_FALSE(bulletinEditableByAuthor(BulletinStatus::Adopted));
  EXPECT_EQ(bulletinKindFor(Role::Cadre), BulletinKind::CadreStory);
  EXPECT_EQ(bulletinKindFor(Role::Enterprise), BulletinKind::EnterpriseNews);
  EXPECT_EQ(bulletinKindFor(Role::Inspector), std::nullopt);
  EXPECT_EQ(fieldsOf(validateBulletin({"", std::string(10001, 'x')})), (std::vector<std::string>{"title", "body"}));
}
