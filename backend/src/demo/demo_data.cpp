#include "demo/demo_data.hpp"

#include "demo/demo_files.hpp"
#include "demo/demo_content.hpp"

#include <SQLiteCpp/Transaction.h>

#include <map>
#include <set>
#include <stdexcept>
#include <vector>

#include "demo/demo_catalog.hpp"
#include "demo/demo_generator.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/cadre_repository.hpp"
#include "repositories/enterprise_repository.hpp"
#include "repositories/organisation_repository.hpp"

namespace qinqing::backend::demo {
namespace {
using domain::Role;

constexpr int kCadreCount = 100;
constexpr int kEnterpriseCount = 500;
constexpr std::uint64_t kSeed = 20201027;  // the notice's date

// The enterprise the lead's browser test logs in as; its cadre is 张明 of 十堰市经信局.
constexpr std::string_view kFixedEnterprise = "十堰市鑫源汽车零部件有限公司";

struct Seeder {
  Seeder(SQLite::Database& database, long long nowUnix, std::string hash)
      : db(database), now(nowUnix), passwordHash(std::move(hash)) {}

  SQLite::Database& db;
  long long now;
  std::string passwordHash;
  DemoRng rng{kSeed};
  DemoSummary summary;

  std::map<std::string, long long, std::less<>> regionIds;   // name → id
  std::map<long long, std::string> regionOfUnit;              // unit id → region name
  std::map<std::string, long long, std::less<>> unitIds;     // name → id (unit names are unique here)
  std::vector<long long> groupIds;                            // in demoIndustryGroups() order
  struct Cadre {
    long long id;
    long long unitId;
  };
  std::vector<Cadre> cadres;

  NewAccount account(Role role, std::string loginName) const {
    NewAccount a;
    a.role = role;
    a.loginName = std::move(loginName);
    a.passwordHash = passwordHash;
    a.mustChangePassword = false;
    a.createdAt = now;
    return a;
  }

  void organisation() {
    OrganisationRepository org(db);
    int order = 0;
    std::optional<long long> city;
    for (const auto& r : demoRegions()) {
      long long id = org.insertRegion({std::string(r.name), r.kind, city, order++});
      if (!city) city = id;
      regionIds.emplace(r.name, id);
    }
    order = 0;
    for (const auto& u : demoUnits()) {
      long long regionId = regionIds.at(std::string(u.region));
      long long id = org.insertUnit({regionId, std::string(u.name), order++});
      unitIds.emplace(u.name, id);
      regionOfUnit.emplace(id, u.region);
    }
    order = 0;
    for (const auto& g : demoIndustryGroups()) {
      groupIds.push_back(
          org.insertIndustryGroup({std::string(g.key), std::string(g.name), unitIds.at(std::string(g.unit)), order++}));
    }
    summary.regions = static_cast<int>(regionIds.size());
    summary.units = static_cast<int>(unitIds.size());
    summary.industryGroups = static_cast<int>(groupIds.size());
  }

  void addCadre(long long unitId, std::string name, std::string title, bool proxy) {
    const std::string mobile = mobileNumber(rng);
    const long long id = CadreRepository(db).insert(
        {unitId, name, title, mobile, proxy, "sq" + std::to_string(cadres.size() + 1) + "@shiyan.gov.cn"});
    cadres.push_back({id, unitId});
    NewAccount a = account(Role::Cadre, std::move(name));
    a.unitId = unitId;
    a.regionId = regionIds.at(regionOfUnit.at(unitId));
    a.cadreId = id;
    a.mobile = mobile;
    AccountRepository(db).insert(a);
  }

  void people() {
    std::set<std::pair<long long, std::string>> taken;
    for (const auto& c : fixedCadres()) {
      const long long unitId = unitIds.at(std::string(c.unit));
      taken.emplace(unitId, std::string(c.name));
      addCadre(unitId, std::string(c.name), std::string(c.title), c.contactIsProxy);
    }
    // The rest round-robin over the units, so every unit has cadres.
    const auto& units = demoUnits();
    for (std::size_t i = 0; cadres.size() < kCadreCount; ++i) {
      const long long unitId = unitIds.at(std::string(units[i % units.size()].name));
      std::string name = personName(rng);
      while (!taken.emplace(unitId, name).second) name = personName(rng);
      addCadre(unitId, std::move(name), std::string(rng.pick(cadreTitles())), false);
    }
    summary.cadres = static_cast<int>(cadres.size());
  }

  // City-level cadres may serve any enterprise; county-level ones serve their own county.
  long long cadreFor(const std::string& region) {
    std::vector<long long> local, city;
    for (const auto& c : cadres) {
      const std::string& r = regionOfUnit.at(c.unitId);
      if (r == region) local.push_back(c.id);
      if (r == demoRegions().front().name) city.push_back(c.id);
    }
    const auto& pool = !local.empty() && rng.below(3) != 0 ? local : city;
    return rng.pick(pool);
  }

  void addEnterprise(std::string name, const RegionSpec& region, std::size_t group, std::string_view trade,
                     long long cadreId, std::set<std::string>& usccs) {
    std::string uscc = enterpriseUscc(rng, region.divisionCode);
    while (!usccs.insert(uscc).second) uscc = enterpriseUscc(rng, region.divisionCode);
    NewEnterprise e;
    e.name = name;
    e.uscc = uscc;
    e.regionId = regionIds.at(std::string(region.name));
    e.industryGroupId = groupIds[group];
    e.legalRep = personName(rng);
    e.legalRepMobile = mobileNumber(rng);
    e.liaison = personName(rng);
    e.liaisonMobile = mobileNumber(rng);
    const std::string county = region.kind == domain::RegionKind::City ? std::string("张湾区") : std::string(region.name);
    e.address = "湖北省十堰市" + county + std::string(rng.pick(streetNames())) + std::to_string(1 + rng.below(300)) + "号";
    e.intro = "主要从事" + std::string(trade) + "相关业务，是" + std::string(region.name) + "重点服务企业，现有员工" +
              std::to_string(20 + rng.below(600)) + "人。";
    EnterpriseRepository enterprises(db);
    const long long id = enterprises.insert(e);
    enterprises.assignCadre(id, cadreId, now, std::nullopt, "演示数据初始分配");

    NewAccount a = account(Role::Enterprise, std::move(name));
    a.regionId = e.regionId;
    a.enterpriseId = id;
    a.industryGroupId = e.industryGroupId;
    a.holderName = e.liaison;
    a.mobile = e.liaisonMobile;
    AccountRepository(db).insert(a);
  }

  void enterprises() {
    std::set<std::string> names{std::string(kFixedEnterprise)};
    std::set<std::string> usccs;
    const auto& regions = demoRegions();
    addEnterprise(std::string(kFixedEnterprise), regions[2] /* 张湾区 */, 0 /* 经信 */, "汽车零部件",
                  cadres.front().id /* 张明 */, usccs);

    std::vector<int> regionWeights, groupWeights;
    for (const auto& r : regions) regionWeights.push_back(r.enterpriseWeight);
    for (const auto& g : demoIndustryGroups()) groupWeights.push_back(g.enterpriseWeight);
    static const std::vector<std::string_view> suffixes = {"有限公司", "有限公司", "有限公司", "有限责任公司",
                                                           "股份有限公司", "集团有限公司"};
    for (int made = 1; made < kEnterpriseCount;) {
      const RegionSpec& region = regions[rng.weighted(regionWeights)];
      const std::size_t group = rng.weighted(groupWeights);
      const std::string_view trade = rng.pick(demoIndustryGroups()[group].trades);
      std::string name = std::string(region.namePrefix) + std::string(rng.pick(companyBrands())) + std::string(trade) +
                         std::string(rng.pick(suffixes));
      if (!names.insert(name).second) continue;
      addEnterprise(std::move(name), region, group, trade, cadreFor(std::string(region.name)), usccs);
      ++made;
    }
    summary.enterprises = kEnterpriseCount;
  }

  NewAccount staff(Role role, std::string loginName, std::string title) {
    NewAccount a = account(role, std::move(loginName));
    a.holderName = personName(rng);
    a.title = std::move(title);
    a.mobile = mobileNumber(rng);
    return a;
  }

  void administrators() {
    AccountRepository accounts(db);
    const long long city = regionIds.at(std::string(demoRegions().front().name));
    for (const auto& u : demoUnits()) {  // 十堰市经信局管理员, ... (§7)
      NewAccount a = staff(Role::UnitAdmin, std::string(u.name) + "管理员", "办公室主任");
      a.unitId = unitIds.at(std::string(u.name));
      a.regionId = regionIds.at(std::string(u.region));
      accounts.insert(a);
    }
    for (const auto& r : demoRegions()) {  // 茅箭区管理员, ... (§7, §20)
      if (r.kind == domain::RegionKind::City) continue;
      NewAccount a = staff(Role::CountyAdmin, std::string(r.name) + "管理员", "双千办专干");
      a.regionId = regionIds.at(std::string(r.name));
      accounts.insert(a);
    }
    NewAccount dispatcher = staff(Role::CityDispatcher, "双千分办员", "市双千办分办员");
    dispatcher.regionId = city;
    accounts.insert(dispatcher);
    for (std::size_t i = 0; i < demoIndustryGroups().size(); ++i) {  // 经信组分办员, ... (§22)
      const auto& g = demoIndustryGroups()[i];
      NewAccount a = staff(Role::IndustryDispatcher, std::string(g.name) + "组分办员", "行业分办员");
      a.industryGroupId = groupIds[i];
      a.unitId = unitIds.at(std::string(g.unit));
      a.regionId = city;
      accounts.insert(a);
    }
    // §23: inspector accounts are assigned on request of 巡查办, 组织部 or 纪检监察.
    for (auto [name, department] : {std::pair{"巡查员01", "inspection_office"}, std::pair{"巡查员02", "organisation_department"},
                                    std::pair{"巡查员03", "discipline_inspection"}, std::pair{"巡查员04", "inspection_office"}}) {
      NewAccount a = staff(Role::Inspector, name, "巡查专员");
      a.regionId = city;
      // 巡查员03 is handed out new: the first login binds a mobile and replaces the password (§1, §7).
      if (std::string_view(name) == "巡查员03") {
        a.mobile.clear();
        a.mustChangePassword = true;
      }
      const long long id = accounts.insert(a);
      SQLite::Statement dept(db, "UPDATE accounts SET requesting_department = ? WHERE id = ?");
      dept.bind(1, std::string(department));
      dept.bind(2, static_cast<int64_t>(id));
      dept.exec();
      if (std::string_view(name) == "巡查员04") {  // 账号管理 shows a disabled account too
        SQLite::Statement off(db, "UPDATE accounts SET disabled_at = ?, disabled_reason = '人员调离，账号停用' WHERE id = ?");
        off.bind(1, static_cast<int64_t>(now - 86400 * 20));
        off.bind(2, static_cast<int64_t>(id));
        off.exec();
      }
    }
    for (auto [role, name] : {std::pair{Role::SystemAdmin, "sysadmin"}, std::pair{Role::SecurityAdmin, "secadmin"},
                              std::pair{Role::AuditAdmin, "auditadmin"}}) {
      NewAccount a = staff(role, name, std::string(domain::roleDisplayName(role)));
      a.regionId = city;
      accounts.insert(a);
    }
    summary.accounts = static_cast<int>(accounts.count());
  }

  // §2: a cadre of 张湾区经信局 asked yesterday to move to 茅箭区经信局; 茅箭区经信局管理员 (and
  // 茅箭区管理员) find it in 干部调入确认.
  void transfers() {
    const long long from = unitIds.at("张湾区经信局");
    const long long to = unitIds.at("茅箭区经信局");
    for (const auto& c : cadres) {
      if (c.unitId != from) continue;
      SQLite::Statement fixed(db, "SELECT name FROM cadres WHERE id = ?");
      fixed.bind(1, static_cast<int64_t>(c.id));
      fixed.executeStep();
      if (fixed.getColumn(0).getString() == "刘堃") continue;  // keep the fixed font-test cadre where it is
      SQLite::Statement insert(db,
                               "INSERT INTO cadre_transfers (cadre_id, from_unit_id, to_unit_id, requested_at) VALUES (?, ?, ?, ?)");
      insert.bind(1, static_cast<int64_t>(c.id));
      insert.bind(2, static_cast<int64_t>(from));
      insert.bind(3, static_cast<int64_t>(to));
      insert.bind(4, static_cast<int64_t>(now - 86400));
      insert.exec();
      return;
    }
  }
};

}  // namespace

bool databaseHasData(SQLite::Database& db) {
  return db.execAndGet("SELECT EXISTS (SELECT 1 FROM regions) OR EXISTS (SELECT 1 FROM accounts)").getInt() != 0;
}

DemoSummary seedDemoData(SQLite::Database& db, const auth::PasswordHasher& hasher, long long nowUnix,
                         const petition::AttachmentStore* files) {
  const std::string hash = hasher.hash(kDemoPassword);  // before the transaction: ~60 ms of CPU
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  if (databaseHasData(db)) throw std::runtime_error("database already holds data; demo data needs an empty one");
  Seeder seeder(db, nowUnix, hash);
  seeder.organisation();
  seeder.people();
  seeder.enterprises();
  seeder.administrators();
  seeder.transfers();
  seedDemoContent(db, nowUnix);  // issue 11: announcements, policies, bulletins, status, contacts, surveys
  if (files) seeder.summary.files = seedDemoFiles(db, *files, nowUnix);
  tx.commit();
  return seeder.summary;
}

std::string describe(const DemoSummary& s) {
  return std::to_string(s.regions) + " 个区域, " + std::to_string(s.units) + " 个单位, " +
         std::to_string(s.industryGroups) + " 个行业组, " + std::to_string(s.cadres) + " 名包联干部, " +
         std::to_string(s.enterprises) + " 家企业, " + std::to_string(s.accounts) + " 个账号" +
         (s.files > 0 ? ", " + std::to_string(s.files) + " 个公告和政策附件" : "");
}

}  // namespace qinqing::backend::demo
