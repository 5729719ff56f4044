#include "util/paths.hpp"

namespace qinqing::backend {

std::filesystem::path executableDirectory() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return ".";
  return exe.parent_path();
}

}  // namespace qinqing::backend
