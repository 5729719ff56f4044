// CadreTransferRepository: the cadre_transfers table (migration 10, qinqing/org/cadre_transfer.hpp)
// and the two writes an approved move makes (the cadre's unit, and its login account's unit and
// region, so the cadre's data scope follows). Methods throw SQLite::Exception; callers hold the
// transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/org/cadre_transfer.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

struct CadreTransferListQuery {
  domain::PageRequest page;  // newest request first; q matches the cadre's name
  std::optional<domain::CadreTransferStatus> status;
  std::optional<long long> toUnitId;    // 单位管理员: moves into its unit
  std::optional<long long> toRegionId;  // 县市区管理员: moves into a unit of its region
};

// The ids a decision needs besides the transfer as shown.
struct StoredCadreTransfer {
  domain::CadreTransfer transfer;
  long long toUnitRegionId = 0;
};

class CadreTransferRepository {
public:
  explicit CadreTransferRepository(SQLite::Database& db) : m_db(db) {}

  long long insert(long long cadreId, long long fromUnitId, long long toUnitId, long long now);
  std::optional<StoredCadreTransfer> find(long long id);
  std::optional<StoredCadreTransfer> pendingOf(long long cadreId);
  domain::Page<domain::CadreTransfer> list(const CadreTransferListQuery& query);

  // Closes a pending transfer: approved, rejected (by an administrator) or withdrawn (by the cadre).
  void close(long long id, domain::CadreTransferStatus status, std::optional<long long> byAccountId,
             const std::string& note, long long now);

  // Whether the unit already has a cadre of that name (cadres are known by (unit, name), §1).
  bool unitHasCadreNamed(long long unitId, const std::string& name);

  // The cadre and its account now belong to the unit (and its region).
  void moveCadre(long long cadreId, long long toUnitId, long long toRegionId);

  // The mobiles of the enabled 单位管理员 accounts of the unit that have one (the request notice).
  std::vector<std::string> unitAdministratorMobiles(long long unitId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
