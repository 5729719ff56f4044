// The rules of the assignment plan (qinqing/org/assignment_plan.hpp): every row checked against
// the rows before it and what the database holds, and the plan built from the clean rows.
#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/validation/text.hpp"

#include <unordered_map>
#include <unordered_set>

#include "qinqing/identity/account.hpp"
#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/uscc.hpp"

namespace qinqing::domain {
namespace {

// Limits of the roster and the enterprise record (characters, not bytes).
constexpr std::size_t kCadreNameMaxChars = 20;
constexpr std::size_t kTitleMaxChars = 50;
constexpr std::size_t kEnterpriseNameMaxChars = 100;
constexpr std::size_t kLiaisonMaxChars = 50;
constexpr std::size_t kProgressEvery = 256;

using Lookups = PlanLookups;

std::string key(long long id, std::string_view name) {
  std::string k = std::to_string(id);
  k += '\x1f';
  k += name;
  return k;
}

// An integer written by a spreadsheet in scientific notation (9.14203001234567E+17): the digits
// beyond double precision are gone, so the code cannot be recovered from the cell.
bool looksLikeScientific(std::string_view s) {
  const auto e = s.find('E');
  if (e == std::string_view::npos || e == 0 || e + 1 >= s.size()) return false;
  bool sawDigit = false;
  for (std::size_t i = 0; i < e; ++i) {
    if (s[i] >= '0' && s[i] <= '9') sawDigit = true;
    else if (s[i] != '.') return false;
  }
  std::size_t i = e + 1;
  if (s[i] == '+') ++i;
  if (i >= s.size()) return false;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return sawDigit;
}

class Planner {
public:
  Planner(const Lookups& lookups, AssignmentPlan& plan) : m_plan(plan) {
    for (const auto& r : lookups.regions) {
      m_regionByName.emplace(r.name, &r);
      m_regionNameById.emplace(r.id, r.name);
      if (r.city && !m_cityId) m_cityId = r.id;
    }
    for (const auto& u : lookups.units) {
      m_unitByRegion.emplace(key(u.regionId, u.name), &u);
      m_unitsByName.emplace(u.name, &u);
    }
    for (const auto& g : lookups.industryGroups) {
      m_groupByName.emplace(g.name, &g);
      m_groupByName.emplace(g.name + "组", &g);
      if (!m_groupNames.empty()) m_groupNames += "、";
      m_groupNames += g.name;
    }
    for (const auto& c : lookups.cadres) m_cadreByKey.emplace(key(c.unitId, c.name), &c);
    for (const auto& e : lookups.enterprises) {
      m_enterpriseByUscc.emplace(e.uscc, &e);
      m_enterpriseByName.emplace(e.name, &e);
    }
    for (const auto& [unitId, name] : lookups.cadreLoginsTaken) m_cadreLogins.insert(key(unitId, name));
    for (const auto& name : lookups.enterpriseLoginsTaken) m_enterpriseLogins.insert(name);
  }

  void checkRow(const PlanRow& input) {
    PlanRow row = input;
    row[PlanColumn::CadreMobile] = normalizeMobileText(row[PlanColumn::CadreMobile]);
    row[PlanColumn::LiaisonMobile] = normalizeMobileText(row[PlanColumn::LiaisonMobile]);
    row[PlanColumn::Uscc] = normalizeUscc(row[PlanColumn::Uscc]);

    FieldValidator v;
    for (PlanColumn c : planColumns()) {
      if (planColumnRequired(c)) v.required(planColumnHeader(c), planColumnHeader(c), row[c]);
    }
    auto header = [](PlanColumn c) { return planColumnHeader(c); };
    v.maxChars(header(PlanColumn::Cadre), "干部姓名", row[PlanColumn::Cadre], kCadreNameMaxChars);
    v.maxChars(header(PlanColumn::Title), "职务", row[PlanColumn::Title], kTitleMaxChars);
    v.mobile(header(PlanColumn::CadreMobile), "干部手机", row[PlanColumn::CadreMobile]);
    v.maxChars(header(PlanColumn::Enterprise), "企业名称", row[PlanColumn::Enterprise], kEnterpriseNameMaxChars);
    const std::string& uscc = row[PlanColumn::Uscc];
    if (looksLikeScientific(uscc)) {
      v.add({std::string(header(PlanColumn::Uscc)),
             "统一社会信用代码被表格存成了数字（" + uscc + "），末尾几位已丢失：请把该列设为“文本”格式后重新填写"});
    } else {
      v.uscc(header(PlanColumn::Uscc), uscc);
    }
    v.maxChars(header(PlanColumn::Liaison), "联络员", row[PlanColumn::Liaison], kLiaisonMaxChars);
    v.mobile(header(PlanColumn::LiaisonMobile), "联络员手机", row[PlanColumn::LiaisonMobile]);

    const Lookups::Region* region = resolveRegion(row, v);
    const Lookups::Unit* unit = resolveUnit(row, region, v);
    const Lookups::IndustryGroup* group = resolveGroup(row, v);
    std::optional<std::size_t> cadre;
    if (unit && !v.hasError(header(PlanColumn::Cadre)) && !v.hasError(header(PlanColumn::CadreMobile))) {
      cadre = resolveCadre(row, *unit, v);
    }
    const Lookups::Enterprise* existing = nullptr;
    bool enterpriseKnown = false;
    if (!v.hasError(header(PlanColumn::Uscc)) && !v.hasError(header(PlanColumn::Enterprise))) {
      enterpriseKnown = resolveEnterprise(row, region, v, existing);
    }

    if (!v.ok()) {
      ++m_plan.summary.problemRows;
      for (auto& e : v.errors()) m_plan.problems.push_back({row.row, e.field, e.message});
      return;
    }
    if (!region || !unit || !cadre || !enterpriseKnown) return;  // unreachable with v.ok(); defensive
    PlannedEnterprise e;
    e.row = row.row;
    e.existingId = existing ? std::optional(existing->id) : std::nullopt;
    e.name = row[PlanColumn::Enterprise];
    e.uscc = uscc;
    e.regionId = region->id;
    e.industryGroupId = group ? std::optional(group->id) : (existing ? existing->industryGroupId : std::nullopt);
    e.updateIndustryGroup = existing && group && existing->industryGroupId != group->id;
    e.createAccount = !existing || !existing->hasAccount;
    // An existing enterprise keeps its record (its cadre maintains it, §3); its mobile on record is
    // the liaison's as stored, else the file's.
    e.liaison = row[PlanColumn::Liaison];
    e.liaisonMobile = existing && !existing->liaisonMobile.empty() ? existing->liaisonMobile : row[PlanColumn::LiaisonMobile];
    e.cadre = *cadre;
    e.previousCadreId = existing ? existing->cadreId : std::nullopt;
    m_plan.enterprises.push_back(std::move(e));
    ++m_cleanRowsOfCadre[*cadre];
  }

  // Drops cadres only rows with problems named, fixes what each planned item does, and counts.
  void finish() {
    std::vector<std::size_t> newIndex(m_plan.cadres.size());
    std::vector<PlannedCadre> kept;
    for (std::size_t i = 0; i < m_plan.cadres.size(); ++i) {
      newIndex[i] = kept.size();
      if (m_cleanRowsOfCadre[i] > 0) kept.push_back(std::move(m_plan.cadres[i]));
    }
    m_plan.cadres = std::move(kept);
    PlanSummary& s = m_plan.summary;
    for (auto& c : m_plan.cadres) {
      if (c.existingId) {
        const auto* stored = m_cadreById.at(*c.existingId);
        c.createAccount = !stored->hasAccount;
        if (c.title.empty()) c.title = stored->title;  // the file left it empty: keep the roster's
        c.updateTitle = c.title != stored->title;
        c.updateMobile = stored->mobile.empty();
        if (c.updateTitle || c.updateMobile) ++s.cadresUpdated;
      } else {
        c.createAccount = true;
        ++s.cadresCreated;
      }
      if (c.createAccount) {
        ++s.accountsCreated;
        if (!c.mobile.empty()) ++s.smsNotices;
      }
    }
    for (auto& e : m_plan.enterprises) {
      e.cadre = newIndex[e.cadre];
      const PlannedCadre& c = m_plan.cadres[e.cadre];
      if (!e.previousCadreId) {
        e.change = AssignmentChange::Assigned;
        ++s.assigned;
      } else if (c.existingId && *c.existingId == *e.previousCadreId) {
        e.change = AssignmentChange::Unchanged;
      } else {
        e.change = AssignmentChange::Reassigned;
        ++s.reassigned;
      }
      if (!e.existingId) ++s.enterprisesCreated;
      if (e.updateIndustryGroup) ++s.enterprisesUpdated;
      if (e.createAccount) {
        ++s.accountsCreated;
        if (!e.liaisonMobile.empty()) ++s.smsNotices;
      }
      const bool cadreChanges = !c.existingId || c.updateTitle || c.updateMobile || c.createAccount;
      if (e.change == AssignmentChange::Unchanged && !e.updateIndustryGroup && !e.createAccount && !cadreChanges) {
        ++s.unchanged;
      }
    }
    s.problems = static_cast<int>(m_plan.problems.size());
  }

private:
  const Lookups::Region* resolveRegion(const PlanRow& row, FieldValidator& v) {
    const std::string& name = row[PlanColumn::Region];
    if (name.empty()) return nullptr;
    auto it = m_regionByName.find(name);
    if (it != m_regionByName.end()) return it->second;
    v.add({std::string(planColumnHeader(PlanColumn::Region)),
           "区域" + quoted(name) + "不存在：请核对名称（如 茅箭区、十堰经济技术开发区），或由系统管理员在“系统管理—组织机构”中新增该区域后再导入"});
    return nullptr;
  }

  const Lookups::Unit* resolveUnit(const PlanRow& row, const Lookups::Region* region, FieldValidator& v) {
    const std::string& name = row[PlanColumn::Unit];
    if (name.empty()) return nullptr;
    const std::string column(planColumnHeader(PlanColumn::Unit));
    auto others = m_unitsByName.equal_range(name);
    if (others.first == others.second) {
      v.add({column, "单位" + quoted(name) + "不存在，请先在“组织机构”中添加该单位，或核对单位名称"});
      return nullptr;
    }
    if (!region) return nullptr;  // the region's own problem says enough
    for (long long regionId : {region->id, m_cityId.value_or(-1)}) {
      auto it = m_unitByRegion.find(key(regionId, name));
      if (it != m_unitByRegion.end()) return it->second;
    }
    std::string where;
    for (auto it = others.first; it != others.second; ++it) {
      if (!where.empty()) where += "、";
      where += m_regionNameById[it->second->regionId];
    }
    v.add({column, "单位" + quoted(name) + "不属于区域" + quoted(region->name) + "（属于" + where +
                       "），县市区的企业只能由本县市区或市直单位的干部包联"});
    return nullptr;
  }

  const Lookups::IndustryGroup* resolveGroup(const PlanRow& row, FieldValidator& v) {
    const std::string& name = row[PlanColumn::IndustryGroup];
    if (name.empty()) return nullptr;
    auto it = m_groupByName.find(name);
    if (it != m_groupByName.end()) return it->second;
    v.add({std::string(planColumnHeader(PlanColumn::IndustryGroup)),
           "行业组" + quoted(name) + "不存在，可填写：" + m_groupNames + "（城区企业填写，其他可留空）"});
    return nullptr;
  }

  // The index in m_plan.cadres of the row's cadre, registering a first mention.
  std::optional<std::size_t> resolveCadre(const PlanRow& row, const Lookups::Unit& unit, FieldValidator& v) {
    const std::string& name = row[PlanColumn::Cadre];
    const std::string& mobile = row[PlanColumn::CadreMobile];
    const std::string& title = row[PlanColumn::Title];
    const std::string k = key(unit.id, name);
    if (auto it = m_cadreIndex.find(k); it != m_cadreIndex.end()) {
      PlannedCadre& c = m_plan.cadres[it->second];
      bool ok = true;
      if (c.mobile != mobile) {
        v.add({std::string(planColumnHeader(PlanColumn::CadreMobile)),
               "与第" + std::to_string(c.firstRow) + "行的" + quoted(name) + "手机号不同（" + maskMobile(c.mobile) +
                   "）：同一单位的同名干部须在姓名中加以区分（如" + quoted(name + "（大）") + "），同一人请填写相同手机号"});
        ok = false;
      }
      if (!title.empty() && !c.title.empty() && title != c.title) {
        v.add({std::string(planColumnHeader(PlanColumn::Title)),
               "与第" + std::to_string(c.firstRow) + "行同一干部的职务" + quoted(c.title) + "不一致"});
        ok = false;
      }
      if (!ok) return std::nullopt;
      if (c.title.empty()) c.title = title;
      return it->second;
    }

    const Lookups::Cadre* stored = nullptr;
    if (auto it = m_cadreByKey.find(k); it != m_cadreByKey.end()) stored = it->second;
    if (stored && !stored->mobile.empty() && stored->mobile != mobile) {
      v.add({std::string(planColumnHeader(PlanColumn::CadreMobile)),
             "单位" + quoted(unit.name) + "已有干部" + quoted(name) + "（手机 " + maskMobile(stored->mobile) +
                 "）：如为同一人请填写相同手机号；如为不同的人，请在姓名中加以区分（如" + quoted(name + "（大）") + "）"});
      return std::nullopt;
    }
    if (!stored && m_cadreLogins.count(k)) {
      v.add({std::string(planColumnHeader(PlanColumn::Cadre)),
             "单位" + quoted(unit.name) + "已有名为" + quoted(name) + "的干部账号，请在姓名中加以区分"});
      return std::nullopt;
    }
    PlannedCadre c;
    if (stored) {
      c.existingId = stored->id;
      m_cadreById.emplace(stored->id, stored);
    }
    c.unitId = unit.id;
    c.regionId = unit.regionId;
    c.name = name;
    c.title = title;
    c.mobile = mobile;
    c.firstRow = row.row;
    m_plan.cadres.push_back(std::move(c));
    m_cleanRowsOfCadre.push_back(0);
    m_cadreIndex.emplace(k, m_plan.cadres.size() - 1);
    return m_plan.cadres.size() - 1;
  }

  // False when the enterprise cannot be placed (a problem was added); `existing` is set for an
  // enterprise the database already holds.
  bool resolveEnterprise(const PlanRow& row, const Lookups::Region* region, FieldValidator& v,
                         const Lookups::Enterprise*& existing) {
    const std::string& name = row[PlanColumn::Enterprise];
    const std::string& uscc = row[PlanColumn::Uscc];
    const std::string usccColumn(planColumnHeader(PlanColumn::Uscc));
    const std::string nameColumn(planColumnHeader(PlanColumn::Enterprise));

    // In the file: 一对一, so an enterprise appears once.
    if (auto it = m_seenUscc.find(uscc); it != m_seenUscc.end()) {
      v.add({usccColumn, "该企业已在第" + std::to_string(it->second.first) + "行分配给" + quoted(it->second.second) +
                             "，一家企业只能由一名干部包联，请删除重复的行"});
      return false;
    }
    if (auto it = m_seenName.find(name); it != m_seenName.end()) {
      v.add({nameColumn, "企业名称与第" + std::to_string(it->second) + "行相同，但统一社会信用代码不同，请核对"});
      return false;
    }

    // In the database: the code and the full name must both match, or both be new.
    const Lookups::Enterprise* byUscc = nullptr;
    const Lookups::Enterprise* byName = nullptr;
    if (auto it = m_enterpriseByUscc.find(uscc); it != m_enterpriseByUscc.end()) byUscc = it->second;
    if (auto it = m_enterpriseByName.find(name); it != m_enterpriseByName.end()) byName = it->second;
    if (byUscc && byUscc->name != name) {
      v.add({usccColumn, "该统一社会信用代码已登记为企业" + quoted(byUscc->name) + "，与表中企业名称不一致"});
      return false;
    }
    if (!byUscc && byName) {
      v.add({nameColumn, "企业" + quoted(name) + "已登记，统一社会信用代码为 " + byName->uscc + "，与表中不一致"});
      return false;
    }
    if (byUscc) {
      if (region && byUscc->regionId != region->id) {
        v.add({std::string(planColumnHeader(PlanColumn::Region)),
               "该企业已登记在" + quoted(m_regionNameById[byUscc->regionId]) + "，与表中区域" + quoted(region->name) +
                   "不一致"});
        return false;
      }
      existing = byUscc;
    } else if (m_enterpriseLogins.count(name)) {
      v.add({nameColumn, "已有名为" + quoted(name) + "的企业账号，请核对企业全称"});
      return false;
    }
    // Only an enterprise that could be placed counts as named: a wrong row does not make every
    // later mention of the same company a duplicate too.
    m_seenUscc.emplace(uscc, std::make_pair(row.row, row[PlanColumn::Cadre]));
    m_seenName.emplace(name, row.row);
    return true;
  }

  AssignmentPlan& m_plan;
  std::optional<long long> m_cityId;
  std::unordered_map<std::string, const Lookups::Region*> m_regionByName;
  std::unordered_map<long long, std::string> m_regionNameById;
  std::unordered_map<std::string, const Lookups::Unit*> m_unitByRegion;
  std::unordered_multimap<std::string, const Lookups::Unit*> m_unitsByName;
  std::unordered_map<std::string, const Lookups::IndustryGroup*> m_groupByName;
  std::string m_groupNames;
  std::unordered_map<std::string, const Lookups::Cadre*> m_cadreByKey;
  std::unordered_map<long long, const Lookups::Cadre*> m_cadreById;
  std::unordered_map<std::string, const Lookups::Enterprise*> m_enterpriseByUscc;
  std::unordered_map<std::string, const Lookups::Enterprise*> m_enterpriseByName;
  std::unordered_set<std::string> m_cadreLogins;
  std::unordered_set<std::string> m_enterpriseLogins;
  // What the file said so far.
  std::unordered_map<std::string, std::size_t> m_cadreIndex;                  // (unit, name) → plan.cadres
  std::vector<int> m_cleanRowsOfCadre;                                        // parallel to plan.cadres
  std::unordered_map<std::string, std::pair<int, std::string>> m_seenUscc;    // → (row, cadre name)
  std::unordered_map<std::string, int> m_seenName;                            // → row
};

}  // namespace

AssignmentPlan planAssignments(const PlanTable& table, const PlanLookups& lookups, const PlanProgress& progress) {
  AssignmentPlan plan;
  plan.problems = table.problems;
  plan.summary.rows = static_cast<int>(table.rows.size());
  Planner planner(lookups, plan);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    planner.checkRow(table.rows[i]);
    if (progress && (i + 1) % kProgressEvery == 0) progress(i + 1);
  }
  planner.finish();
  if (progress) progress(table.rows.size());
  return plan;
}

}  // namespace qinqing::domain
