// 包联方案导入 (nothing loads on opening: the screen waits for a chosen file).
#include "app/screen_registry.hpp"
#include "features/import/import_screens.hpp"

namespace qinqing::web {

void registerImport(ScreenRegistry& registry) { registry.add({"admin.import", nullptr, drawImportScreen}); }

}  // namespace qinqing::web
