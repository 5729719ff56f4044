// Typed user intents. Screens dispatch them; actions.cpp performs the requests and applies the
// replies to AppState at the start of a later frame (never in the middle of drawing).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "app_state.hpp"

namespace qinqing::web {

struct LoadLoginOptions {};
struct SubmitLogin {};
struct Logout {};
struct LoadProfile {};
struct OpenMenu {
  std::string key;
};

using Action = std::variant<LoadLoginOptions, SubmitLogin, Logout, LoadProfile, OpenMenu>;

// Screens call dispatch(action) while drawing; the actions run in flush(), before the next frame,
// so a frame never sees state change under it (a logout cannot pull the profile from a drawing shell).
class Dispatch {
public:
  explicit Dispatch(AppState& state) : m_state(state) {}
  void operator()(Action action) { m_queue.push_back(std::move(action)); }
  bool pending() const { return !m_queue.empty(); }
  void flush();

private:
  void run(Action action);
  AppState& m_state;
  std::vector<Action> m_queue;
};

}  // namespace qinqing::web
