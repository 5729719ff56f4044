// Lists of types put together at compile time: each feature names its intents in one TypeList, and
// app/action.hpp joins them into the Action variant (so a feature's intents are declared once, in
// its own folder).
#pragma once

#include <variant>

namespace qinqing::web {

template <typename... Ts>
struct TypeList {};

template <typename... Lists>
struct ConcatTypeLists;
template <>
struct ConcatTypeLists<> {
  using type = TypeList<>;
};
template <typename... As>
struct ConcatTypeLists<TypeList<As...>> {
  using type = TypeList<As...>;
};
template <typename... As, typename... Bs, typename... Rest>
struct ConcatTypeLists<TypeList<As...>, TypeList<Bs...>, Rest...> {
  using type = typename ConcatTypeLists<TypeList<As..., Bs...>, Rest...>::type;
};

template <typename List>
struct VariantOf;
template <typename... Ts>
struct VariantOf<TypeList<Ts...>> {
  using type = std::variant<Ts...>;
};

}  // namespace qinqing::web
