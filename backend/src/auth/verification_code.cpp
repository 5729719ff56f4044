#include "auth/verification_code.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "qinqing/identity/account_security.hpp"

namespace qinqing::backend::auth {
namespace {

using Salt = std::array<unsigned char, crypto_generichash_KEYBYTES>;
using Digest = std::array<unsigned char, crypto_generichash_BYTES>;

void initSodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
}

Digest digestOf(const Salt& salt, std::string_view code, long long accountId, CodePurpose purpose,
                std::string_view mobile) {
  // Fields joined with a separator no field contains, so ("1","23") and ("12","3") differ.
  const std::string message = std::to_string(accountId) + '\x1f' + std::string(codePurposeKey(purpose)) + '\x1f' +
                              std::string(mobile) + '\x1f' + std::string(code);
  Digest digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(message.data()),
                     message.size(), salt.data(), salt.size());
  return digest;
}

template <std::size_t N>
std::string hexOf(const std::array<unsigned char, N>& bytes) {
  std::array<char, N * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return hex.data();
}

template <std::size_t N>
bool fromHex(std::string_view hex, std::array<unsigned char, N>& out) {
  std::size_t written = 0;
  const char* end = nullptr;
  if (hex.size() != N * 2) return false;
  return sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &written, &end) == 0 &&
         written == N && end == hex.data() + hex.size();
}

}  // namespace

std::string_view codePurposeKey(CodePurpose purpose) {
  switch (purpose) {
    case CodePurpose::BindMobile: return "bind_mobile";
    case CodePurpose::Unlock: return "unlock";
    case CodePurpose::Activate: return "activate";
    case CodePurpose::ResetPassword: return "reset_password";
  }
  return "unlock";
}

std::string generateVerificationCode() {
  initSodium();
  std::uint32_t bound = 1;
  for (int i = 0; i < domain::kVerificationCodeDigits; ++i) bound *= 10;
  std::string code = std::to_string(randombytes_uniform(bound));
  return std::string(domain::kVerificationCodeDigits - code.size(), '0') + code;
}

std::string hashVerificationCode(std::string_view code, long long accountId, CodePurpose purpose,
                                 std::string_view mobile) {
  initSodium();
  Salt salt{};
  randombytes_buf(salt.data(), salt.size());
  return hexOf(salt) + ":" + hexOf(digestOf(salt, code, accountId, purpose, mobile));
}

bool verificationCodeMatches(const std::string& stored, std::string_view code, long long accountId,
                             CodePurpose purpose, std::string_view mobile) {
  initSodium();
  const auto colon = stored.find(':');
  if (colon == std::string::npos) return false;
  Salt salt{};
  Digest expected{};
  if (!fromHex(std::string_view(stored).substr(0, colon), salt) ||
      !fromHex(std::string_view(stored).substr(colon + 1), expected)) {
    return false;
  }
  const Digest actual = digestOf(salt, code, accountId, purpose, mobile);
  return sodium_memcmp(actual.data(), expected.data(), actual.size()) == 0;
}

}  // namespace qinqing::backend::auth
