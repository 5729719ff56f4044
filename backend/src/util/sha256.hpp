// SHA-256 as lowercase hex (libsodium crypto_hash_sha256), for the audit hash chain and for
// fingerprinting files that are loaded into the database.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::backend {

// 64 lowercase hex digits. Never fails.
std::string sha256Hex(std::string_view data);

}  // namespace qinqing::backend
