// Scope: which enterprises and cadres a signed-in user may see and change — the one place the
// rules of issue 4 ("Roles and what each sees") and the notice (§3, §9, §15, §20–23) live.
//
//   企业             the enterprise itself; no cadres
//   包联干部         the enterprises assigned to them; only themselves among cadres
//   单位管理员       the cadres of its unit and the enterprises whose cadre is in its unit
//   县市区管理员     the cadres of units in its region; the enterprises in its region or whose
//                    cadre's unit is in its region (§20)
//   双千分办员       everything
//   城区行业分办员   the enterprises of its industry group (§22) and the cadres serving at least one
//   超级巡查员       everything, read-only (§23)
//   系统管理员       everything
//   安全管理员, 审计管理员  nothing (三权分立: the base-data routes refuse them outright)
//
// Lists splice the SQL conditions below into their WHERE clause; single objects are checked with
// the same conditions (includesEnterprise/includesCadre), so a list and a detail can never
// disagree. An object outside the scope must be answered exactly like a missing one (404
// not_found): callers never say "exists but not yours". An account that lacks the id its role
// needs (a unit administrator without a unit) sees nothing rather than everything.
//
// Scope does not authenticate, and it does not decide which roles reach a route at all beyond the
// role lists it exports for RouteTable.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/sql_condition.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::backend::auth {

// Roles that may use the base-data routes (enterprises, cadres): everyone but 安全管理员 and 审计管理员.
const std::vector<domain::Role>& baseDataRoles();

// Roles let through to the routes that change an enterprise record: the enterprise and its cadre
// (domain::roleMayEditEnterprise), plus 超级巡查员 so that mayEditEnterprises() can tell it the
// read-only rule in its own words (§23) instead of a generic refusal.
const std::vector<domain::Role>& enterpriseWriteRoles();

// Roles that see enterprise mobiles masked and may reveal one, each reveal audited: the
// administrators, both dispatchers and the inspector. The enterprise and its cadre see the full
// numbers already.
const std::vector<domain::Role>& mobileRevealRoles();

// Roles that may reassign an enterprise's cadre (PUT /api/enterprises/{id}/cadre): 单位管理员 and
// 县市区管理员 within their scope (enterprise and new cadre alike), 系统管理员 everywhere. The
// inspector is left to RouteTable's read-only refusal.
const std::vector<domain::Role>& cadreAssignmentRoles();

// Roles that review 企业入驻申请 (§13, /api/applications): 系统管理员 and 县市区管理员.
const std::vector<domain::Role>& applicationReviewRoles();

// Roles with 报表统计 in their menu (domain::roleHasMenuItem): the report routes let only them in.
const std::vector<domain::Role>& reportRoles();
// Roles with 驾驶舱 in their menu: the inspector and the city dispatch group (issue 12).
const std::vector<domain::Role>& overviewRoles();
// Roles with 单位考核 in their menu (issue 12, §5).
const std::vector<domain::Role>& assessmentRoles();

class Scope {
public:
  explicit Scope(AuthContext who) : m_who(std::move(who)) {}

  // The enterprises the caller sees, over the table alias `e` (enterprises). Subqueries use
  // aliases starting with sc_, so callers must not.
  db::SqlCondition enterprises() const;

  // The cadres the caller sees, over the table alias `c` (cadres).
  db::SqlCondition cadres() const;

  // The petitions the caller sees, over the table alias `p` (petitions; issue 5):
  //   企业 its own (drafts included) · 包联干部 those it reviews (its enterprises', once submitted) ·
  //   单位管理员 those routed to its unit · 县市区管理员 those routed to its county or to a unit of
  //   the county (§20) · 双千分办员, 超级巡查员 all submitted ones · 城区行业分办员 its industry
  //   group's · the three platform administrators none (no petition menu).
  // A draft is the enterprise's alone.
  // The report facts (alias f, report/report_facts.hpp) of the petitions the caller's reports
  // count: the final holder's unit, the county (routed to it, or to a unit in it), the industry
  // group; all for the city dispatch group and the inspector; none for anyone else.
  db::SqlCondition reportFacts() const;
  // The units whose 单位考核 the caller reads, over the alias `u` (units): 单位管理员 its own, 县市区
  // 管理员 the county's, 城区行业分办员 those whose cadres serve its group's enterprises, the city
  // dispatch group and the inspector all; nobody else any.
  db::SqlCondition assessedUnits() const;
  db::SqlCondition petitions() const;
  bool includesPetition(SQLite::Database& db, long long petitionId) const;

  // The enterprise applications (§13) the caller reviews, over the alias `a`
  // (enterprise_applications): 系统管理员 all, 县市区管理员 those for its region, everyone else none.
  db::SqlCondition applications() const;

  // Per-object checks with the conditions above; false for a missing id too. Read-only queries.
  // Throw SQLite::Exception on database errors.
  bool includesEnterprise(SQLite::Database& db, long long enterpriseId) const;
  bool includesCadre(SQLite::Database& db, long long cadreId) const;

  // True when the caller may see this enterprise's mobile numbers in full: the enterprise itself
  // and its liaison cadre ("those who must call them"). Everyone else gets them masked.
  bool seesFullMobiles(long long enterpriseId, std::optional<long long> enterpriseCadreId) const;

  // Whether the caller's role may change enterprise records at all; which record is then a matter
  // of includesEnterprise (for the enterprise and its cadre the two scopes coincide).
  // Forbidden "超级巡查员只能查看，不能修改" (as the route table says it), Forbidden "当前账号无权修改企业信息" for the
  // other roles.
  domain::Status mayEditEnterprises() const;

  const AuthContext& who() const { return m_who; }

private:
  AuthContext m_who;
};

}  // namespace qinqing::backend::auth
