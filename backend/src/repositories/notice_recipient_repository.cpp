#include "repositories/notice_recipient_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "qinqing/identity/role.hpp"

namespace qinqing::backend {
namespace {

std::vector<std::string> column(SQLite::Statement& s) {
  std::vector<std::string> out;
  while (s.executeStep()) {
    std::string m = s.getColumn(0).getString();
    if (!m.empty() && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(std::move(m));
  }
  return out;
}

std::string roleLiteral(domain::Role role) { return "'" + std::string(domain::roleKey(role)) + "'"; }

}  // namespace

std::vector<std::string> NoticeRecipientRepository::cadre(long long cadreId) {
  SQLite::Statement s(m_db,
                      "SELECT coalesce(nullif(a.mobile, ''), c.mobile) FROM cadres c LEFT JOIN accounts a ON "
                      "a.cadre_id = c.id WHERE c.id = ?");
  s.bind(1, static_cast<int64_t>(cadreId));
  return column(s);
}

std::vector<std::string> NoticeRecipientRepository::unitAdmins(long long unitId) {
  SQLite::Statement s(m_db, "SELECT mobile FROM accounts WHERE role = " + roleLiteral(domain::Role::UnitAdmin) +
                                " AND unit_id = ? ORDER BY id");
  s.bind(1, static_cast<int64_t>(unitId));
  return column(s);
}

std::vector<std::string> NoticeRecipientRepository::countyAdmins(long long regionId) {
  SQLite::Statement s(m_db, "SELECT mobile FROM accounts WHERE role = " + roleLiteral(domain::Role::CountyAdmin) +
                                " AND region_id = ? ORDER BY id");
  s.bind(1, static_cast<int64_t>(regionId));
  return column(s);
}

std::vector<std::string> NoticeRecipientRepository::enterprise(long long enterpriseId) {
  SQLite::Statement s(m_db,
                      "SELECT coalesce(nullif(e.liaison_mobile, ''), a.mobile) FROM enterprises e LEFT JOIN "
                      "accounts a ON a.enterprise_id = e.id WHERE e.id = ?");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  return column(s);
}

std::vector<std::string> NoticeRecipientRepository::dispatchers(std::optional<long long> industryGroupId) {
  SQLite::Statement s(m_db, "SELECT mobile FROM accounts WHERE role = " + roleLiteral(domain::Role::CityDispatcher) +
                                " OR (role = " + roleLiteral(domain::Role::IndustryDispatcher) +
                                " AND industry_group_id = ?) ORDER BY id");
  if (industryGroupId) s.bind(1, static_cast<int64_t>(*industryGroupId));
  else s.bind(1);
  return column(s);
}

std::vector<std::string> NoticeRecipientRepository::cityDispatchers() {
  SQLite::Statement s(m_db, "SELECT mobile FROM accounts WHERE role = " + roleLiteral(domain::Role::CityDispatcher) +
                                " ORDER BY id");
  return column(s);
}

}  // namespace qinqing::backend
