// RateLimiter: at most `limit` requests per `windowSeconds` for one key (e.g. a public endpoint and
// the client's address), counted in fixed windows in memory. For the public forms (激活账号, 企业入驻
// 申请, its status page) that anyone can post to without signing in: it stops a script from sending
// SMS to many numbers or from filling the review queue. The counts live in one server process and
// start afresh on restart, which is enough against floods; the per-account and per-USCC rules that
// must hold always are the services' (in the database).
// Thread-safe; keys of windows that have passed are dropped as new ones come in.
#pragma once

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
  bool allow(const std::string& key, long long nowUnix);

private:
  struct Window {
    long long start = 0;
    int count = 0;
  };
  void dropPassed(long long nowUnix);

  int m_limit;
  long long m_window;
  std::mutex m_mutex;
  std::unordered_map<std::string, Window> m_windows;
};

// The 429 message every limited public form shows.
inline constexpr const char* kTooManyRequestsMessage = "操作过于频繁，请稍后再试";

}  // namespace qinqing::backend::http
