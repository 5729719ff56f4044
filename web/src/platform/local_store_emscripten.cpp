#include <cstdlib>

#include "platform/local_store.hpp"

extern "C" {
void qq_local_save(const char* key, const char* value);
char* qq_local_load(const char* key);
void qq_local_remove(const char* key);
}

namespace qinqing::web {

void saveLocal(const std::string& key, const std::string& value) { qq_local_save(key.c_str(), value.c_str()); }

std::string loadLocal(const std::string& key) {
  char* raw = qq_local_load(key.c_str());
  std::string value(raw ? raw : "");
  std::free(raw);
  return value;
}

void removeLocal(const std::string& key) { qq_local_remove(key.c_str()); }

}  // namespace qinqing::web
