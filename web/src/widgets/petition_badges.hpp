// The petition lists' and detail's badges: the state (已销号 green, 已退回 red …) and the running
// step's deadline (yellow on the due day, red once overdue, issue 5 "Lists show working days left
// as badges"), with the due date on hover.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/petition/petition_view.hpp"

namespace qinqing::web {

void drawPetitionStateBadge(std::string_view probeId, const domain::PetitionSummary& petition);
// Draws "—" when the petition has no running step.
void drawDeadlineBadge(std::string_view probeId, const std::optional<domain::PetitionDeadline>& deadline);
// "2026-11-27T10:30:00+08:00" → "2026-11-27 10:30".
std::string shortChinaTime(const std::string& iso);

}  // namespace qinqing::web
