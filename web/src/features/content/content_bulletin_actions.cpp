// 简报投稿 (已采用简报 for every reader, 我的投稿 and its form for cadres and enterprises) and 简报审核
// (系统管理员: review, per-unit counts).
#include "features/content/content_actions.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

}  // namespace

void openBulletinBoard(AppState& state) {
  state.content.bulletins = BulletinBoardState{};
  state.content.bulletins.list.request.sort = "submitted_at";
  state.content.bulletins.list.request.descending = true;
  perform(state, LoadBulletins{});
}

void perform(AppState& state, const LoadBulletins&) {
  BulletinBoardState& s = state.content.bulletins;
  loadListPage(state, s.list, api::path<api::bulletins::list>(), s.mine ? "&mine=1" : "", wire::bulletinFromJson, "简报");
}

void perform(AppState& state, const OpenBulletin& intent) {
  BulletinBoardState& s = state.content.bulletins;
  s.form = BulletinForm{};
  s.message.clear();
  loadOpenRecord(state, s.open, intent.id, api::path<api::bulletins::one>(intent.id), wire::bulletinFromJson, "简报",
                 [](const nlohmann::json&) {});
}

void perform(AppState& state, const StartBulletinForm& intent) {
  BulletinBoardState& s = state.content.bulletins;
  s.form = BulletinForm{};
  s.form.visible = true;
  s.message.clear();
  if (intent.id == 0) {
    s.open = {};
    return;
  }
  if (!s.open.record || s.open.record->id != intent.id) return;
  s.form.id = intent.id;
  s.form.title = s.open.record->content.title;
  s.form.body = s.open.record->content.body;
  s.form.reviewComment = s.open.record->status == d::BulletinStatus::Returned ? s.open.record->reviewComment : "";
}

void perform(AppState& state, const SaveBulletin&) {
  BulletinForm& f = state.content.bulletins.form;
  if (f.feedback.saving) return;
  f.feedback.clear();
  f.feedback.saving = true;
  const bool creating = f.id == 0;
  sendSignedIn(state, creating ? "POST" : "PUT", creating ? api::path<api::bulletins::list>() : api::path<api::bulletins::one>(f.id),
               wire::bulletinDraftToJson({f.title, f.body}).dump(), ReplyGuard{{&f.feedback.saving}},
               [&state, creating](const HttpReply& reply) {
                 BulletinBoardState& b = state.content.bulletins;
                 if (reply.status != 200 && reply.status != 201) return applyFormError(reply, b.form.feedback);
                 b.form = BulletinForm{};
                 b.open = {};
                 b.mine = true;  // what was sent is found under 我的投稿, 待审核
                 b.list.request.page = 1;
                 b.message = creating ? "投稿已提交，等待系统管理员审核" : "修改已提交，重新等待审核";
                 perform(state, LoadBulletins{});
               });
}

// ---- 简报审核 --------------------------------------------------------------------------------------

void openBulletinReview(AppState& state) {
  state.content.bulletinReview = BulletinReviewState{};
  state.content.bulletinReview.list.request.sort = "submitted_at";
  state.content.bulletinReview.list.request.descending = true;
  perform(state, LoadBulletinReviews{});
}

void perform(AppState& state, const LoadBulletinReviews&) {
  BulletinReviewState& s = state.content.bulletinReview;
  std::string filter;
  if (s.statusFilter > 0 && s.statusFilter <= static_cast<int>(d::kAllBulletinStatuses.size())) {
    filter = "&status=" + std::string(d::bulletinStatusKey(d::kAllBulletinStatuses[static_cast<size_t>(s.statusFilter - 1)]));
  }
  loadListPage(state, s.list, api::path<api::bulletins::reviewList>(), filter, wire::bulletinFromJson, "简报");
}

void perform(AppState& state, const OpenBulletinReview& intent) {
  BulletinReviewState& s = state.content.bulletinReview;
  s.comment.clear();
  s.feedback = FormFeedback{};
  loadOpenRecord(state, s.open, intent.id, api::path<api::bulletins::one>(intent.id), wire::bulletinFromJson, "简报",
                 [](const nlohmann::json&) {});
  if (intent.id == 0) perform(state, LoadBulletinReviews{});
}

void perform(AppState& state, const ReviewBulletin& intent) {
  BulletinReviewState& s = state.content.bulletinReview;
  if (!s.open.record || s.feedback.saving) return;
  s.feedback.clear();
  s.feedback.saving = true;
  const wire::BulletinReviewRequest request{intent.review, s.comment};
  sendSignedIn(state, "POST", api::path<api::bulletins::review>(s.open.record->id),
               wire::bulletinReviewToJson(request).dump(), ReplyGuard{{&s.feedback.saving}},
               [&state, review = intent.review](const HttpReply& reply) {
                 BulletinReviewState& r = state.content.bulletinReview;
                 if (reply.status != 200) return applyFormError(reply, r.feedback);
                 auto b = wire::bulletinFromJson(parsedReply(reply));
                 r.message = "《" + (b ? b.value().content.title : std::string()) + "》已" +
                             std::string(d::bulletinReviewLabel(review));
                 r.open = {};
                 r.comment.clear();
                 perform(state, LoadBulletinReviews{});
               });
}

void perform(AppState& state, const LoadBulletinUnitCounts&) {
  BulletinReviewState& s = state.content.bulletinReview;
  s.countsLoading = true;
  s.countsError.clear();
  const std::string path = api::path<api::bulletins::unitCounts>() + "?from=" + wire::percentEncode(s.countsFrom) +
                           "&to=" + wire::percentEncode(s.countsTo);
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&s.countsLoading}}, [&s](const HttpReply& reply) {
    if (reply.status != 200) {
      s.countsError = "统计加载失败：" + replyError(reply).message;
      return;
    }
    auto j = parsedReply(reply);
    s.counts.clear();
    if (!j.is_object() || !j.contains("items") || !j["items"].is_array()) return;
    for (const auto& item : j["items"]) {
      auto c = wire::unitBulletinCountFromJson(item);
      if (!c) {
        s.countsError = c.error().message;
        return;
      }
      s.counts.push_back(c.value());
    }
  });
}

}  // namespace qinqing::web
