// 组织机构 over HTTP (系统管理员): regions with unit counts, a region's units paged and searched,
// adding a unit (unique name within its region, 409 in Chinese), renaming one, validation, and the
// industry groups with the department that runs each. Every write is audited.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class OrganisationApi : public ::testing::Test {
protected:
  ApiClient admin() { return ApiClient{m_server, loginAs(m_server, Role::SystemAdmin)}; }
  long long regionId(const std::string& name) {
    return selectCount(m_db, "SELECT id FROM regions WHERE name = '" + name + "'");
  }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(OrganisationApi, RegionsInDisplayOrderWithUnitCounts) {
  auto body = bodyJson(admin().get("/api/regions"));
  ASSERT_EQ(body["items"].size(), 11u);
  EXPECT_EQ(body["items"][0]["name"], "十堰市");
  EXPECT_EQ(body["items"][0]["kind_name"], "市级");
  EXPECT_EQ(body["items"][1]["name"], "茅箭区");
  EXPECT_EQ(body["items"][1]["kind"], "county");
  EXPECT_EQ(body["items"][10]["kind"], "zone");
  long long units = 0;
  for (const auto& r : body["items"]) {
    EXPECT_EQ(r["unit_count"], selectCount(m_db, "SELECT count(*) FROM units WHERE region_id = " + std::to_string(r["id"].get<long long>())));
    units += r["unit_count"].get<long long>();
  }
  EXPECT_EQ(units, selectCount(m_db, "SELECT count(*) FROM units"));
}

TEST_F(OrganisationApi, UnitsOfARegionPagedAndSearched) {
  auto api = admin();
  const long long city = regionId("十堰市");
  auto listing = api.listAll("/api/units?region_id=" + std::to_string(city));
  ASSERT_EQ(listing.status, Status::OK_200);
  EXPECT_EQ(listing.ids, selectIds(m_db, "SELECT id FROM units WHERE region_id = " + std::to_string(city)));
  auto page = bodyJson(api.get("/api/units?region_id=" + std::to_string(city) + "&page_size=3&page=2"));
  EXPECT_EQ(page["items"].size(), 3u);
  EXPECT_EQ(page["page"], 2);
  EXPECT_EQ(page["items"][0]["region"]["name"], "十堰市");

  auto all = api.listAll("/api/units");
  EXPECT_EQ(all.total, selectCount(m_db, "SELECT count(*) FROM units"));

  auto search = bodyJson(api.get("/api/units?q=%E7%BB%8F%E4%BF%A1"));  // 经信
  ASSERT_GT(search["total"].get<int>(), 0);
  for (const auto& u : search["items"]) EXPECT_NE(u["name"].get<std::string>().find("经信"), std::string::npos);

  auto byCount = bodyJson(api.get("/api/units?sort=cadre_count&order=desc&page_size=100"));
  int previous = 1 << 30;
  for (const auto& u : byCount["items"]) {
    EXPECT_LE(u["cadre_count"].get<int>(), previous);
    previous = u["cadre_count"].get<int>();
  }
  EXPECT_EQ(status(api.get("/api/units?region_id=abc")), Status::BadRequest_400);
}

TEST_F(OrganisationApi, AddsAUnitToARegionOnlyOncePerName) {
  auto api = admin();
  const long long maojian = regionId("茅箭区");
  const long long before = selectCount(m_db, "SELECT count(*) FROM units WHERE region_id = " + std::to_string(maojian));
  auto res = api.post("/api/units", {{"region_id", maojian}, {"name", "　茅箭区数据局 "}});
  ASSERT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
  auto unit = bodyJson(res);
  EXPECT_EQ(unit["name"], "茅箭区数据局");  // trimmed, the full-width space too
  EXPECT_EQ(unit["region"]["name"], "茅箭区");
  EXPECT_EQ(unit["cadre_count"], 0);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM units WHERE region_id = " + std::to_string(maojian)), before + 1);

  // Shown last in its region's display order, and offered at login.
  auto page = bodyJson(api.get("/api/units?page_size=100&region_id=" + std::to_string(maojian)));
  EXPECT_EQ(page["items"].back()["name"], "茅箭区数据局");
  auto options = bodyJson(m_server.client().Get("/api/login-options"));
  bool offered = false;
  for (const auto& u : options["units"]) offered |= u["name"] == "茅箭区数据局";
  EXPECT_TRUE(offered);

  auto again = api.post("/api/units", {{"region_id", maojian}, {"name", "茅箭区数据局"}});
  ASSERT_EQ(status(again), Status::Conflict_409);
  EXPECT_EQ(bodyJson(again)["error"]["fields"][0]["field"], "name");
  EXPECT_EQ(bodyJson(again)["error"]["message"], "茅箭区已有名为“茅箭区数据局”的单位，同一区域内单位名称不能重复");
  // The same name in another region is another unit.
  EXPECT_EQ(status(api.post("/api/units", {{"region_id", regionId("张湾区")}, {"name", "茅箭区数据局"}})), Status::Created_201);

  auto bad = api.post("/api/units", {{"name", ""}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  auto fields = bodyJson(bad)["error"]["fields"];
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0]["message"], "请选择所属区域");
  EXPECT_EQ(fields[1]["message"], "请填写单位名称");
  auto unknown = api.post("/api/units", {{"region_id", 999999}, {"name", "某单位"}});
  EXPECT_EQ(status(unknown), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(unknown)["error"]["fields"][0]["field"], "region_id");
  EXPECT_EQ(status(api.post("/api/units", {{"region_id", maojian}, {"name", std::string(51 * 3, 'a')}})),
            Status::BadRequest_400);

  ApiClient auditor{m_server, loginAs(m_server, Role::AuditAdmin)};
  auto log = bodyJson(auditor.get("/api/audit?action=org.unit_created"));
  ASSERT_EQ(log["total"], 2);
  EXPECT_EQ(log["entries"][1]["after"]["name"], "茅箭区数据局");
  EXPECT_EQ(log["entries"][1]["after"]["region"], "茅箭区");
}

TEST_F(OrganisationApi, RenamesAUnit) {
  auto api = admin();
  const long long unit = m_server.unitId("十堰市商务局");
  auto res = api.put("/api/units/" + std::to_string(unit), {{"name", "十堰市商务和粮食局"}});
  ASSERT_EQ(status(res), Status::OK_200) << (res ? res->body : "");
  EXPECT_EQ(bodyJson(res)["name"], "十堰市商务和粮食局");
  EXPECT_EQ(m_server.unitId("十堰市商务和粮食局"), unit);

  // The same name again changes nothing; another unit's name in the region is refused.
  EXPECT_EQ(status(api.put("/api/units/" + std::to_string(unit), {{"name", "十堰市商务和粮食局"}})), Status::OK_200);
  auto taken = api.put("/api/units/" + std::to_string(unit), {{"name", "十堰市经信局"}});
  EXPECT_EQ(status(taken), Status::Conflict_409);
  EXPECT_EQ(bodyJson(taken)["error"]["code"], "conflict");
  EXPECT_EQ(status(api.put("/api/units/999999", {{"name", "某单位"}})), Status::NotFound_404);
  EXPECT_EQ(status(api.put("/api/units/" + std::to_string(unit), {{"name", " "}})), Status::BadRequest_400);

  ApiClient auditor{m_server, loginAs(m_server, Role::AuditAdmin)};
  auto log = bodyJson(auditor.get("/api/audit?action=org.unit_renamed"));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["before"]["name"], "十堰市商务局");
  EXPECT_EQ(log["entries"][0]["after"]["name"], "十堰市商务和粮食局");
}

TEST_F(OrganisationApi, IndustryGroupsWithTheirDepartments) {
  auto body = bodyJson(admin().get("/api/industry-groups"));
  ASSERT_EQ(body["items"].size(), 6u);
  std::vector<std::string> names;
  long long enterprises = 0;
  for (const auto& g : body["items"]) {
    names.push_back(g["name"]);
    EXPECT_TRUE(g["unit"].is_object());
    enterprises += g["enterprise_count"].get<long long>();
  }
  EXPECT_EQ(names, (std::vector<std::string>{"经信", "住建", "商务", "交通", "农业", "文旅"}));
  EXPECT_EQ(body["items"][0]["unit"]["name"], "十堰市经信局");
  EXPECT_EQ(enterprises, selectCount(m_db, "SELECT count(*) FROM enterprises WHERE industry_group_id IS NOT NULL"));
}

}  // namespace
