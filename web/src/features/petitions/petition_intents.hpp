// The intents of the petition screens (part of the Action variant in actions.hpp, performed by
// petition_actions.cpp).
#pragma once

#include "app/type_list.hpp"

#include "features/petitions/attachment_intents.hpp"
#include "qinqing/petition/petition_machine.hpp"

namespace qinqing::web {

struct LoadPetitions {};       // the open box's list, with its filters and page
struct StartPetitionAction {   // opens the form of an action the detail offers
  domain::PetitionAction action = domain::PetitionAction::Approve;
};
struct CancelPetitionAction {};
struct SubmitPetitionAction {};
// 发布诉求: save as draft, or submit (submit = true).
struct SavePetitionDraft {
  bool submit = false;
};
struct EditPetitionDraft {  // a draft or returned petition of 我的诉求, opened in the 发布诉求 form
  long long id = 0;
};
struct NewPetitionDraft {};  // an empty 发布诉求 form (the saved local copy is discarded)
struct StorePetitionDraftLocally {};  // the form changed: keep it on this computer
struct RevealPetitionContact {};  // 查看完整号码 of the open petition's contact (audited on the server)

struct AppState;

void perform(AppState& state, const LoadPetitions& intent);
void perform(AppState& state, const StartPetitionAction& intent);
void perform(AppState& state, const CancelPetitionAction& intent);
void perform(AppState& state, const SubmitPetitionAction& intent);
void perform(AppState& state, const SavePetitionDraft& intent);
void perform(AppState& state, const EditPetitionDraft& intent);
void perform(AppState& state, const NewPetitionDraft& intent);
void perform(AppState& state, const StorePetitionDraftLocally& intent);
void perform(AppState& state, const DownloadDispatchSheet& intent);
void perform(AppState& state, const RevealPetitionContact& intent);

using PetitionsIntents = TypeList<LoadPetitions, StartPetitionAction, CancelPetitionAction, SubmitPetitionAction, SavePetitionDraft, EditPetitionDraft, NewPetitionDraft, StorePetitionDraftLocally, DownloadDispatchSheet, RevealPetitionContact>;

}  // namespace qinqing::web
