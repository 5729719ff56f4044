// The content feature's state: 公告栏, 公告发布, 政策指南, 政策指南发布, 简报投稿, 简报审核. Part of AppState
// (app/app_state.hpp); only the content_*_actions.cpp handlers write what comes from the server.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/wire/announcement_json.hpp"
#include "qinqing/wire/bulletin_json.hpp"
#include "qinqing/wire/policy_guide_json.hpp"

namespace qinqing::web {

// Regions and industry groups by name (audience pickers, a guide's 适用范围), loaded once per sign-in.
struct ContentRefs {
  std::vector<domain::NamedRef> regions;
  std::vector<domain::NamedRef> industryGroups;
  bool loaded = false;
  bool loading = false;
  std::string error;
};

// One record opened from a list, in place of the list (id 0: the list is shown).
template <typename T>
struct OpenRecord {
  long long id = 0;
  std::optional<T> record;
  bool loading = false;
  std::string error;
  int sequence = 0;
};

// 公告栏 (every reader).
struct NoticeBoardState {
  ListState<wire::AnnouncementView> list;
  bool unreadOnly = false;
  OpenRecord<wire::AnnouncementView> open;
};

// The 新建/编辑 form of an announcement (公告发布).
struct AnnouncementForm {
  bool visible = false;
  long long id = 0;  // 0: a new draft
  std::string title;
  std::string body;
  std::vector<domain::Role> roles;
  bool allRegions = true;
  std::vector<long long> regionIds;
  bool pinned = false;
  FormFeedback feedback;
};

enum class PublishStep { None, Publish, Withdraw };

// 发布 / 撤回 with a confirmation: how many enterprises a first publication will text.
struct PublishConfirm {
  PublishStep step = PublishStep::None;
  bool counting = false;   // the enterprises of the audience are being counted
  long long enterprises = -1;  // -1: not counted (no enterprise in the audience)
  bool busy = false;
  std::string error;
  std::string message;     // 已发布，已排队短信 N 条
};

// The count after 公告栏 in the menu: published announcements for this reader not yet opened.
struct UnreadNotices {
  long long count = 0;
  int sequence = 0;  // replies to an older count are dropped
};

// 公告发布 (系统管理员).
struct NoticePublishState {
  ListState<wire::AnnouncementView> list;
  int stateFilter = 0;  // 0: every state, else index into domain::kAllPublicationStates + 1
  OpenRecord<wire::AnnouncementView> open;
  std::vector<wire::AnnouncementVersion> versions;
  AnnouncementForm form;
  PublishConfirm confirm;
};

// 政策指南 (every reader).
struct PolicyBoardState {
  ListState<wire::PolicyGuideView> list;
  bool validOnly = false;
  OpenRecord<wire::PolicyGuideView> open;
};

struct PolicyForm {
  bool visible = false;
  long long id = 0;
  std::string title;
  std::string issuer;
  std::string documentNumber;
  std::string issuedOn;    // YYYY-MM-DD as typed; the server checks it
  std::string validUntil;  // empty: no end
  bool allGroups = true;
  std::vector<long long> industryGroupIds;
  bool allRegions = true;
  std::vector<long long> regionIds;
  std::string summary;
  std::string body;
  FormFeedback feedback;
};

// 政策指南发布 (系统管理员).
struct PolicyPublishState {
  ListState<wire::PolicyGuideView> list;
  int stateFilter = 0;
  OpenRecord<wire::PolicyGuideView> open;
  int versionCount = 0;  // versions kept since the first publication
  PolicyForm form;
  PublishConfirm confirm;
};

struct BulletinForm {
  bool visible = false;
  long long id = 0;  // 0: a new submission; else the returned (or waiting) one being edited
  std::string title;
  std::string body;
  std::string reviewComment;  // why it was returned, shown above the form
  FormFeedback feedback;
};

// 简报投稿: 已采用简报 for every reader, 我的投稿 for cadres and enterprises.
struct BulletinBoardState {
  bool mine = false;
  ListState<wire::BulletinView> list;
  OpenRecord<wire::BulletinView> open;
  BulletinForm form;
  std::string message;
};

// 简报审核 (系统管理员): the list by status, one bulletin's review, and the per-unit counts.
struct BulletinReviewState {
  ListState<wire::BulletinView> list;
  int statusFilter = 1;  // 0: every status, else index into domain::kAllBulletinStatuses + 1 (1: 待审核)
  OpenRecord<wire::BulletinView> open;
  std::string comment;
  FormFeedback feedback;
  std::string message;
  bool countsTab = false;
  std::string countsFrom;  // YYYY-MM-DD, empty: from the start
  std::string countsTo;
  std::vector<wire::UnitBulletinCount> counts;
  bool countsLoading = false;
  std::string countsError;
};

struct ContentState {
  ContentRefs refs;
  UnreadNotices unread;
  NoticeBoardState notices;
  NoticePublishState noticePublish;
  PolicyBoardState policies;
  PolicyPublishState policyPublish;
  BulletinBoardState bulletins;
  BulletinReviewState bulletinReview;
};

}  // namespace qinqing::web
