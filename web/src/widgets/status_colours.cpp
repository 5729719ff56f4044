#include "widgets/status_colours.hpp"

#include "app/theme.hpp"

namespace qinqing::web::ui {

ImVec4 statusColour(domain::AccountStatus status) {
  switch (status) {
    case domain::AccountStatus::Active: return theme::kSuccess;
    case domain::AccountStatus::PendingActivation: return theme::kWarning;
    case domain::AccountStatus::Locked: return theme::kDanger;
    case domain::AccountStatus::Disabled: return theme::kMutedText;
  }
  return theme::kMutedText;
}

ImVec4 statusColour(domain::ApplicationStatus status) {
  switch (status) {
    case domain::ApplicationStatus::Pending: return theme::kWarning;
    case domain::ApplicationStatus::Approved: return theme::kSuccess;
    case domain::ApplicationStatus::Rejected: return theme::kDanger;
  }
  return theme::kMutedText;
}

ImVec4 statusColour(domain::BulletinStatus status) {
  switch (status) {
    case domain::BulletinStatus::Submitted: return theme::kPrimary;
    case domain::BulletinStatus::Adopted: return theme::kSuccess;
    case domain::BulletinStatus::Returned: return theme::kWarning;
    case domain::BulletinStatus::Declined: return theme::kMutedText;
  }
  return theme::kMutedText;
}

}  // namespace qinqing::web::ui
