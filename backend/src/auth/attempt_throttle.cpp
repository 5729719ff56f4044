#include "auth/attempt_throttle.hpp"

#include <algorithm>

namespace qinqing::backend::auth {

AttemptThrottle::AttemptThrottle(Limits limits)
    : m_limits(limits),
      m_byAddress(limits.failuresPerAddress, limits.windowSeconds),
      m_byName(limits.failuresPerName, limits.windowSeconds) {}

long long AttemptThrottle::waitBefore(const std::string& address, const std::string& name, long long nowUnix) {
  return std::max(m_byAddress.waitFor(address, nowUnix), m_byName.waitFor(name, nowUnix));
}

void AttemptThrottle::recordFailure(const std::string& address, const std::string& name, long long nowUnix) {
  m_byAddress.add(address, nowUnix);
  m_byName.add(name, nowUnix);
}

bool AttemptThrottle::firstRefusal(const std::string& address, long long nowUnix) {
  std::lock_guard lock(m_mutex);
  if (m_reportedUntil.size() > 4096) std::erase_if(m_reportedUntil, [&](const auto& e) { return e.second <= nowUnix; });
  long long& until = m_reportedUntil[address];
  if (until > nowUnix) return false;
  until = nowUnix + m_limits.windowSeconds;
  return true;
}

}  // namespace qinqing::backend::auth
