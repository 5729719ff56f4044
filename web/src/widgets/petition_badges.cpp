#include "widgets/petition_badges.hpp"

#include "imgui.h"
#include "app/theme.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"

namespace qinqing::web {
namespace d = qinqing::domain;

void drawPetitionStateBadge(std::string_view probeId, const d::PetitionSummary& p) {
  std::string text(d::petitionStateLabel(p.state));
  ImVec4 colour = theme::kPrimary;
  switch (p.state) {
    case d::PetitionState::Draft:
    case d::PetitionState::Withdrawn: colour = theme::kMutedText; break;
    case d::PetitionState::ReturnedToEnterprise: colour = theme::kDanger; break;
    case d::PetitionState::Closed:
      text = std::string(d::petitionOutcomeLabel(p.outcome));  // 满意销号 / 未评价 / …
      colour = p.outcome == d::PetitionOutcome::Satisfied ? theme::kSuccess : theme::kMutedText;
      break;
    case d::PetitionState::PendingReview:
    case d::PetitionState::PendingDispatch:
    case d::PetitionState::PendingSign:
    case d::PetitionState::Handling:
    case d::PetitionState::PendingRating:
    case d::PetitionState::Rectifying:
    case d::PetitionState::PendingSecondRating:
    case d::PetitionState::Appealing: break;  // under way: the primary colour
  }
  ui::statusBadge(probeId, text, colour);
}

void drawDeadlineBadge(std::string_view probeId, const std::optional<d::PetitionDeadline>& deadline) {
  if (!deadline) {
    ImGui::TextColored(theme::kMutedText, "—");
    probe::item(probeId, "");
    return;
  }
  const std::string label = std::string(d::clockKindLabel(deadline->clock)) + "·" + deadline->text;
  if (!deadline->status) {
    // A step with no limit: the wait is measured and shown, without a colour.
    ImGui::TextColored(theme::kMutedText, "%s", label.c_str());
    probe::item(probeId, label);
  } else {
    ImVec4 colour = theme::kSuccess;
    if (deadline->status->state == d::DeadlineState::DueToday) colour = theme::kWarning;
    if (deadline->status->state == d::DeadlineState::Overdue) colour = theme::kDanger;
    ui::statusBadge(probeId, label, colour);
  }
  if (ImGui::IsItemHovered() && deadline->dueDate) {
    ImGui::SetTooltip("%s环节办理时限：%s 23:59:59", std::string(d::clockKindLabel(deadline->clock)).c_str(),
                      deadline->dueDate->toIso().c_str());
  }
}

std::string shortChinaTime(const std::string& iso) {
  if (iso.size() < 16) return iso;
  std::string out = iso.substr(0, 16);
  out[10] = ' ';
  return out;
}

}  // namespace qinqing::web
