#include "auth/password_hasher.hpp"

#include <sodium.h>

#include <algorithm>
#include <semaphore>
#include <stdexcept>
#include <thread>

namespace qinqing::backend::auth {

// Limits how many 64 MiB hash computations run at once.
struct PasswordHasher::Gate {
  explicit Gate(int n) : slots(n) {}
  std::counting_semaphore<1024> slots;
};

namespace {
class GatePass {
public:
  explicit GatePass(std::counting_semaphore<1024>& s) : m_slots(s) { m_slots.acquire(); }
  ~GatePass() { m_slots.release(); }
  GatePass(const GatePass&) = delete;
  GatePass& operator=(const GatePass&) = delete;

private:
  std::counting_semaphore<1024>& m_slots;
};
}  // namespace

PasswordHasher::Cost PasswordHasher::interactiveCost() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimumCost() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

PasswordHasher::PasswordHasher(Cost cost, int maxConcurrent) : m_cost(cost) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  m_gate = std::make_unique<Gate>(std::clamp(maxConcurrent > 0 ? maxConcurrent : cores, 1, 1024));
  m_dummyHash = hash("qinqing-timing-equaliser");
}

PasswordHasher::~PasswordHasher() = default;

std::string PasswordHasher::hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  GatePass pass(m_gate->slots);
  if (crypto_pwhash_str(out, password.data(), password.size(), m_cost.opsLimit, m_cost.memLimit) != 0) {
    throw std::runtime_error("argon2id hashing ran out of memory");
  }
  return out;
}

bool PasswordHasher::verify(const std::string& hash, std::string_view password) const {
  GatePass pass(m_gate->slots);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::spendVerifyTime(std::string_view password) const { (void)verify(m_dummyHash, password); }

}  // namespace qinqing::backend::auth
