// What the *_actions.cpp files do with a reply the same way: read its JSON, put a form's errors
// beside its fields, and load one server-paged list page (replies to superseded requests dropped).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

#include "app/form_feedback.hpp"
#include "app/app_state.hpp"
#include "app/list_state.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/request.hpp"

namespace qinqing::web {

inline nlohmann::json parsedReply(const HttpReply& reply) { return nlohmann::json::parse(reply.body, nullptr, false); }

// A failed form reply: field errors beside their fields, anything else above the button.
inline void applyFormError(const HttpReply& reply, FormFeedback& feedback) {
  auto error = replyError(reply);
  feedback.fieldErrors = error.fields;
  if (error.fields.empty()) feedback.formError = error.message;
}

// GET path?<the list's page request><filters> into list; `what` names the list in its error.
template <typename T, typename FromJson>
void loadListPage(AppState& state, ListState<T>& list, const std::string& path, const std::string& filters,
                  FromJson fromJson, const char* what) {
  list.loading = true;
  list.error.clear();
  const int seq = ++list.sequence;
  sendSignedIn(state, "GET", path + "?" + wire::pageRequestToQuery(list.request) + filters, "",
       ReplyGuard{{&list.loading}, [&list, seq] { return seq == list.sequence; }}, [&list, fromJson, what](const HttpReply& reply) {
         if (reply.status != 200) {
           list.error = std::string(what) + "加载失败：" + replyError(reply).message;
           return;
         }
         auto page = wire::pageFromJson<T>(parsedReply(reply), fromJson);
         if (!page) {
           list.error = page.error().message;
           return;
         }
         list.page = std::move(page).value();
       });
}

}  // namespace qinqing::web
