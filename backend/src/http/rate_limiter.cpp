#include "http/rate_limiter.hpp"

namespace qinqing::backend::http {

bool RateLimiter::allow(const std::string& key, long long nowUnix) {
  std::lock_guard lock(m_mutex);
  // Bounded memory under a flood of distinct addresses: sweep once the map grows.
  if (m_windows.size() > 4096) dropPassed(nowUnix);
  Window& w = m_windows[key];
  if (w.count == 0 || nowUnix - w.start >= m_window) w = Window{nowUnix, 0};
  if (w.count >= m_limit) return false;
  ++w.count;
  return true;
}

void RateLimiter::dropPassed(long long nowUnix) {
  for (auto it = m_windows.begin(); it != m_windows.end();) {
    it = nowUnix - it->second.start >= m_window ? m_windows.erase(it) : std::next(it);
  }
}

}  // namespace qinqing::backend::http
