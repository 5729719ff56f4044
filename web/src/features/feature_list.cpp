// The registry's contents: every feature of the list, in its order.
#include "features/feature_list.hpp"

#include "app/screen_registry.hpp"

namespace qinqing::web {
namespace {

template <typename... Feature>
void registerAll(ScreenRegistry& registry, TypeList<Feature...>) {
  (Feature::registerScreens(registry), ...);
}

}  // namespace

ScreenRegistry featureRegistry() {
  ScreenRegistry registry;
  registerAll(registry, Features{});
  return registry;
}

}  // namespace qinqing::web
