#include "auth/session_token.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace qinqing::backend::auth {

IssuedToken issueSessionToken() {
  // randombytes_buf needs libsodium initialised; repeated calls are cheap no-ops.
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
  std::array<unsigned char, 32> raw{};
  randombytes_buf(raw.data(), raw.size());
  std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> text{};
  sodium_bin2base64(text.data(), text.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  sodium_memzero(raw.data(), raw.size());
  IssuedToken issued;
  issued.token = text.data();
  issued.hash = hashSessionToken(issued.token);
  return issued;
}

std::string hashSessionToken(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

std::string sessionPublicId(std::string_view tokenHash) {
  return std::string(tokenHash.substr(0, kSessionPublicIdLength));
}

bool isSessionPublicId(std::string_view text) {
  if (text.size() != kSessionPublicIdLength) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace qinqing::backend::auth
