// The petition lists of the menus (§4, §12, §14, §22, issue 5): which petitions each menu item
// shows for each role. The server filters with these (within the user's scope); the client asks
// for a box by its menu key, so a list and its badge count always agree.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "qinqing/identity/role.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/petition/petition_state.hpp"

namespace qinqing::domain {

enum class PetitionBox {
  Mine,          // petition_mine — 企业: 我的诉求 (drafts included)
  Review,        // petitions.review — 包联干部: 待审核诉求
  Handled,       // petitions.handled — 包联干部: reviewed; 承办单位: result submitted or closed
  ToSign,        // petitions.to_sign — 承办单位: 待处理诉求 (待签收)
  SubmitResult,  // petitions.submit_result — 承办单位: 办理中 and 整改中
  Dispatch,      // petitions.dispatch — 分办员: 待分办诉求
  Extensions,    // petitions.extensions — 分办员: 延期申请 awaiting a decision
  Appeals,       // petitions.appeals — 分办员: 评价申诉 awaiting a decision
  Dispatched,    // petitions.dispatched — 分办员: routed to a unit or county
  Progress,      // inspect.petitions — 超级巡查员: 诉求办理进度 (all)
  Overdue,       // inspect.overdue — 超级巡查员: 超期情况 (a running step past its due day)
};

inline constexpr PetitionBox kAllPetitionBoxes[] = {
    PetitionBox::Mine,     PetitionBox::Review,     PetitionBox::Handled,  PetitionBox::ToSign,
    PetitionBox::SubmitResult, PetitionBox::Dispatch, PetitionBox::Extensions, PetitionBox::Appeals,
    PetitionBox::Dispatched, PetitionBox::Progress,  PetitionBox::Overdue,
};

std::string_view petitionBoxKey(PetitionBox box);  // the menu key, e.g. "petitions.review"
std::optional<PetitionBox> petitionBoxFromKey(std::string_view key);

// Whether the role has this list in its menu (the server refuses the others).
bool petitionBoxAllowed(PetitionBox box, Role role);

// The states the box shows for the role; empty means every state the role's scope includes.
// Extensions and Overdue narrow further by records and time (see petitionBoxNeedsPendingExtension
// and petitionBoxOnlyOverdue).
std::vector<PetitionState> petitionBoxStates(PetitionBox box, Role role);
bool petitionBoxNeedsPendingExtension(PetitionBox box);
bool petitionBoxOnlyOverdue(PetitionBox box);

// What a petition list asks for: the box, the page (query searches number, title and enterprise),
// and optional narrowing by state and category. Sort keys: petitionListSortKeys().
struct PetitionListQuery {
  PetitionBox box = PetitionBox::Mine;
  PageRequest page;
  std::optional<PetitionState> state;
  std::string category;
  bool operator==(const PetitionListQuery&) const = default;
};

// "updated" (default, newest first), "due" (soonest first, no deadline last), "submitted", "number".
const std::vector<std::string>& petitionListSortKeys();

}  // namespace qinqing::domain
