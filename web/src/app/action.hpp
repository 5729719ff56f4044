// The Action variant: the shell's intents and every feature's, joined from the feature list
// (features/feature_list.hpp). Screens dispatch an Action; app/dispatch.cpp visits it with std::visit
// and calls the one perform(AppState&, const Intent&) overload its feature declares next to the
// intent, so an intent without a handler does not compile.
#pragma once

#include "app/shell_intents.hpp"
#include "app/type_list.hpp"
#include "features/feature_list.hpp"

namespace qinqing::web {

template <typename List>
struct IntentsOfFeatures;
template <typename... Feature>
struct IntentsOfFeatures<TypeList<Feature...>> {
  using type = typename ConcatTypeLists<typename Feature::Intents...>::type;
};

using AllIntents = ConcatTypeLists<ShellIntents, IntentsOfFeatures<Features>::type>::type;
using Action = VariantOf<AllIntents>::type;

}  // namespace qinqing::web
