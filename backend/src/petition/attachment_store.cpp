#include "petition/attachment_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

#include "util/sha256.hpp"

namespace qinqing::backend::petition {
namespace {

bool isSha256Hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
  throw std::runtime_error("attachment store: " + what + " " + path.string() + ": " + std::strerror(errno));
}

// Closes the descriptor however the write ends.
class Fd {
public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd() {
    if (m_fd >= 0) ::close(m_fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return m_fd; }
  int release() {
    int fd = m_fd;
    m_fd = -1;
    return fd;
  }

private:
  int m_fd;
};

void writeAll(int fd, std::string_view data, const std::filesystem::path& path) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write", path);
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

// The rename itself becomes durable only when the directory holding it is flushed.
void syncDirectory(const std::filesystem::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0 || ::fsync(fd.get()) != 0) fail("cannot flush directory", dir);
}

}  // namespace

std::filesystem::path AttachmentStore::pathOf(std::string_view sha256) const {
  if (!isSha256Hex(sha256)) return {};
  return m_root / std::string(sha256.substr(0, 2)) / std::string(sha256);
}

std::string AttachmentStore::put(std::string_view content) const {
  const std::string hash = sha256Hex(content);
  const auto target = pathOf(hash);
  std::error_code ec;
  if (std::filesystem::file_size(target, ec) == content.size() && !ec) return hash;  // already stored

  const auto dir = target.parent_path();
  const bool newRoot = !std::filesystem::exists(m_root, ec);
  const bool newDirectory = !std::filesystem::exists(dir, ec);
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("attachment store: cannot create " + dir.string() + ": " + ec.message());

  std::string temp = (dir / ("." + hash + ".XXXXXX")).string();
  Fd fd(::mkostemp(temp.data(), O_CLOEXEC));
  if (fd.get() < 0) fail("cannot create", temp);
  try {
    writeAll(fd.get(), content, temp);
    if (::fsync(fd.get()) != 0) fail("cannot flush", temp);
    if (::close(fd.release()) != 0) fail("cannot close", temp);
    if (::rename(temp.c_str(), target.c_str()) != 0) fail("cannot rename to", target);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  syncDirectory(dir);
  if (newDirectory) syncDirectory(m_root);
  if (newRoot) syncDirectory(m_root.has_parent_path() ? m_root.parent_path() : std::filesystem::path("."));
  return hash;
}

std::optional<std::string> AttachmentStore::get(std::string_view sha256) const {
  const auto path = pathOf(sha256);
  if (path.empty()) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw std::runtime_error("attachment store: cannot read " + path.string());
  return bytes;
}

}  // namespace qinqing::backend::petition
