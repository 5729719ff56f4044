// The petition screens' requests (issue 5): lists by menu box, the detail, each action of the
// lifecycle, and 发布诉求 with its copy on this computer. Forms are checked first with the shared
// rules the server applies; the server's Chinese message is shown next to what caused it.
#pragma once

#include <string>

#include "app/app_state.hpp"
#include "features/petitions/petition_intents.hpp"

namespace qinqing::web {

// True for the menu keys the petition screens draw (boxes and 发布诉求).
bool isPetitionMenu(const std::string& key);
// The menu opened one of them: fresh list (first page, no filters) or the 发布诉求 form.
void openPetitionMenu(AppState& state, const std::string& key);

void loadPetitions(AppState& state);
void loadPetitionCounts(AppState& state);
void openPetition(AppState& state, long long id);
void startPetitionAction(AppState& state, domain::PetitionAction action);
void cancelPetitionAction(AppState& state);
void submitPetitionAction(AppState& state);

void savePetitionDraft(AppState& state, bool submit);
void editPetitionDraft(AppState& state, long long id);
void newPetitionDraft(AppState& state);
void storePetitionDraftLocally(AppState& state);

}  // namespace qinqing::web
