// An enterprise's record as its liaison cadre keeps it (notice §3) and the enterprise itself edits it
// (§15), and the summary rows of the base-data lists (§9). Mobile numbers travel masked unless the
// viewer revealed them (an audited action).
#pragma once

#include <optional>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

struct EnterpriseRecord {
  long long id = 0;
  std::string name;                        // 企业全称 (also the login name, §13)
  std::string uscc;                        // 统一社会信用代码
  NamedRef region;
  std::optional<NamedRef> industryGroup;   // 经信/住建/商务/交通/农业/文旅 (§22)
  std::optional<NamedRef> cadre;           // the liaison cadre (一对一)
  std::optional<NamedRef> cadreUnit;
  std::string legalRep;                    // 法人代表
  std::string legalRepMobile;              // masked unless revealed
  std::string liaison;                     // 企业联络员
  std::string liaisonMobile;               // masked unless revealed; receives the platform's SMS
  std::string address;                     // 注册地址
  std::string intro;                       // 企业简介
  std::string lastContactDate;             // 联系记录 (§6): the latest contact's date, "" when none
  bool contactedThisMonth = false;         // domain::contactedThisMonth of that date, today
  bool operator==(const EnterpriseRecord&) const = default;
};

// The fields a cadre (§3) or the enterprise (§15) may change.
struct EnterpriseEdit {
  std::string uscc;
  std::string address;
  std::string legalRep;
  std::string legalRepMobile;
  std::string liaison;
  std::string liaisonMobile;
  std::string intro;
  bool operator==(const EnterpriseEdit&) const = default;
};

// Every problem of an edit at once (fields: uscc, address, legal_rep, legal_rep_mobile, liaison,
// liaison_mobile, intro). The liaison's mobile is required: it is how the enterprise gets the
// platform's SMS (§3: 务必精准). The USCC is normalised (spaces, full-width, case) before checking.
Status validateEnterpriseEdit(EnterpriseEdit& edit);

// Who may change an enterprise record at all (scope is the server's further check):
// the enterprise itself and its liaison cadre.
bool roleMayEditEnterprise(Role role);

// A cadre row of the base-data list (§9).
struct CadreSummary {
  long long id = 0;
  std::string name;
  NamedRef unit;
  NamedRef region;
  std::string title;
  std::string mobileMasked;
  std::string email;
  int enterpriseCount = 0;
  bool contactIsProxy = false;  // §1: the mobile is a working contact's (a city-level leader)
  int contactCount = 0;         // 联系记录 (§6) the cadre logged, ever
  int contactsThisMonth = 0;    // … in this calendar month
  bool operator==(const CadreSummary&) const = default;
};

}  // namespace qinqing::domain
