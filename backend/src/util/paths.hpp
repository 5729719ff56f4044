// Where this executable lives, for files found next to it (the web client, the shipped calendar).
#pragma once

#include <filesystem>

namespace qinqing::backend {

// The directory of the running executable (/proc/self/exe); the current directory if unknown.
std::filesystem::path executableDirectory();

}  // namespace qinqing::backend
