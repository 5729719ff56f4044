// RateLimiter: at most `limit` counts per `windowSeconds` for one key (e.g. a public endpoint and
// the client's address), counted in fixed windows in memory. For the public forms (激活账号, 企业入驻
// 申请, its status page) that anyone can post to without signing in: it stops a script from sending
// SMS to many numbers or from filling the review queue; for login, unlock and password change it
// counts failures only (auth/attempt_throttle.hpp). The counts live in one server process and
// start afresh on restart, which is enough against floods; the per-account and per-USCC rules that
// must hold always are the services' (in the database).
// Thread-safe; keys of windows that have passed are dropped as new ones come in.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace qinqing::backend::http {

class RateLimiter {
public:
  RateLimiter(int limit, long long windowSeconds) : m_limit(limit), m_window(windowSeconds) {}

  // Counts one request for `key` at `nowUnix`; false (not counted) when the key has used up its
  // window already.
  bool allow(const std::string& key, long long nowUnix) { return take(key, nowUnix) == 0; }

  // As allow, but says how long to wait: 0 when counted, else the seconds until the window ends.
  long long take(const std::string& key, long long nowUnix);

  // Seconds until `key` may be counted again (0: now), without counting.
  long long waitFor(const std::string& key, long long nowUnix);

  // Counts one for `key` even when its window is used up (a failure seen after the fact).
  void add(const std::string& key, long long nowUnix);

private:
  struct Window {
    long long start = 0;
    int count = 0;
  };
  Window& current(const std::string& key, long long nowUnix);  // m_mutex held
  void dropPassed(long long nowUnix);

  int m_limit;
  long long m_window;
  std::mutex m_mutex;
  std::unordered_map<std::string, Window> m_windows;
};

// The 429 message every limited form shows.
inline constexpr const char* kTooManyRequestsMessage = "操作过于频繁，请稍后再试";

// 429 too_many_requests with Retry-After (seconds, at least 1) and the wait in the message.
void sendTooManyRequests(httplib::Response& res, long long retryAfterSeconds);

}  // namespace qinqing::backend::http
