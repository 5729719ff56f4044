// AttemptThrottle: failed guesses at a secret (a password, an SMS code) counted per client address
// and per account name, in memory (http::RateLimiter). Past either limit the form answers 429 with
// Retry-After before anything is verified or stored, so a script spraying names from one address,
// or many addresses at one name, costs neither a hash nor an audit row per try. Only failures
// count: a clerk who logs in right is never slowed, and the per-account lock (security_policy.hpp)
// still applies on top. The SMS unlock has its own throttle, so a locked-out user can still
// unlock by code while the login throttle holds.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

#include "http/rate_limiter.hpp"

namespace qinqing::backend::auth {

class AttemptThrottle {
public:
  struct Limits {
    int failuresPerAddress = 30;
    int failuresPerName = 10;
    long long windowSeconds = 600;
  };
  explicit AttemptThrottle(Limits limits);

  // Seconds to wait before another attempt from `address` at `name` (0: go ahead).
  long long waitBefore(const std::string& address, const std::string& name, long long nowUnix);
  void recordFailure(const std::string& address, const std::string& name, long long nowUnix);

  // True for the first refusal of an address in a window: the one refusal that is audited, the
  // rest are summed into it (a flood must not cost an fsynced row per request).
  bool firstRefusal(const std::string& address, long long nowUnix);

private:
  Limits m_limits;
  http::RateLimiter m_byAddress;
  http::RateLimiter m_byName;
  std::mutex m_mutex;
  std::unordered_map<std::string, long long> m_reportedUntil;
};

// One throttle per secret a form checks; the server holds them for every route.
struct Throttles {
  AttemptThrottle login{{.failuresPerAddress = 30, .failuresPerName = 10, .windowSeconds = 600}};
  AttemptThrottle unlock{{.failuresPerAddress = 30, .failuresPerName = 10, .windowSeconds = 600}};
  AttemptThrottle passwordChange{{.failuresPerAddress = 30, .failuresPerName = 10, .windowSeconds = 600}};
};

}  // namespace qinqing::backend::auth
