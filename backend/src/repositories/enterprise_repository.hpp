// EnterpriseRepository: enterprises and their one-to-one cadre assignment (一对一包联, §21).
// An enterprise has at most one cadre at a time; every assignment is also appended to
// cadre_assignments so reassignments can be traced (issue 4). Throws SQLite::Exception on database
// errors and constraint violations (duplicate name or USCC).
//
// The reads for the base-data screens (§9) take the caller's scope (auth/scope.hpp) as an SQL
// condition over the alias `e`; they return mobile numbers in full — masking is the caller's
// decision (org/enterprise_service.hpp), made per viewer.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/org/base_data.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/paging.hpp"

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

// The sort keys of the enterprise list: name (default), uscc, region (the regions' display order:
// city, counties, zones), industry_group (经信 … 文旅), cadre (cadre name). Names compare by code
// point (SQLite has no pinyin collation); ties are broken by name, then id, so paging is stable.
const std::vector<std::string>& enterpriseSortKeys();

struct EnterpriseListQuery {
  domain::PageRequest page;  // normalised with enterpriseSortKeys(); query matches name or USCC
  std::optional<long long> regionId;
  std::optional<long long> industryGroupId;
  std::optional<long long> cadreId;
};

class EnterpriseRepository {
public:
  explicit EnterpriseRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(const NewEnterprise& enterprise);

  // Makes cadreId (or nobody) the enterprise's cadre and records the change. Two statements: call
  // inside the caller's SQLite::Transaction. assignedBy is empty for imports and demo data.
  void assignCadre(long long enterpriseId, std::optional<long long> cadreId, long long assignedAt,
                   std::optional<long long> assignedBy, std::string_view note);

  // One page of the enterprises within scope matching every filter, with the total they add up
  // to (one COUNT with the same WHERE). A page past the end returns the last page, and says so
  // in Page::page.
  domain::Page<domain::EnterpriseRecord> list(const EnterpriseListQuery& query, const db::SqlCondition& scope);

  // The record, or nullopt when it does not exist or lies outside scope (the caller cannot tell).
  std::optional<domain::EnterpriseRecord> find(long long id, const db::SqlCondition& scope);

  // Overwrites the editable fields (validated and normalised by the caller). The USCC must not
  // belong to another enterprise: check findIdByUscc first, or the UNIQUE constraint throws.
  void update(long long id, const domain::EnterpriseEdit& edit);

  // The enterprise's assignment history (cadre_assignments), newest first.
  std::vector<domain::CadreAssignment> assignments(long long enterpriseId);

  std::optional<long long> findIdByUscc(std::string_view uscc);
  std::optional<long long> findIdByName(std::string_view name);
  std::optional<long long> cadreOf(long long enterpriseId);
  long long count();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
