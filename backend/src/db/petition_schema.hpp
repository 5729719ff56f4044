// Migration 9: the petition lifecycle (issue 5). Kept apart from migrations.cpp because it is
// the largest schema of the platform; migrations.cpp lists it in order with the others.
#pragma once

#include <string_view>

namespace qinqing::backend::db {

extern const std::string_view kPetitionSchema;

}  // namespace qinqing::backend::db
