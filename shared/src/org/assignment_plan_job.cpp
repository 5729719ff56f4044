#include "qinqing/org/assignment_plan_job.hpp"

#include <algorithm>
#include <vector>

namespace qinqing::domain {
namespace {

struct PhaseText {
  ImportPhase phase;
  std::string_view key;
};
constexpr PhaseText kPhases[] = {
    {ImportPhase::Queued, "queued"},   {ImportPhase::Reading, "reading"}, {ImportPhase::Checking, "checking"},
    {ImportPhase::Writing, "writing"}, {ImportPhase::Done, "done"},       {ImportPhase::Failed, "failed"},
};

// Reading is quick next to checking and writing: it gets the first tenth of the bar.
constexpr float kReadingShare = 0.1f;
constexpr float kApplyCheckingShare = 0.3f;

float rowsFraction(const ImportJobStatus& job) {
  if (job.rowsTotal <= 0) return 0.0f;
  return std::clamp(static_cast<float>(job.rowsDone) / static_cast<float>(job.rowsTotal), 0.0f, 1.0f);
}

std::string rowsText(const ImportJobStatus& job) {
  return std::to_string(job.rowsDone) + " / " + std::to_string(job.rowsTotal) + " 行";
}

}  // namespace

std::string_view importModeKey(ImportMode mode) { return mode == ImportMode::Check ? "check" : "apply"; }

std::optional<ImportMode> importModeFromKey(std::string_view key) {
  if (key == "check") return ImportMode::Check;
  if (key == "apply") return ImportMode::Apply;
  return std::nullopt;
}

std::string_view importPhaseKey(ImportPhase phase) {
  for (const auto& p : kPhases) {
    if (p.phase == phase) return p.key;
  }
  return "failed";
}

std::optional<ImportPhase> importPhaseFromKey(std::string_view key) {
  for (const auto& p : kPhases) {
    if (p.key == key) return p.phase;
  }
  return std::nullopt;
}

bool importFinished(const ImportJobStatus& job) {
  return job.phase == ImportPhase::Done || job.phase == ImportPhase::Failed;
}

bool importCheckIsClean(const ImportJobStatus& job) {
  return job.mode == ImportMode::Check && job.phase == ImportPhase::Done && job.summary.problems == 0;
}

float importProgressFraction(const ImportJobStatus& job) {
  switch (job.phase) {
    case ImportPhase::Queued: return 0.0f;
    case ImportPhase::Reading: return 0.0f;
    case ImportPhase::Checking: {
      const float share = job.mode == ImportMode::Check ? 1.0f - kReadingShare : kApplyCheckingShare;
      return kReadingShare + share * rowsFraction(job);
    }
    case ImportPhase::Writing:
      return kReadingShare + kApplyCheckingShare + (1.0f - kReadingShare - kApplyCheckingShare) * rowsFraction(job);
    case ImportPhase::Done:
    case ImportPhase::Failed: return 1.0f;
  }
  return 0.0f;
}

std::string importProgressText(const ImportJobStatus& job) {
  switch (job.phase) {
    case ImportPhase::Queued: return "排队中，等待前一个导入完成…";
    case ImportPhase::Reading: return "正在读取文件…";
    case ImportPhase::Checking: return "正在检查 " + rowsText(job);
    case ImportPhase::Writing: return "正在写入 " + rowsText(job);
    case ImportPhase::Done:
      if (job.mode == ImportMode::Apply) return job.applied ? "导入完成" : "未导入：文件有问题";
      return job.summary.problems == 0 ? "检查完成，没有发现问题" : "检查完成，发现 " + std::to_string(job.summary.problems) + " 处问题";
    case ImportPhase::Failed: return "失败";
  }
  return "";
}

std::string describePlanSummary(const PlanSummary& s) {
  std::string out = "共 " + std::to_string(s.rows) + " 行：";
  std::vector<std::string> parts;
  auto add = [&](int n, const std::string& text) {
    if (n > 0) parts.push_back(text);
  };
  add(s.cadresCreated, "新建干部 " + std::to_string(s.cadresCreated) + " 名");
  add(s.cadresUpdated, "更新干部信息 " + std::to_string(s.cadresUpdated) + " 名");
  add(s.enterprisesCreated, "新建企业 " + std::to_string(s.enterprisesCreated) + " 家");
  add(s.enterprisesUpdated, "调整企业行业组 " + std::to_string(s.enterprisesUpdated) + " 家");
  add(s.assigned, "首次分配包联干部 " + std::to_string(s.assigned) + " 家");
  add(s.reassigned, "调整包联干部 " + std::to_string(s.reassigned) + " 家");
  add(s.accountsCreated, "开通待激活账号 " + std::to_string(s.accountsCreated) + " 个（发送开通短信 " +
                             std::to_string(s.smsNotices) + " 条）");
  add(s.unchanged, "无变化 " + std::to_string(s.unchanged) + " 行");
  if (parts.empty()) return out + "没有需要写入的内容";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "，" : "") + parts[i];
  return out;
}

}  // namespace qinqing::domain
