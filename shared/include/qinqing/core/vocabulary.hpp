// A small closed vocabulary: one row per enum value with its stored/wire key and the label people
// read. Every domain enum with a spelling keeps exactly one such table (in its .cpp), so a key
// and its label cannot drift apart and a new value is one new row. Lookups are linear: the
// tables have a handful of rows. Header-only and constexpr; no allocation, no exceptions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace qinqing::domain {

template <typename Enum>
struct VocabularyRow {
  Enum value;
  std::string_view key;    // stored and wire spelling, e.g. "pending_review"
  std::string_view label;  // what people read, e.g. 待审核 (may be empty)
};

template <typename Enum, std::size_t N>
using Vocabulary = std::array<VocabularyRow<Enum>, N>;

// The key of `value`; empty when the table lacks it (a programming error the tests catch).
template <typename Enum, std::size_t N>
constexpr std::string_view vocabularyKey(const Vocabulary<Enum, N>& table, Enum value) {
  for (const auto& row : table)
    if (row.value == value) return row.key;
  return {};
}

template <typename Enum, std::size_t N>
constexpr std::string_view vocabularyLabel(const Vocabulary<Enum, N>& table, Enum value) {
  for (const auto& row : table)
    if (row.value == value) return row.label;
  return {};
}

// The value spelled `key`; none for an unknown key (callers decide: 400, a default, skip).
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> vocabularyFromKey(const Vocabulary<Enum, N>& table, std::string_view key) {
  for (const auto& row : table)
    if (row.key == key) return row.value;
  return std::nullopt;
}

}  // namespace qinqing::domain
