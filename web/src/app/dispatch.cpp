#include "app/dispatch.hpp"

#include <type_traits>

#include "app/screen_registry.hpp"

namespace qinqing::web {

void performAction(AppState& state, const Action& action) {
  std::visit(
      [&state](const auto& intent) {
        // Overload resolution picks the intent's own handler; with none declared this call does not compile.
        perform(state, intent);
      },
      action);
}

void Dispatch::flush() {
  std::vector<Action> queue;
  queue.swap(m_queue);
  for (const auto& action : queue) performAction(m_state, action);
}

// Opening a menu entry: the screen is shown and its registry row starts loading what it shows.
void perform(AppState& state, const OpenMenu& intent) {
  state.activeMenuKey = intent.key;
  if (const ScreenRow* row = screenRegistry().find(intent.key); row && row->onOpen) row->onOpen(state, intent.key);
}

}  // namespace qinqing::web
