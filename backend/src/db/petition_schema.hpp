// Migration 9: the petition lifecycle (issue 5). Kept apart from migrations.cpp because it is
// the largest schema of the platform; migrations.cpp lists it in order with the others.
#pragma once

#include <string_view>

namespace qinqing::backend::db {

extern const std::string_view kPetitionSchema;
// Migration 16: petitions.client_request_digest, SHA-256 of the first body sent with the
// petition's client_request_id (NULL for petitions created before it).
extern const std::string_view kClientRequestDigest;

}  // namespace qinqing::backend::db
