#include <cstdlib>

#include "platform/session_store.hpp"

extern "C" {
void qq_session_save(const char* token);
void qq_session_clear();
char* qq_session_load();
}

namespace qinqing::web {

void saveSessionToken(const std::string& token) { qq_session_save(token.c_str()); }
void clearSessionToken() { qq_session_clear(); }
std::string loadSessionToken() {
  char* raw = qq_session_load();
  std::string token(raw ? raw : "");
  std::free(raw);
  return token;
}

}  // namespace qinqing::web
