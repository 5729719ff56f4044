// What the petition screens show (issue 5): the list of the open menu box, one petition's detail
// with the action form the user opened, the 发布诉求 form (kept on this computer as it is typed, so
// a lost connection or a closed tab loses nothing), and the menu badges. Part of AppState; only
// petition_actions.cpp changes it, in answer to the network.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_view.hpp"

namespace qinqing::web {

// The list of one menu box (petitions.review, petition_mine, …) with its filters.
struct PetitionListState {
  std::string box;              // the menu key the list shows
  ListState<domain::PetitionSummary> list;
  int stateFilter = 0;          // 0: all, else index into domain::kAllPetitionStates + 1
  long long categoryFilter = 0; // 0: all, else index into domain::kPetitionCategories + 1
  std::string message;          // an action's outcome when its petition left the list (退回分办)
};

// The form of the action the user chose on a petition's detail.
struct PetitionActionForm {
  std::optional<domain::PetitionAction> action;  // none: no form open
  domain::PetitionContent content;  // 审核通过 with edits; 修改后重新提交
  bool editContent = false;         // the cadre chose to edit the text before approving
  std::string reason;               // 退回, 申诉, 申请延期
  std::string note;                 // 分办意见, decisions, 催办/督办 说明
  domain::HandlerKind handlerKind = domain::HandlerKind::Unit;  // 分办: to a unit or a county
  long long handlerId = 0;
  bool approve = true;              // 延期 / 申诉 decisions
  std::string dueDate;              // YYYY-MM-DD as typed (延期)
  std::string resultText;           // 提交办理结果
  long long rating = 0;             // 1..5: index into domain::kAllRatings + 1
  std::string comment;
  std::string visitDate;            // 回访
  std::string visitMethod = "电话";
  std::string visitNote;
  FormFeedback feedback;
};

struct PetitionDetailState {
  long long id = 0;  // 0: the list is shown
  std::optional<domain::PetitionDetail> detail;
  bool loading = false;
  std::string error;
  int sequence = 0;
  PetitionActionForm form;
  std::string message;   // the last action's confirmation, in green
  std::string conflict;  // someone else acted first (409): why the petition was reloaded
  std::string revealError;  // 查看完整号码 refused or failed: shown beside the number
  bool revealing = false;
};

// 发布诉求: a new petition, or a draft / returned petition being edited (petitionId != 0).
struct PetitionDraftState {
  long long petitionId = 0;
  long long revision = 0;
  domain::PetitionContent content;
  std::string clientRequestId;  // kept until the server confirms, so a retried submission is one petition
  FormFeedback feedback;
  bool restoredLocal = false;   // the form was filled from this computer's saved copy
  bool offline = false;         // the last attempt could not reach the server
  std::string savedLocallyAt;   // HH:MM of the last local save, shown under the form
};

struct PetitionsState {
  PetitionListState list;
  PetitionDetailState detail;
  PetitionDraftState draft;
  std::map<std::string, long long> counts;  // menu badges: box key → petitions waiting
};

}  // namespace qinqing::web
