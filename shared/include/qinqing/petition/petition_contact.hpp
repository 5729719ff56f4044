// The petition's contact mobile (联系电话) and who may see it (issue 14, PIPL: need to know). The
// enterprise that wrote it sees its own number; everyone else sees 138****1234, and the people who
// call the enterprise about it (its cadre, the dispatchers, the handling unit or county) may reveal
// it in full, one audited reveal at a time. The read-only inspector never needs to call.
#pragma once

#include <string>

#include "qinqing/identity/role.hpp"
#include "qinqing/petition/petition_draft.hpp"

namespace qinqing::domain {

bool roleSeesPetitionContactInFull(Role role);
bool roleMayRevealPetitionContact(Role role);

// The content as `role` may see it: the mobile masked unless roleSeesPetitionContactInFull.
PetitionContent contentAsSeenBy(PetitionContent content, Role role);

// A cadre's edit (审核通过 with changes) carries back the masked number it was shown: that means
// "unchanged", so the stored number stands; any other value is the cadre's new number.
std::string editedContactMobile(const std::string& sent, const std::string& stored);

}  // namespace qinqing::domain
