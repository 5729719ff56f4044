#include "qinqing/ops/jobs.hpp"

#include <array>

namespace qinqing::domain {
namespace {

struct OutcomeName {
  JobOutcome outcome;
  std::string_view key;
  std::string_view label;
};
constexpr std::array<OutcomeName, 3> kJobOutcomes = {{
    {JobOutcome::Running, "running", "运行中"},
    {JobOutcome::Ok, "ok", "成功"},
    {JobOutcome::Failed, "failed", "失败"},
}};

struct TriggerName {
  JobTrigger trigger;
  std::string_view key;
  std::string_view label;
};
constexpr std::array<TriggerName, 2> kTriggers = {{
    {JobTrigger::Schedule, "schedule", "定时"},
    {JobTrigger::Manual, "manual", "手动"},
}};

}  // namespace

std::string_view jobOutcomeKey(JobOutcome outcome) {
  for (const auto& o : kJobOutcomes) {
    if (o.outcome == outcome) return o.key;
  }
  return "failed";
}

std::optional<JobOutcome> jobOutcomeFromKey(std::string_view key) {
  for (const auto& o : kJobOutcomes) {
    if (o.key == key) return o.outcome;
  }
  return std::nullopt;
}

std::string_view jobTriggerKey(JobTrigger trigger) {
  for (const auto& t : kTriggers) {
    if (t.trigger == trigger) return t.key;
  }
  return "schedule";
}

std::optional<JobTrigger> jobTriggerFromKey(std::string_view key) {
  for (const auto& t : kTriggers) {
    if (t.key == key) return t.trigger;
  }
  return std::nullopt;
}

std::string_view jobOutcomeLabel(JobOutcome outcome) {
  for (const auto& o : kJobOutcomes) {
    if (o.outcome == outcome) return o.label;
  }
  return "";
}

std::string_view jobTriggerLabel(JobTrigger trigger) {
  for (const auto& t : kTriggers) {
    if (t.trigger == trigger) return t.label;
  }
  return "";
}

}  // namespace qinqing::domain
