// Everything the client shows lives in one AppState, passed by reference to every screen: the
// session and the shell's own fields here, and each feature's members from its
// features/<feature>/<feature>_feature.hpp (State), joined through the feature list. This header
// names no feature.
//
// Who writes what:
// - Screens write only what their widgets edit: form inputs, filters, search text, the page and
//   sort of a table's request, which panel or dialog is open, a selection, a confirmation flag,
//   "copied"; and they drop a field's error as that field is edited (FormFeedback::clearField).
//   They never set loading/saving flags, lists, records or the session, and never send requests.
// - Everything that comes from the server (lists, records, errors, the session, loading flags) is
//   written by the perform() handlers of features/*/…_actions.cpp and their reply callbacks (run
//   through app/reply.hpp), between frames, never while a frame is drawn.
// - app/ writes the shell fields: screen, activeMenuKey, notice, requestsInFlight; main.cpp writes
//   dpr and now at the start of a frame.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/file_list_state.hpp"
#include "app/type_list.hpp"
#include "features/feature_list.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {

enum class Screen { Login, Home };

struct Session {
  std::string token;
  domain::AccountProfile profile;
};

// Every feature's State as one base of AppState, so a feature's members read state.petitions, state.admin.
template <typename List>
struct FeatureStates;
template <typename... Feature>
struct FeatureStates<TypeList<Feature...>> : Feature::State... {};

struct AppState : FeatureStates<Features> {
  Screen screen = Screen::Login;
  std::optional<Session> session;
  FileListsState files;  // the file lists on screen (petitions, announcements, policy guides)
  std::string activeMenuKey = "profile.info";
  std::string notice;            // a short confirmation shown in the top bar (已退出登录)
  int requestsInFlight = 0;      // drives the progress indicator and keeps frames coming
  float dpr = 1.0f;              // device pixel ratio: ImGui works in backing pixels
  domain::Instant now;           // the browser's clock at the start of the frame (UTC)

  // Returns the message of the field's error, or nullptr.
  const std::string* loginFieldError(std::string_view field) const;
  // The message of an enterprise edit form's field error, or nullptr.
  const std::string* enterpriseFieldError(std::string_view field) const;
  static const std::string* fieldError(const std::vector<domain::FieldError>& errors, std::string_view field);
};

}  // namespace qinqing::web
