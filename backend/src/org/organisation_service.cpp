#include "org/organisation_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/organisation_repository.hpp"

namespace qinqing::backend::org {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError duplicateUnitName(const std::string& region, const std::string& name) {
  const std::string message = region + "已有名为“" + name + "”的单位，同一区域内单位名称不能重复";
  return DomainError{ErrorCode::Conflict, message, {{"name", message}}};
}

DomainError duplicateRegion(const std::string& name) {
  const std::string message = "已有名为“" + name + "”的区域，区域名称不能重复";
  return DomainError{ErrorCode::Conflict, message, {{"name", message}}};
}

void audit(SQLite::Database& c, long long now, const auth::AuthContext& who, const std::string& address,
           audit::AuditAction action, long long objectId, std::optional<nlohmann::json> before, nlohmann::json after,
           const char* objectType = "unit") {
  auto entry = audit::entryOf(who, address, now, action, objectType, std::to_string(objectId),
                              before ? *before : nlohmann::json(nullptr));
  entry.afterJson = after.dump();  // even a null "after" is recorded
  AuditRepository(c).append(entry);
}

}  // namespace

std::vector<domain::RegionRow> OrganisationService::regions() {
  return m_db.read([](SQLite::Database& c) { return OrgAdminRepository(c).regions(); });
}

domain::Page<domain::UnitRow> OrganisationService::units(const UnitListQuery& query) {
  return m_db.read([&](SQLite::Database& c) { return OrgAdminRepository(c).units(query); });
}

std::vector<domain::IndustryGroupRow> OrganisationService::industryGroups() {
  return m_db.read([](SQLite::Database& c) { return OrgAdminRepository(c).industryGroups(); });
}

domain::Result<domain::UnitRow> OrganisationService::createUnit(const auth::AuthContext& who, domain::UnitForm form,
                                                                const std::string& clientAddress) {
  if (auto valid = domain::validateUnitForm(form, true); !valid) return valid.error();
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::UnitRow> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    auto region = org.findRegion(form.regionId);
    if (!region) return DomainError::invalid({{"region_id", "所选区域不存在"}});
    OrganisationRepository units(c);
    if (units.findUnitId(form.regionId, form.name)) return duplicateUnitName(region->name, form.name);
    const long long id = units.insertUnit({form.regionId, form.name, org.nextUnitSortOrder(form.regionId)});
    audit(c, now, who, clientAddress, audit::AuditAction::UnitCreated, id, std::nullopt,
          {{"region_id", region->id}, {"region", region->name}, {"name", form.name}});
    auto created = org.findUnit(id);
    tx.commit();
    return *created;
  });
}

domain::Result<domain::UnitRow> OrganisationService::renameUnit(const auth::AuthContext& who, long long id,
                                                                domain::UnitForm form,
                                                                const std::string& clientAddress) {
  if (auto valid = domain::validateUnitForm(form, false); !valid) return valid.error();
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::UnitRow> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    auto before = org.findUnit(id);
    if (!before) return DomainError::of(ErrorCode::NotFound, "单位不存在");
    if (before->name == form.name) return *before;
    if (auto other = OrganisationRepository(c).findUnitId(before->region.id, form.name); other && *other != id) {
      return duplicateUnitName(before->region.name, form.name);
    }
    org.renameUnit(id, form.name);
    audit(c, now, who, clientAddress, audit::AuditAction::UnitRenamed, id, nlohmann::json{{"name", before->name}},
          {{"name", form.name}});
    auto after = org.findUnit(id);
    tx.commit();
    return *after;
  });
}

domain::Result<domain::RegionRow> OrganisationService::createRegion(const auth::AuthContext& who, domain::RegionForm form,
                                                                    const std::string& clientAddress) {
  if (auto valid = domain::validateRegionForm(form, true); !valid) return valid.error();
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::RegionRow> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    if (!org.cityRegionId()) return DomainError::of(ErrorCode::InvalidTransition, "尚未初始化城市，请先运行 qinqing init");
    if (org.regionNameTaken(form.name, std::nullopt)) return duplicateRegion(form.name);
    const long long id = org.insertRegion(form);
    auto created = org.findRegion(id);
    audit(c, now, who, clientAddress, audit::AuditAction::RegionCreated, id, std::nullopt,
          {{"name", form.name}, {"kind", domain::regionKindKey(created->kind)}}, "region");
    tx.commit();
    return *created;
  });
}

domain::Result<domain::RegionRow> OrganisationService::renameRegion(const auth::AuthContext& who, long long id,
                                                                    domain::RegionForm form,
                                                                    const std::string& clientAddress) {
  if (auto valid = domain::validateRegionForm(form, false); !valid) return valid.error();
  const long long now = toUnixSeconds(m_clock());
  return m_db.write([&](SQLite::Database& c) -> domain::Result<domain::RegionRow> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    OrgAdminRepository org(c);
    auto before = org.findRegion(id);
    if (!before) return DomainError::of(ErrorCode::NotFound, "区域不存在");
    if (before->name == form.name) return *before;
    if (org.regionNameTaken(form.name, id)) return duplicateRegion(form.name);
    org.renameRegion(id, form.name);
    audit(c, now, who, clientAddress, audit::AuditAction::RegionRenamed, id, nlohmann::json{{"name", before->name}},
          {{"name", form.name}}, "region");
    auto after = org.findRegion(id);
    tx.commit();
    return *after;
  });
}

}  // namespace qinqing::backend::org
