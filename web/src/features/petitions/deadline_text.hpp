// The petition screens' deadline words ("1个工作日内审核", "15个工作日内提交办理结果") come from the
// shared clock definition (domain::clockWorkingDays), never from literals, so the text and the
// deadlines the server computes cannot disagree.
#pragma once

#include <string>

#include "qinqing/petition/petition_state.hpp"

namespace qinqing::web {

// A step's time limit as the UI text says it: "15个工作日".
inline std::string workingDaysText(domain::ClockKind clock) {
  return std::to_string(domain::clockWorkingDays(clock)) + "个工作日";
}

}  // namespace qinqing::web
