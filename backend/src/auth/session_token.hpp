// Session tokens: 32 random bytes from the OS CSPRNG (libsodium randombytes_buf), sent to the
// client once as URL-safe base64 (43 characters). The database stores only a BLAKE2b-256 hash, so
// reading the database (a backup, a leaked copy) does not yield usable sessions; a fast hash is
// enough because the token has 256 bits of entropy (no guessing to slow down).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qinqing::backend::auth {

struct IssuedToken {
  std::string token;  // give to the client, never store or log
  std::string hash;   // store this
};

IssuedToken issueSessionToken();

// Lower-case hex BLAKE2b-256 of the token text. Any string is accepted (garbage hashes to a key
// that matches no session).
std::string hashSessionToken(std::string_view token);

// 安全管理员 names a session by the first kSessionPublicIdLength hex characters of its stored hash:
// short, stable, and useless for signing in (it is neither the token nor the whole hash, and the
// hash cannot be turned back into the token).
inline constexpr std::size_t kSessionPublicIdLength = 16;
std::string sessionPublicId(std::string_view tokenHash);
// True for exactly kSessionPublicIdLength lower-case hex characters.
bool isSessionPublicId(std::string_view text);

}  // namespace qinqing::backend::auth
