#include "http/rate_limiter.hpp"

#include <algorithm>

#include "http/json_response.hpp"

namespace qinqing::backend::http {

RateLimiter::Window& RateLimiter::current(const std::string& key, long long nowUnix) {
  // Bounded memory under a flood of distinct addresses: sweep once the map grows.
  if (m_windows.size() > 4096) dropPassed(nowUnix);
  Window& w = m_windows[key];
  if (w.count == 0 || nowUnix - w.start >= m_window) w = Window{nowUnix, 0};
  return w;
}

long long RateLimiter::take(const std::string& key, long long nowUnix) {
  std::lock_guard lock(m_mutex);
  Window& w = current(key, nowUnix);
  if (w.count >= m_limit) return std::max(1LL, w.start + m_window - nowUnix);
  ++w.count;
  return 0;
}

long long RateLimiter::waitFor(const std::string& key, long long nowUnix) {
  std::lock_guard lock(m_mutex);
  const auto found = m_windows.find(key);
  if (found == m_windows.end()) return 0;
  const Window& w = found->second;
  if (nowUnix - w.start >= m_window || w.count < m_limit) return 0;
  return std::max(1LL, w.start + m_window - nowUnix);
}

void RateLimiter::add(const std::string& key, long long nowUnix) {
  std::lock_guard lock(m_mutex);
  ++current(key, nowUnix).count;
}

void RateLimiter::dropPassed(long long nowUnix) {
  for (auto it = m_windows.begin(); it != m_windows.end();) {
    it = nowUnix - it->second.start >= m_window ? m_windows.erase(it) : std::next(it);
  }
}

void sendTooManyRequests(httplib::Response& res, long long retryAfterSeconds) {
  const long long wait = std::max(1LL, retryAfterSeconds);
  const long long minutes = (wait + 59) / 60;
  const std::string when = wait < 60 ? std::to_string(wait) + " 秒" : std::to_string(minutes) + " 分钟";
  sendError(res, domain::ErrorCode::TooManyRequests, "操作过于频繁，请 " + when + "后再试");
  res.set_header("Retry-After", std::to_string(wait));
}

}  // namespace qinqing::backend::http
