// ContactLogRepository: contact_logs (migration 11, qinqing/relation/contact_log.hpp) and the
// reads 包联企业, 基础数据 and the month-end reminder need. Methods throw SQLite::Exception.
#pragma once

#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/contact_log_json.hpp"

namespace qinqing::backend {

struct ContactListQuery {
  domain::PageRequest page;  // sort: date (default, newest first) | way; q matches summary, follow-up, enterprise
  std::optional<long long> enterpriseId;
  std::optional<long long> cadreId;
};

struct CadreContactCounts {
  int total = 0;
  int thisMonth = 0;
};

// A cadre to remind at the month's end: its mobile and the enterprises without a contact since.
struct UncontactedEnterprises {
  long long cadreId = 0;
  std::string mobile;
  std::vector<std::string> enterpriseNames;
};

class ContactLogRepository {
public:
  explicit ContactLogRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(long long enterpriseId, long long cadreId, const domain::ContactEntry& entry,
                   std::optional<long long> accountId, long long now);
  std::optional<wire::ContactView> find(long long id);
  // The contacts matching the query whose enterprise lies in `enterpriseScope` (alias e).
  domain::Page<wire::ContactView> list(const ContactListQuery& query, const db::SqlCondition& enterpriseScope);
  // Per cadre: every contact, and those on or after `monthStart` ("2026-11-01").
  std::map<long long, CadreContactCounts> countsByCadre(const std::vector<long long>& cadreIds,
                                                        const std::string& monthStart);
  // Every cadre with enterprises of which some have no contact on or after `monthStart`.
  std::vector<UncontactedEnterprises> uncontactedSince(const std::string& monthStart);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
