// 公告栏 (readers) and 公告发布 (系统管理员): the requests of both screens, and the names of regions and
// industry groups every content screen shows.
#include <algorithm>
#include <memory>

#include "features/content/content_actions.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

d::AnnouncementDraft draftOf(const AnnouncementForm& f) {
  d::AnnouncementDraft draft;
  draft.title = f.title;
  draft.body = f.body;
  draft.audience.roles = f.roles;
  if (!f.allRegions) draft.audience.regionIds = f.regionIds;
  draft.pinned = f.pinned;
  return draft;
}

void reloadAnnouncementRecord(AppState& state, long long id);
void markNoticeRead(AppState& state, long long id);

}  // namespace

std::string publicationStateFilter(int filter) {
  if (filter <= 0 || filter > static_cast<int>(d::kAllPublicationStates.size())) return "";
  return "&state=" + std::string(d::publicationStateKey(d::kAllPublicationStates[static_cast<size_t>(filter - 1)]));
}

void loadContentRefs(AppState& state) {
  ContentRefs& r = state.content.refs;
  if (r.loaded || r.loading) return;
  r.loading = true;
  r.error.clear();
  sendSignedIn(state, "GET", api::path<api::applications::options>(), "", ReplyGuard{{&r.loading}}, [&r](const HttpReply& reply) {
    auto choices = reply.status == 200 ? wire::applicationChoicesFromJson(parsedReply(reply))
                                       : d::Result<d::ApplicationChoices>(replyError(reply));
    if (!choices) {
      r.error = "区域和行业组别加载失败：" + choices.error().message;
      return;
    }
    r.regions = choices.value().regions;
    r.industryGroups = choices.value().industryGroups;
    r.loaded = true;
  });
}

std::string contentFilesKey(ContentFileOwner owner, long long id) {
  switch (owner) {
    case ContentFileOwner::announcement: return "announcements/" + std::to_string(id);
    case ContentFileOwner::policy: return "policies/" + std::to_string(id);
  }
  return {};
}

namespace {

FileListPaths contentFilePaths(ContentFileOwner owner, long long id) {
  FileListPaths paths;
  switch (owner) {
    case ContentFileOwner::announcement:
      paths.uploadPath = api::path<api::announcements::publishAttachments>(id);
      paths.removePath = [id](long long f) { return api::path<api::announcements::publishAttachment>(id, f); };
      paths.downloadPath = [id](long long f) { return api::path<api::announcements::attachment>(id, f); };
      break;
    case ContentFileOwner::policy:
      paths.uploadPath = api::path<api::policies::publishAttachments>(id);
      paths.removePath = [id](long long f) { return api::path<api::policies::publishAttachment>(id, f); };
      paths.downloadPath = [id](long long f) { return api::path<api::policies::attachment>(id, f); };
      break;
  }
  return paths;
}

}  // namespace

void showContentFiles(AppState& state, ContentFileOwner owner, long long id,
                      const std::vector<wire::ContentAttachment>& files) {
  std::vector<ListedFile> listed;
  for (const auto& f : files) listed.push_back({f.id, f.fileName, f.mime, f.size});
  setFileList(state, contentFilesKey(owner, id), contentFilePaths(owner, id), std::move(listed));
}

// ---- 公告栏 ----------------------------------------------------------------------------------------

void openNoticeBoard(AppState& state) {
  state.content.notices = NoticeBoardState{};
  // Newest first, as the table's arrow then shows (the server keeps pinned ones above in any order).
  state.content.notices.list.request.sort = "published_at";
  state.content.notices.list.request.descending = true;
  perform(state, LoadNotices{});
  perform(state, LoadUnreadNoticeCount{});
}

void perform(AppState& state, const LoadNotices&) {
  NoticeBoardState& s = state.content.notices;
  loadListPage(state, s.list, api::path<api::announcements::list>(), s.unreadOnly ? "&unread=1" : "", wire::announcementFromJson, "公告");
}

void perform(AppState& state, const OpenNotice& intent) {
  NoticeBoardState& s = state.content.notices;
  if (intent.id == 0) {
    s.open = {};
    perform(state, LoadNotices{});  // what was opened is no longer unread
    return;
  }
  loadOpenRecord(state, s.open, intent.id, api::path<api::announcements::one>(intent.id), wire::announcementFromJson, "公告",
                 [&state, &s](const nlohmann::json&) {
                   showContentFiles(state, ContentFileOwner::announcement, s.open.id, s.open.record->attachments);
                   if (!s.open.record->read) markNoticeRead(state, s.open.id);
                 });
}

namespace {
// Opening it is reading it (idempotent on the server). Sent only once the record is here, so the
// record's own reply can never land after this one and show it unread again.
void markNoticeRead(AppState& state, long long id) {
  sendSignedIn(state, "POST", api::path<api::announcements::read>(id), "", ReplyGuard{},
               [&state, id](const HttpReply& reply) {
                 if (reply.status >= 300) return;
                 auto& open = state.content.notices.open;
                 if (open.id == id && open.record) open.record->read = true;
                 for (auto& a : state.content.notices.list.page.items) {
                   if (a.id == id) a.read = true;
                 }
                 perform(state, LoadUnreadNoticeCount{});
               });
}
}  // namespace

void perform(AppState& state, const LoadUnreadNoticeCount&) {
  UnreadNotices& u = state.content.unread;
  const int seq = ++u.sequence;
  sendSignedIn(state, "GET", api::path<api::announcements::unreadCount>(), "", ReplyGuard{{}, [&u, seq] { return seq == u.sequence; }},
               [&u](const HttpReply& reply) {
                 if (reply.status != 200) return;  // the badge is a hint: keep the last count
                 if (auto count = wire::unreadCountFromJson(parsedReply(reply))) u.count = count.value();
               });
}

// ---- 公告发布 --------------------------------------------------------------------------------------

void openNoticePublish(AppState& state) {
  state.content.noticePublish = NoticePublishState{};
  state.content.noticePublish.list.request.sort = "updated_at";
  state.content.noticePublish.list.request.descending = true;
  loadContentRefs(state);
  perform(state, LoadNoticeAdmin{});
}

void perform(AppState& state, const LoadNoticeAdmin&) {
  NoticePublishState& s = state.content.noticePublish;
  loadListPage(state, s.list, api::path<api::announcements::publishList>(), publicationStateFilter(s.stateFilter),
               wire::announcementFromJson, "公告");
}

namespace {
void reloadAnnouncementRecord(AppState& state, long long id) {
  NoticePublishState& s = state.content.noticePublish;
  loadOpenRecord(state, s.open, id, api::path<api::announcements::publishOne>(id), wire::announcementFromJson, "公告",
                 [&state, &s](const nlohmann::json& j) {
                   showContentFiles(state, ContentFileOwner::announcement, s.open.id, s.open.record->attachments);
                   s.versions.clear();
                   if (!j.contains("versions") || !j["versions"].is_array()) return;
                   for (const auto& v : j["versions"]) {
                     if (auto version = wire::announcementVersionFromJson(v)) s.versions.push_back(version.value());
                   }
                 });
}
}  // namespace

void perform(AppState& state, const OpenNoticeAdmin& intent) {
  NoticePublishState& s = state.content.noticePublish;
  s.form = AnnouncementForm{};
  s.confirm = PublishConfirm{};
  s.versions.clear();
  reloadAnnouncementRecord(state, intent.id);
  if (intent.id == 0) perform(state, LoadNoticeAdmin{});
}

void perform(AppState& state, const StartNoticeForm& intent) {
  NoticePublishState& s = state.content.noticePublish;
  s.form = AnnouncementForm{};
  s.form.visible = true;
  s.confirm = PublishConfirm{};
  loadContentRefs(state);
  if (intent.id == 0) {
    s.open = {};
    s.form.roles = {d::Role::Enterprise};
    return;
  }
  if (!s.open.record || s.open.record->id != intent.id) return;
  const auto& c = s.open.record->content;
  s.form.id = intent.id;
  s.form.title = c.title;
  s.form.body = c.body;
  s.form.roles = c.audience.roles;
  s.form.allRegions = c.audience.regionIds.empty();
  s.form.regionIds = c.audience.regionIds;
  s.form.pinned = c.pinned;
}

void perform(AppState& state, const SaveNotice&) {
  NoticePublishState& s = state.content.noticePublish;
  AnnouncementForm& f = s.form;
  if (f.feedback.saving) return;
  f.feedback.clear();
  f.feedback.saving = true;
  const bool creating = f.id == 0;
  const std::string path = creating ? api::path<api::announcements::publishList>() : api::path<api::announcements::publishOne>(f.id);
  sendSignedIn(state, creating ? "POST" : "PUT", path, wire::announcementDraftToJson(draftOf(f)).dump(),
               ReplyGuard{{&f.feedback.saving}}, [&state, creating](const HttpReply& reply) {
                 NoticePublishState& p = state.content.noticePublish;
                 if (reply.status != 200 && reply.status != 201) return applyFormError(reply, p.form.feedback);
                 auto saved = wire::announcementFromJson(parsedReply(reply));
                 if (!saved) {
                   p.form.feedback.formError = saved.error().message;
                   return;
                 }
                 p.form = AnnouncementForm{};
                 p.confirm.message = creating ? "草稿已保存" : "修改已保存";
                 reloadAnnouncementRecord(state, saved.value().id);
                 perform(state, LoadNoticeAdmin{});
               });
}

// The confirmation of 发布 says how many enterprises a first publication texts: the enterprises of the
// audience's regions (all of them with no region), counted by GET /api/enterprises (the server's own
// count of mobiles is the reply's sms_queued).
void perform(AppState& state, const AskNoticeStep& intent) {
  NoticePublishState& s = state.content.noticePublish;
  s.confirm = PublishConfirm{};
  s.confirm.step = intent.withdraw ? PublishStep::Withdraw : PublishStep::Publish;
  if (intent.withdraw || !s.open.record) return;
  const auto& a = *s.open.record;
  const auto& roles = a.content.audience.roles;
  const bool texts = !a.publishedAt.empty() ? false : std::find(roles.begin(), roles.end(), d::Role::Enterprise) != roles.end();
  if (!texts) return;
  std::vector<std::string> paths;
  if (a.content.audience.regionIds.empty()) paths.push_back(api::path<api::enterprises::list>() + "?page_size=1");
  for (long long r : a.content.audience.regionIds) paths.push_back(api::path<api::enterprises::list>() + "?page_size=1&region_id=" + std::to_string(r));
  s.confirm.counting = true;
  s.confirm.enterprises = 0;
  auto left = std::make_shared<int>(static_cast<int>(paths.size()));
  const long long id = a.id;
  for (const auto& path : paths) {
    sendSignedIn(state, "GET", path, "", ReplyGuard{{}, [&s, id] { return s.open.id == id; }},
                 [&s, left](const HttpReply& reply) {
                   if (reply.status == 200) {
                     auto j = parsedReply(reply);
                     if (j.is_object() && j.contains("total") && j["total"].is_number_integer())
                       s.confirm.enterprises += j["total"].get<long long>();
                   }
                   if (--*left == 0) s.confirm.counting = false;
                 });
  }
}

void perform(AppState& state, const ConfirmNoticeStep&) {
  NoticePublishState& s = state.content.noticePublish;
  if (!s.open.record || s.confirm.busy || s.confirm.step == PublishStep::None) return;
  const bool publish = s.confirm.step == PublishStep::Publish;
  const long long id = s.open.record->id;
  s.confirm.busy = true;
  s.confirm.error.clear();
  sendSignedIn(state, "POST", publish ? api::path<api::announcements::publish>(id) : api::path<api::announcements::withdraw>(id), "",
               ReplyGuard{{&s.confirm.busy}}, [&state, publish, id](const HttpReply& reply) {
                 PublishConfirm& c = state.content.noticePublish.confirm;
                 if (reply.status != 200) {
                   c.error = (publish ? "发布失败：" : "撤回失败：") + replyError(reply).message;
                   return;
                 }
                 c.step = PublishStep::None;
                 if (publish) {
                   auto j = parsedReply(reply);
                   const long long queued = j.is_object() ? j.value("sms_queued", 0LL) : 0;
                   c.message = queued > 0 ? "已发布，已排队短信 " + std::to_string(queued) + " 条" : "已发布";
                 } else {
                   c.message = "已撤回，读者不再看到这条公告";
                 }
                 reloadAnnouncementRecord(state, id);
                 perform(state, LoadNoticeAdmin{});
               });
}

}  // namespace qinqing::web
