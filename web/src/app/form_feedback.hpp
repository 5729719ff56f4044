// A form's answer from the server or the shared validators: errors beside their fields, anything
// else above the button, the last success in green, and whether a save is under way. Every inline
// form of every feature keeps one of these (app/reply.hpp fills it from a failed reply).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"

namespace qinqing::web {

// A form's server round trip: every field error beside its field, anything else above the button.
struct FormFeedback {
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;  // the last success, in green
  bool saving = false;
  const std::string* field(std::string_view name) const {
    for (const auto& e : fieldErrors) {
      if (e.field == name) return &e.message;
    }
    return nullptr;
  }
  // Drops a field's error once its value changes: a corrected field no longer shows the old problem.
  void clearField(std::string_view name) {
    std::erase_if(fieldErrors, [name](const domain::FieldError& e) { return e.field == name; });
  }
  void clear() {
    fieldErrors.clear();
    formError.clear();
    message.clear();
  }
};

}  // namespace qinqing::web
