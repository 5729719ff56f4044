// EnterpriseRepository: enterprises and their one-to-one cadre assignment (一对一包联, §21).
// An enterprise has at most one cadre at a time; every assignment is also appended to
// cadre_assignments so reassignments can be traced (issue 4). Throws SQLite::Exception on database
// errors and constraint violations (duplicate name or USCC).
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::backend {

struct NewEnterprise {
  std::string name;  // full registered name, also the login name (§13)
  std::string uscc;  // 统一社会信用代码, 18 characters (GB 32100-2015)
  long long regionId = 0;
  std::optional<long long> industryGroupId;
  std::string legalRep;
  std::string legalRepMobile;
  std::string liaison;
  std::string liaisonMobile;
  std::string address;
  std::string intro;
};

class EnterpriseRepository {
public:
  explicit EnterpriseRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewEnterprise& enterprise);

  // Makes cadreId (or nobody) the enterprise's cadre and records the change. Two statements: call
  // inside the caller's SQLite::Transaction. assignedBy is empty for imports and demo data.
  void assignCadre(long long enterpriseId, std::optional<long long> cadreId, long long assignedAt,
                   std::optional<long long> assignedBy, std::string_view note);

  std::optional<long long> findIdByName(std::string_view name);
  std::optional<long long> cadreOf(long long enterpriseId);
  long long count();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
