// What the content feature's actions share: opening a menu entry, the region and industry-group
// names, and loading one record opened from a list (replies to an older opening dropped).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/file_list_actions.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/content/content_intents.hpp"
#include "features/content/content_state.hpp"

namespace qinqing::web {

// The registry rows' onOpen: the screen starts at its list, fresh from the server.
void openNoticeBoard(AppState& state);
void openNoticePublish(AppState& state);
void openPolicyBoard(AppState& state);
void openPolicyPublish(AppState& state);
void openBulletinBoard(AppState& state);
void openBulletinReview(AppState& state);

// Region and industry-group names (GET /api/application-options: every role may read it).
void loadContentRefs(AppState& state);

// Whose files a content file list shows: it picks the upload, remove and download routes.
enum class ContentFileOwner { announcement, policy };

// The file list key of an announcement's or a policy guide's files, and setting that list from the
// record as loaded.
std::string contentFilesKey(ContentFileOwner owner, long long id);
void showContentFiles(AppState& state, ContentFileOwner owner, long long id,
                      const std::vector<wire::ContentAttachment>& files);


// "&state=published" for a filter index (0: none) into domain::kAllPublicationStates + 1.
std::string publicationStateFilter(int filter);

// GET path into record (the list stays below it); onLoaded runs with the raw reply JSON after the record is set.
template <typename T, typename FromJson, typename OnLoaded>
void loadOpenRecord(AppState& state, OpenRecord<T>& open, long long id, const std::string& path, FromJson fromJson,
                    const char* what, OnLoaded onLoaded) {
  open.id = id;
  open.record.reset();
  open.error.clear();
  if (id == 0) return;
  open.loading = true;
  const int seq = ++open.sequence;
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&open.loading}, [&open, seq] { return seq == open.sequence; }},
               [&open, fromJson, what, onLoaded](const HttpReply& reply) {
                 if (reply.status != 200) {
                   open.error = std::string(what) + "加载失败：" + replyError(reply).message;
                   return;
                 }
                 const auto j = parsedReply(reply);
                 auto record = fromJson(j);
                 if (!record) {
                   open.error = record.error().message;
                   return;
                 }
                 open.record = std::move(record).value();
                 onLoaded(j);
               });
}

}  // namespace qinqing::web
