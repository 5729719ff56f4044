// The detail views of the base data (notice §9, issue 4 "我的资料 and base data"): a cadre with the
// enterprises they serve, an enterprise's assignment history (一对一包联: one cadre at a time, every
// change recorded), and the mobile fields a viewer who sees them masked may reveal (an audited
// action). Plain data; the server fills it within the caller's scope.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/identity/account.hpp"
#include "qinqing/org/enterprise_record.hpp"

namespace qinqing::domain {

// GET /api/cadres/{id}: the list row plus the cadre's enterprises the caller may open.
struct CadreDetail {
  CadreSummary summary;
  std::vector<NamedRef> enterprises;  // by name
  bool operator==(const CadreDetail&) const = default;
};

// One row of an enterprise's assignment history, newest first.
struct CadreAssignment {
  long long id = 0;
  std::optional<NamedRef> cadre;       // nobody: the enterprise was left without a cadre
  std::optional<NamedRef> cadreUnit;
  std::string assignedAt;              // ISO 8601 with +08:00
  std::optional<NamedRef> assignedBy;  // the account (login name); none for imports and demo data
  std::string note;
  bool operator==(const CadreAssignment&) const = default;
};

// A request to make another cadre the enterprise's one cadre (一对一, issue 4 "Organisation").
struct CadreReassignment {
  long long cadreId = 0;
  std::string note;  // why; at most kReassignmentNoteMax characters, may be empty
  bool operator==(const CadreReassignment&) const = default;
};
inline constexpr std::size_t kReassignmentNoteMax = 200;

// The two numbers of an enterprise record that travel masked.
enum class EnterpriseMobileField {
  LegalRepMobile,  // 法人代表手机号
  LiaisonMobile,   // 联络员手机号
};

}  // namespace qinqing::domain
