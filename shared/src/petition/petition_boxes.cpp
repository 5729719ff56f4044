#include "qinqing/petition/petition_boxes.hpp"

#include <string>

namespace qinqing::domain {
namespace {

using S = PetitionState;

struct BoxName {
  PetitionBox box;
  std::string_view key;
};

constexpr BoxName kNames[] = {
    {PetitionBox::Mine, "petition_mine"},
    {PetitionBox::Review, "petitions.review"},
    {PetitionBox::Handled, "petitions.handled"},
    {PetitionBox::ToSign, "petitions.to_sign"},
    {PetitionBox::SubmitResult, "petitions.submit_result"},
    {PetitionBox::Dispatch, "petitions.dispatch"},
    {PetitionBox::Extensions, "petitions.extensions"},
    {PetitionBox::Appeals, "petitions.appeals"},
    {PetitionBox::Dispatched, "petitions.dispatched"},
    {PetitionBox::Progress, "inspect.petitions"},
    {PetitionBox::Overdue, "inspect.overdue"},
};


}  // namespace

std::string_view petitionBoxKey(PetitionBox box) {
  for (const auto& n : kNames) {
    if (n.box == box) return n.key;
  }
  return "";
}

std::optional<PetitionBox> petitionBoxFromKey(std::string_view key) {
  for (const auto& n : kNames) {
    if (n.key == key) return n.box;
  }
  return std::nullopt;
}

bool petitionBoxAllowed(PetitionBox box, Role role) {
  switch (box) {
    case PetitionBox::Mine: return role == Role::Enterprise;
    case PetitionBox::Review: return role == Role::Cadre;
    case PetitionBox::Handled: return role == Role::Cadre || roleHandlesPetitions(role);
    case PetitionBox::ToSign:
    case PetitionBox::SubmitResult: return roleHandlesPetitions(role);
    case PetitionBox::Dispatch:
    case PetitionBox::Extensions:
    case PetitionBox::Dispatched: return roleDispatchesPetitions(role);
    // Appeals go to the city dispatch group only (issue 5, step 6).
    case PetitionBox::Appeals: return role == Role::CityDispatcher;
    case PetitionBox::Progress:
    case PetitionBox::Overdue: return role == Role::Inspector;
  }
  return false;
}

std::vector<PetitionState> petitionBoxStates(PetitionBox box, Role role) {
  switch (box) {
    case PetitionBox::Mine:
    case PetitionBox::Progress: return {};
    case PetitionBox::Review: return {S::PendingReview};
    case PetitionBox::Handled:
      // A cadre has handled whatever left review; a unit whatever it has answered.
      if (role == Role::Cadre) {
        return {S::PendingDispatch, S::PendingSign, S::Handling,  S::PendingRating, S::Rectifying,
                S::PendingSecondRating, S::Appealing, S::Closed, S::ReturnedToEnterprise, S::Withdrawn};
      }
      return {S::PendingRating, S::PendingSecondRating, S::Appealing, S::Closed};
    case PetitionBox::ToSign: return {S::PendingSign};
    case PetitionBox::SubmitResult:
    case PetitionBox::Extensions: return {S::Handling, S::Rectifying};
    case PetitionBox::Dispatch: return {S::PendingDispatch};
    case PetitionBox::Appeals: return {S::Appealing};
    case PetitionBox::Dispatched:
      return {S::PendingSign, S::Handling, S::PendingRating, S::Rectifying, S::PendingSecondRating, S::Appealing,
              S::Closed};
    case PetitionBox::Overdue:
      return {S::PendingReview, S::PendingDispatch, S::PendingSign, S::Handling, S::PendingRating, S::Rectifying,
              S::PendingSecondRating, S::Appealing};
  }
  return {};
}

bool petitionBoxNeedsPendingExtension(PetitionBox box) { return box == PetitionBox::Extensions; }
bool petitionBoxOnlyOverdue(PetitionBox box) { return box == PetitionBox::Overdue; }

const std::vector<std::string>& petitionListSortKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (auto sort : kAllPetitionSorts) out.emplace_back(petitionSortKey(sort));
    return out;
  }();
  return keys;
}

}  // namespace qinqing::domain
