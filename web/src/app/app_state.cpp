#include "app/app_state.hpp"

namespace qinqing::web {

const std::string* AppState::loginFieldError(std::string_view field) const {
  return fieldError(login.fieldErrors, field);
}

const std::string* AppState::enterpriseFieldError(std::string_view field) const {
  return fieldError(baseData.enterprise.fieldErrors, field);
}

const std::string* AppState::fieldError(const std::vector<domain::FieldError>& errors, std::string_view field) {
  for (const auto& e : errors) {
    if (e.field == field) return &e.message;
  }
  return nullptr;
}

}  // namespace qinqing::web
