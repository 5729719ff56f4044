#include "app/screen_registry.hpp"

#include <cassert>

namespace qinqing::web {
namespace {

const ScreenRegistry kEmpty;
const ScreenRegistry* g_installed = &kEmpty;

}  // namespace

void useScreenRegistry(const ScreenRegistry& registry) { g_installed = &registry; }

const ScreenRegistry& screenRegistry() { return *g_installed; }

void ScreenRegistry::add(ScreenRow row) {
  assert(row.draw != nullptr);
  assert(find(row.menuKey) == nullptr && "menu key registered twice");
  m_rows.push_back(std::move(row));
}

const ScreenRow* ScreenRegistry::find(std::string_view menuKey) const {
  for (const auto& row : m_rows) {
    if (row.menuKey == menuKey) return &row;
  }
  return nullptr;
}

}  // namespace qinqing::web
