// CadreRepository: the cadres (包联干部) of each unit. A cadre is identified by (unit, name) — the
// pair they choose and type at login (§1); the database refuses a second cadre of the same name in
// one unit. Throws SQLite::Exception on database errors and constraint violations.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::backend {

struct NewCadre {
  long long unitId = 0;
  std::string name;
  std::string title;  // 职务
  std::string mobile;
  bool contactIsProxy = false;  // §1: a city-level leader may give a working contact's number
  std::string email;
};

class CadreRepository {
public:
  explicit CadreRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewCadre& cadre);
  std::optional<long long> findIdByUnitAndName(long long unitId, std::string_view name);
  long long count();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
