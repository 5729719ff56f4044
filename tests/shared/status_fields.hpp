// The field names a refusal points at, in order: what the domain tests compare.
#pragma once

#include <string>
#include <vector>

#include "qinqing/core/result.hpp"

inline std::vector<std::string> fieldsOf(const qinqing::domain::Status& status) {
  std::vector<std::string> out;
  if (!status.ok()) {
    for (const auto& f : status.error().fields) out.push_back(f.field);
  }
  return out;
}
