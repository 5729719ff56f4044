#include "auth/password_hasher.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>
#include <thread>

#include "util/bounded_gate.hpp"

namespace qinqing::backend::auth {

// Limits how many 64 MiB hash computations run at once, and how long a caller waits for one.
struct PasswordHasher::Gate {
  Gate(int n, std::chrono::milliseconds wait) : gate(n, wait) {}
  BoundedGate gate;
};

PasswordHasher::Cost PasswordHasher::interactiveCost() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimumCost() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

PasswordHasher::PasswordHasher(Cost cost, int maxConcurrent, std::chrono::milliseconds maxWait) : m_cost(cost) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  m_gate = std::make_unique<Gate>(std::clamp(maxConcurrent > 0 ? maxConcurrent : cores, 1, 1024), maxWait);
  m_dummyHash = hash("qinqing-timing-equaliser");
}

PasswordHasher::~PasswordHasher() = default;

std::string PasswordHasher::hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  BoundedGate::Pass pass(m_gate->gate);
  if (crypto_pwhash_str(out, password.data(), password.size(), m_cost.opsLimit, m_cost.memLimit) != 0) {
    throw std::runtime_error("argon2id hashing ran out of memory");
  }
  return out;
}

bool PasswordHasher::verify(const std::string& hash, std::string_view password) const {
  BoundedGate::Pass pass(m_gate->gate);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::spendVerifyTime(std::string_view password) const { (void)verify(m_dummyHash, password); }

}  // namespace qinqing::backend::auth
