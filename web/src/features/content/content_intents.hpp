// The intents of 公告栏, 公告发布, 政策指南, 政策指南发布, 简报投稿, 简报审核, performed by the feature's *_actions.cpp.
#pragma once

#include "app/type_list.hpp"
#include "qinqing/content/publication.hpp"

namespace qinqing::web {

struct AppState;

// 公告栏
struct LoadNotices {};
struct OpenNotice {  // 0: back to the list
  long long id = 0;
};
struct LoadUnreadNoticeCount {};  // the menu's 公告栏（N）
// 公告发布
struct LoadNoticeAdmin {};
struct OpenNoticeAdmin {
  long long id = 0;
};
struct StartNoticeForm {  // 0: 新建公告; else edit the open one
  long long id = 0;
};
struct SaveNotice {};
struct AskNoticeStep {  // opens the 发布 / 撤回 confirmation (counting the enterprises to be texted)
  bool withdraw = false;
};
struct ConfirmNoticeStep {};

// 政策指南
struct LoadPolicies {};
struct OpenPolicy {
  long long id = 0;
};
// 政策指南发布
struct LoadPolicyAdmin {};
struct OpenPolicyAdmin {
  long long id = 0;
};
struct StartPolicyForm {
  long long id = 0;
};
struct SavePolicy {};
struct ConfirmPolicyStep {  // 发布 or 撤回, after the screen's own confirmation
  bool withdraw = false;
};

// 简报投稿
struct LoadBulletins {};
struct OpenBulletin {
  long long id = 0;
};
struct StartBulletinForm {  // 0: a new submission; else edit (and resubmit) the open one
  long long id = 0;
};
struct SaveBulletin {};
// 简报审核
struct LoadBulletinReviews {};
struct OpenBulletinReview {
  long long id = 0;
};
struct ReviewBulletin {
  domain::BulletinReview review = domain::BulletinReview::Adopt;
};
struct LoadBulletinUnitCounts {};

void perform(AppState& state, const LoadNotices& intent);
void perform(AppState& state, const OpenNotice& intent);
void perform(AppState& state, const LoadUnreadNoticeCount& intent);
void perform(AppState& state, const LoadNoticeAdmin& intent);
void perform(AppState& state, const OpenNoticeAdmin& intent);
void perform(AppState& state, const StartNoticeForm& intent);
void perform(AppState& state, const SaveNotice& intent);
void perform(AppState& state, const AskNoticeStep& intent);
void perform(AppState& state, const ConfirmNoticeStep& intent);
void perform(AppState& state, const LoadPolicies& intent);
void perform(AppState& state, const OpenPolicy& intent);
void perform(AppState& state, const LoadPolicyAdmin& intent);
void perform(AppState& state, const OpenPolicyAdmin& intent);
void perform(AppState& state, const StartPolicyForm& intent);
void perform(AppState& state, const SavePolicy& intent);
void perform(AppState& state, const ConfirmPolicyStep& intent);
void perform(AppState& state, const LoadBulletins& intent);
void perform(AppState& state, const OpenBulletin& intent);
void perform(AppState& state, const StartBulletinForm& intent);
void perform(AppState& state, const SaveBulletin& intent);
void perform(AppState& state, const LoadBulletinReviews& intent);
void perform(AppState& state, const OpenBulletinReview& intent);
void perform(AppState& state, const ReviewBulletin& intent);
void perform(AppState& state, const LoadBulletinUnitCounts& intent);

using ContentIntents =
    TypeList<LoadNotices, OpenNotice, LoadUnreadNoticeCount, LoadNoticeAdmin, OpenNoticeAdmin, StartNoticeForm, SaveNotice, AskNoticeStep,
             ConfirmNoticeStep, LoadPolicies, OpenPolicy, LoadPolicyAdmin, OpenPolicyAdmin, StartPolicyForm, SavePolicy,
             ConfirmPolicyStep, LoadBulletins, OpenBulletin, StartBulletinForm, SaveBulletin, LoadBulletinReviews,
             OpenBulletinReview, ReviewBulletin, LoadBulletinUnitCounts>;

}  // namespace qinqing::web
