#include "qinqing/petition/petition_contact.hpp"

#include "qinqing/identity/account.hpp"

namespace qinqing::domain {

bool roleSeesPetitionContactInFull(Role role) {
  switch (role) {
    case Role::Enterprise: return true;
    case Role::Cadre:
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return false;
  }
  return false;
}

bool roleMayRevealPetitionContact(Role role) {
  switch (role) {
    case Role::Cadre:
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher: return true;
    case Role::Enterprise:  // sees it already
    case Role::Inspector:   // 查询 only (§23): no call to make
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return false;
  }
  return false;
}

PetitionContent contentAsSeenBy(PetitionContent content, Role role) {
  if (!roleSeesPetitionContactInFull(role) && !content.contactMobile.empty()) {
    content.contactMobile = maskMobile(content.contactMobile);
  }
  return content;
}

std::string editedContactMobile(const std::string& sent, const std::string& stored) {
  return !stored.empty() && sent == maskMobile(stored) ? stored : sent;
}

}  // namespace qinqing::domain
