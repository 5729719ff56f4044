// CadreRepository: the cadres (包联干部) of each unit. A cadre is identified by (unit, name) — the
// pair they choose and type at login (§1); the database refuses a second cadre of the same name in
// one unit. Throws SQLite::Exception on database errors and constraint violations.
//
// The reads for the base-data screens (§9) take the caller's scope (auth/scope.hpp) as SQL
// conditions (cadres over the alias `c`, enterprises over `e`) and return mobiles masked only.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

struct NewCadre {
  long long unitId = 0;
  std::string name;
  std::string title;  // 职务
  std::string mobile;
  bool contactIsProxy = false;  // §1: a city-level leader may give a working contact's number
  std::string email;
};

// The sort keys of the cadre list: name (default), unit (the units' display order), title,
// enterprise_count. Ties are broken by name, then id.
const std::vector<std::string>& cadreSortKeys();

struct CadreListQuery {
  domain::PageRequest page;  // normalised with cadreSortKeys(); query matches name, title or unit name
  std::optional<long long> unitId;
};

class CadreRepository {
public:
  explicit CadreRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewCadre& cadre);
  std::optional<long long> findIdByUnitAndName(long long unitId, std::string_view name);
  long long count();

  // One page of the cadres within scope matching every filter, with the total (one COUNT with the
  // same WHERE); a page past the end returns the last page. enterpriseCount counts every
  // enterprise assigned to the cadre.
  domain::Page<domain::CadreSummary> list(const CadreListQuery& query, const db::SqlCondition& scope);

  // The cadre, or nullopt when missing or outside scope.
  std::optional<domain::CadreSummary> find(long long id, const db::SqlCondition& scope);

  // The cadre's enterprises that lie within enterpriseScope, by name.
  std::vector<domain::NamedRef> enterprisesOf(long long cadreId, const db::SqlCondition& enterpriseScope);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
