// PasswordHasher: argon2id password hashes (libsodium crypto_pwhash_str), the only place passwords
// are handled. Hash strings carry their own salt and parameters, so the cost can rise later
// without invalidating stored hashes.
//
// Cost: libsodium's "interactive" limits — 2 passes over 64 MiB. Measured on the project's 2-core
// machine: ~60 ms per hash or verify, which keeps a login well under 100 ms while making each
// offline guess as expensive. Because each verification holds 64 MiB, at most `maxConcurrent`
// run at once (default: one per core); further logins wait their turn instead of exhausting memory
// when a burst of logins arrives, for at most `maxWait`: past it hash and verify throw GateBusy
// (util/bounded_gate.hpp), answered 503 service_busy, rather than pile up server threads.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace qinqing::backend::auth {

class PasswordHasher {
public:
  struct Cost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
  };
  static Cost interactiveCost();  // argon2id t=2, m=64 MiB (production)
  static Cost minimumCost();      // libsodium's minimum: for unit tests only

  static constexpr std::chrono::milliseconds kDefaultMaxWait{2000};
  explicit PasswordHasher(Cost cost = interactiveCost(), int maxConcurrent = 0,  // 0: one per core
                          std::chrono::milliseconds maxWait = kDefaultMaxWait);
  ~PasswordHasher();
  PasswordHasher(const PasswordHasher&) = delete;
  PasswordHasher& operator=(const PasswordHasher&) = delete;

  // A new "$argon2id$..." string. Throws std::runtime_error if libsodium cannot get the memory.
  std::string hash(std::string_view password) const;

  // True if password matches hash. A malformed hash is simply "no match".
  bool verify(const std::string& hash, std::string_view password) const;

  // Spends the time of one verify against a hash of the same cost: login answers an unknown name
  // as slowly as a wrong password, so response times do not reveal which names exist.
  void spendVerifyTime(std::string_view password) const;

private:
  struct Gate;
  Cost m_cost;
  std::unique_ptr<Gate> m_gate;
  std::string m_dummyHash;
};

}  // namespace qinqing::backend::auth
