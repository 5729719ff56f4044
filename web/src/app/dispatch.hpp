// How screens change anything: they dispatch typed Actions while drawing; the actions run in
// flush(), before the next frame, so a frame never sees state change under it (a logout cannot
// pull the profile from a drawing shell). Replies are applied to AppState between frames too.
#pragma once

#include <vector>

#include "app/action.hpp"
#include "app/app_state.hpp"

namespace qinqing::web {

class Dispatch {
public:
  explicit Dispatch(AppState& state) : m_state(state) {}
  void operator()(Action action) { m_queue.push_back(std::move(action)); }
  bool pending() const { return !m_queue.empty(); }
  // Performs the queued actions in order (those they queue wait for the next flush).
  void flush();

private:
  AppState& m_state;
  std::vector<Action> m_queue;
};

// Performs one action now: std::visit over the variant reaches the intent's perform() overload.
// For handlers that start another feature's work in the same step (the home screen's loads).
void performAction(AppState& state, const Action& action);

}  // namespace qinqing::web
