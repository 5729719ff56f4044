#include "auth/one_time_password.hpp"

#include <sodium.h>

#include <array>

#include "qinqing/validation/password_policy.hpp"

namespace qinqing::backend::auth {
namespace {

constexpr std::string_view kUpper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr std::string_view kLower = "abcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kDigits = "23456789";
constexpr std::string_view kSymbols = "@#%+=?!";
constexpr std::size_t kLength = 12;

char pick(std::string_view alphabet) {
  return alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
}

}  // namespace

std::string generateOneTimePassword(std::string_view loginName) {
  if (sodium_init() < 0) return {};  // cannot happen after the hasher's init; an empty password is refused anyway
  const std::array<std::string_view, 4> classes = {kUpper, kLower, kDigits, kSymbols};
  for (;;) {
    std::string password;
    // One of each class first, the rest from all, then shuffled (Fisher–Yates), so no class is missing.
    for (auto alphabet : classes) password += pick(alphabet);
    const std::string all = std::string(kUpper) + std::string(kLower) + std::string(kDigits) + std::string(kSymbols);
    while (password.size() < kLength) password += pick(all);
    for (std::size_t i = password.size() - 1; i > 0; --i) {
      std::swap(password[i], password[randombytes_uniform(static_cast<std::uint32_t>(i + 1))]);
    }
    if (domain::passwordProblems(password, loginName).empty()) return password;
  }
}

}  // namespace qinqing::backend::auth
