#include "app_state.hpp"

namespace qinqing::web {

const std::string* AppState::loginFieldError(std::string_view field) const {
  for (const auto& e : login.fieldErrors) {
    if (e.field == field) return &e.message;
  }
  return nullptr;
}

const std::string* AppState::enterpriseFieldError(std::string_view field) const {
  for (const auto& e : baseData.enterprise.fieldErrors) {
    if (e.field == field) return &e.message;
  }
  return nullptr;
}

}  // namespace qinqing::web
