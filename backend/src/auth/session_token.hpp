// Session tokens: 32 random bytes from the OS CSPRNG (libsodium randombytes_buf), sent to the
// client once as URL-safe base64 (43 characters). The database stores only a BLAKE2b-256 hash, so
// reading the database (a backup, a leaked copy) does not yield usable sessions; a fast hash is
// enough because the token has 256 bits of entropy (no guessing to slow down).
#pragma once

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

}  // namespace qinqing::backend::auth
