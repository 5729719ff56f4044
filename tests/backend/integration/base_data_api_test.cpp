// The base-data API over HTTP: edits (every field error, 409 on a taken USCC, saved and audited
// with before/after), reveals (audited), masking, paging that clamps, every sort key, filters, and
// search with Chinese text and with LIKE's % and _. Who may do what is authorization_matrix_test's.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/org_json.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::PageRequest;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {


class BaseDataApi : public ::testing::Test {
protected:
  long long xinyuanId() { return selectCount(m_db, std::string("SELECT id FROM enterprises WHERE name = '") + kXinyuan + "'"); }
  std::string xinyuanPath() { return "/api/enterprises/" + std::to_string(xinyuanId()); }
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  json validEdit() {
    return {{"uscc", m_db.execAndGet("SELECT uscc FROM enterprises WHERE id = " + std::to_string(xinyuanId())).getString()},
            {"address", "湖北省十堰市张湾区车城路 8 号"}, {"legal_rep", "王喆"}, {"legal_rep_mobile", "13871234567"},
            {"liaison", "李堃"}, {"liaison_mobile", "13987654321"}, {"intro", "汽车零部件制造"}};
  }
  // A list request as the web client builds it (wire::pageRequestToQuery percent-encodes q).
  static std::string listPath(const char* base, PageRequest request, const std::string& extra = "") {
    return std::string(base) + "?" + qinqing::wire::pageRequestToQuery(request) + extra;
  }
  static PageRequest query(std::string q, int pageSize = 100) {
    PageRequest r;
    r.query = std::move(q);
    r.pageSize = pageSize;
    return r;
  }
  static PageRequest sorted(std::string key, bool descending, int pageSize = 100) {
    PageRequest r;
    r.sort = std::move(key);
    r.descending = descending;
    r.pageSize = pageSize;
    return r;
  }

  TestServer m_server;
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(BaseDataApi, AnEditWithProblemsListsEveryFieldAndChangesNothing) {
  auto cadre = as(Role::Cadre);
  json edit = {{"uscc", "91420300MA4ABCDE0Z"}, {"legal_rep", ""}, {"liaison", "李堃"}, {"liaison_mobile", "1398765"},
               {"legal_rep_mobile", "abc"}, {"intro", std::string(2001, 'x')}};
  auto res = cadre.put(xinyuanPath(), edit);
  ASSERT_EQ(status(res), Status::BadRequest_400);
  auto body = bodyJson(res);
  EXPECT_EQ(body["error"]["code"], "invalid_input");
  std::set<std::string> fields;
  for (const auto& f : body["error"]["fields"]) fields.insert(f["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"uscc", "legal_rep", "legal_rep_mobile", "liaison_mobile", "intro"}));
  EXPECT_EQ(status(cadre.put(xinyuanPath(), json::array())), Status::BadRequest_400);
  EXPECT_EQ(status(m_server.client().Put(xinyuanPath(), bearer(cadre.token), "{not json", "application/json")),
            Status::BadRequest_400);
  EXPECT_EQ(status(cadre.put("/api/enterprises/abc", validEdit())), Status::NotFound_404);
}

TEST_F(BaseDataApi, AUsccOfAnotherEnterpriseIs409OnTheField) {
  auto enterprise = as(Role::Enterprise);
  json edit = validEdit();
  edit["uscc"] = m_db.execAndGet("SELECT uscc FROM enterprises WHERE id <> " + std::to_string(xinyuanId()) +
                                 " ORDER BY id LIMIT 1").getString();
  auto res = enterprise.put(xinyuanPath(), edit);
  ASSERT_EQ(status(res), Status::Conflict_409);
  auto body = bodyJson(res);
  EXPECT_EQ(body["error"]["code"], "conflict");
  EXPECT_EQ(body["error"]["fields"][0]["field"], "uscc");
  EXPECT_EQ(body["error"]["fields"][0]["message"], "该统一社会信用代码已被其他企业使用");
}

TEST_F(BaseDataApi, TheCadresEditIsSavedMaskedForOthersAndAuditedWithBeforeAndAfter) {
  const std::string oldLegalRep =
      m_db.execAndGet("SELECT legal_rep FROM enterprises WHERE id = " + std::to_string(xinyuanId())).getString();
  auto res = as(Role::Cadre).put(xinyuanPath(), validEdit());
  ASSERT_EQ(status(res), Status::OK_200) << res->body;
  EXPECT_EQ(bodyJson(res)["liaison_mobile"], "13987654321");
  EXPECT_EQ(bodyJson(res)["address"], "湖北省十堰市张湾区车城路 8 号");
  auto seen = bodyJson(as(Role::UnitAdmin).get(xinyuanPath()));
  EXPECT_EQ(seen["legal_rep"], "王喆");
  EXPECT_EQ(seen["liaison_mobile"], "139****4321");
  EXPECT_EQ(bodyJson(as(Role::Enterprise).get(xinyuanPath()))["liaison_mobile"], "13987654321");

  auto log = bodyJson(as(Role::AuditAdmin).get("/api/audit?action=enterprise.updated"));
  ASSERT_EQ(log["total"], 1);
  const auto& entry = log["entries"][0];
  EXPECT_EQ(entry["account_label"], "张明");
  EXPECT_EQ(entry["object_type"], "enterprise");
  EXPECT_EQ(entry["object_id"], std::to_string(xinyuanId()));
  EXPECT_EQ(entry["before"]["legal_rep"], oldLegalRep);
  EXPECT_EQ(entry["after"]["legal_rep"], "王喆");
  EXPECT_EQ(entry["action_name"], "修改企业信息");
}

TEST_F(BaseDataApi, TheInspectorReadsButIsToldItCannotWrite) {
  auto inspector = as(Role::Inspector);
  EXPECT_EQ(status(inspector.get(xinyuanPath())), Status::OK_200);
  auto res = inspector.put(xinyuanPath(), validEdit());
  ASSERT_EQ(status(res), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden");
  EXPECT_EQ(bodyJson(res)["error"]["message"], "超级巡查员只能查看，不能修改");
}

TEST_F(BaseDataApi, ARevealGivesTheFullNumberAndLeavesAnAuditEntry) {
  auto dispatcher = as(Role::CityDispatcher);
  EXPECT_EQ(bodyJson(dispatcher.get(xinyuanPath()))["legal_rep_mobile"].get<std::string>().substr(3, 4), "****");
  auto res = dispatcher.post(xinyuanPath() + "/reveal", {{"field", "legal_rep_mobile"}});
  ASSERT_EQ(status(res), Status::OK_200);
  EXPECT_EQ(bodyJson(res)["value"],
            m_db.execAndGet("SELECT legal_rep_mobile FROM enterprises WHERE id = " + std::to_string(xinyuanId())).getString());
  auto bad = dispatcher.post(xinyuanPath() + "/reveal", {{"field", "mobile"}});
  EXPECT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(bad)["error"]["fields"][0]["field"], "field");

  auto log = bodyJson(as(Role::AuditAdmin).get("/api/audit?action=reveal_mobile"));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["account_label"], "双千分办员");
  EXPECT_EQ(log["entries"][0]["object_id"], std::to_string(xinyuanId()));
  EXPECT_EQ(log["entries"][0]["after"]["field"], "legal_rep_mobile");
  EXPECT_EQ(log["entries"][0]["action_name"], "查看完整手机号");
}

TEST_F(BaseDataApi, PagingIsClampedNotRefused) {
  auto admin = as(Role::SystemAdmin);
  auto page = [&](const std::string& params) { return bodyJson(admin.get("/api/enterprises?" + params)); };
  auto first = page("page=0&page_size=1000");
  EXPECT_EQ(first["page"], 1);
  EXPECT_EQ(first["page_size"], qinqing::domain::kMaxPageSize);
  EXPECT_EQ(first["items"].size(), 100u);
  EXPECT_EQ(first["total"], 500);
  auto past = page("page=999&page_size=100");
  EXPECT_EQ(past["page"], 5);
  EXPECT_EQ(past["items"].size(), 100u);
  EXPECT_EQ(page("page_size=0")["page_size"], 1);
  auto fallback = page("page=abc&page_size=-3");
  EXPECT_EQ(fallback["page"], 1);
  EXPECT_EQ(fallback["page_size"], qinqing::domain::kDefaultPageSize);
  // Pages do not overlap.
  std::set<long long> seen;
  for (int p = 1; p <= 5; ++p) {
    const auto body = page("page_size=100&page=" + std::to_string(p));
    for (const auto& item : body["items"]) seen.insert(item["id"].get<long long>());
  }
  EXPECT_EQ(seen.size(), 500u);
}

TEST_F(BaseDataApi, EverySortKeyOrdersTheList) {
  auto admin = as(Role::SystemAdmin);
  auto column = [&](PageRequest r, auto field) {
    std::vector<json> values;
    const auto body = bodyJson(admin.get(listPath("/api/enterprises", r)));
    for (const auto& item : body["items"]) values.push_back(field(item));
    return values;
  };
  auto uscc = [](const json& i) { return i["uscc"]; };
  auto up = column(sorted("uscc", false), uscc);
  EXPECT_TRUE(std::is_sorted(up.begin(), up.end()));
  auto down = column(sorted("uscc", true), uscc);
  EXPECT_TRUE(std::is_sorted(down.rbegin(), down.rend()));
  EXPECT_EQ(column(sorted("uscc", false), uscc).front(),
            json(m_db.execAndGet("SELECT min(uscc) FROM enterprises").getString()));
  auto name = [](const json& i) { return i["name"]; };
  auto byName = column(sorted("name", false), name);
  EXPECT_TRUE(std::is_sorted(byName.begin(), byName.end()));  // code-point order, as SQLite compares
  EXPECT_EQ(column(sorted("no_such_key", false), name), byName);  // an unknown key sorts by name
  // Demo regions and groups get their ids in display order.
  auto regionIds = column(sorted("region", false), [](const json& i) { return i["region"]["id"]; });
  EXPECT_TRUE(std::is_sorted(regionIds.begin(), regionIds.end()));
  auto groupIds = column(sorted("industry_group", true), [](const json& i) { return i["industry_group"]["id"]; });
  EXPECT_TRUE(std::is_sorted(groupIds.rbegin(), groupIds.rend()));
  auto cadres = column(sorted("cadre", false), [](const json& i) { return i["cadre"]["name"]; });
  EXPECT_TRUE(std::is_sorted(cadres.begin(), cadres.end()));

  auto counts = std::vector<int>();
  const auto cadreList = bodyJson(admin.get(listPath("/api/cadres", sorted("enterprise_count", true))));
  for (const auto& c : cadreList["items"]) {
    counts.push_back(c["enterprise_count"].get<int>());
  }
  EXPECT_TRUE(std::is_sorted(counts.rbegin(), counts.rend()));
  EXPECT_EQ(counts.front(), selectCount(m_db, "SELECT max(n) FROM (SELECT count(*) n FROM enterprises GROUP BY cadre_id)"));
}

TEST_F(BaseDataApi, FiltersNarrowTheListAndAMalformedIdIs400) {
  auto admin = as(Role::SystemAdmin);
  auto total = [&](const std::string& path) { return bodyJson(admin.get(path))["total"].get<long long>(); };
  const long long zhangMing = selectCount(m_db, "SELECT cadre_id FROM enterprises WHERE id = " + std::to_string(xinyuanId()));
  EXPECT_EQ(total("/api/enterprises?region_id=3"), selectCount(m_db, "SELECT count(*) FROM enterprises WHERE region_id = 3"));
  EXPECT_EQ(total("/api/enterprises?industry_group_id=2&region_id=1"),
            selectCount(m_db, "SELECT count(*) FROM enterprises WHERE industry_group_id = 2 AND region_id = 1"));
  EXPECT_EQ(total("/api/enterprises?cadre_id=" + std::to_string(zhangMing)),
            selectCount(m_db, "SELECT count(*) FROM enterprises WHERE cadre_id = " + std::to_string(zhangMing)));
  EXPECT_EQ(total("/api/cadres?unit_id=1"), selectCount(m_db, "SELECT count(*) FROM cadres WHERE unit_id = 1"));
  // A filter cannot widen a scope: 茅箭区管理员 asking for another county sees only what is also theirs.
  auto county = as(Role::CountyAdmin);
  auto zhangwan = bodyJson(county.get("/api/enterprises?region_id=3&page_size=100"));
  for (const auto& e : zhangwan["items"]) EXPECT_EQ(e["region"]["id"], 3);
  EXPECT_LT(zhangwan["total"].get<long long>(), total("/api/enterprises?region_id=3"));

  auto bad = admin.get("/api/enterprises?region_id=abc&cadre_id=-1");
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(bad)["error"]["fields"].size(), 2u);
  EXPECT_EQ(status(admin.get("/api/cadres?unit_id=1x")), Status::BadRequest_400);
}

TEST_F(BaseDataApi, SearchTakesChineseTextAndLikeCharactersLiterally) {
  auto admin = as(Role::SystemAdmin);
  auto total = [&](const char* base, const std::string& q) {
    return bodyJson(admin.get(listPath(base, query(q))))["total"].get<long long>();
  };
  EXPECT_EQ(total("/api/enterprises", "汽车零部件"),
            selectCount(m_db, "SELECT count(*) FROM enterprises WHERE instr(name, '汽车零部件') > 0"));
  EXPECT_EQ(total("/api/enterprises", "  鑫源汽车零部件  "), 1);  // trimmed
  EXPECT_EQ(total("/api/enterprises", "%"), 0);
  EXPECT_EQ(total("/api/enterprises", "_"), 0);
  EXPECT_EQ(total("/api/enterprises", "有限%公司"), 0);
  const std::string uscc =
      m_db.execAndGet("SELECT uscc FROM enterprises WHERE id = " + std::to_string(xinyuanId())).getString();
  auto byCode = bodyJson(admin.get(listPath("/api/enterprises", query(uscc.substr(4, 10)))));
  ASSERT_GE(byCode["total"].get<int>(), 1);
  EXPECT_EQ(byCode["items"][0]["uscc"].get<std::string>().substr(4, 10), uscc.substr(4, 10));
  EXPECT_EQ(total("/api/cadres", "经信局"),
            selectCount(m_db, "SELECT count(*) FROM cadres c JOIN units u ON u.id = c.unit_id WHERE "
                              "instr(u.name, '经信局') > 0 OR instr(c.name, '经信局') > 0 OR instr(c.title, '经信局') > 0"));
  EXPECT_EQ(total("/api/cadres", "林𠀀"), 1);
  EXPECT_EQ(total("/api/cadres", "_"), 0);
}

TEST_F(BaseDataApi, ACadreAndTheirEnterprisesAndAnEnterprisesAssignmentHistory) {
  auto admin = as(Role::SystemAdmin);
  const long long zhangMing = selectCount(m_db, "SELECT cadre_id FROM enterprises WHERE id = " + std::to_string(xinyuanId()));
  auto cadre = bodyJson(admin.get("/api/cadres/" + std::to_string(zhangMing)));
  EXPECT_EQ(cadre["name"], "张明");
  EXPECT_EQ(cadre["unit"]["name"], "十堰市经信局");
  EXPECT_TRUE(ApiClient::isMasked(cadre["mobile_masked"].get<std::string>()));
  const auto count = selectCount(m_db, "SELECT count(*) FROM enterprises WHERE cadre_id = " + std::to_string(zhangMing));
  EXPECT_EQ(cadre["enterprise_count"], count);
  ASSERT_EQ(cadre["enterprises"].size(), static_cast<std::size_t>(count));
  bool found = false;
  for (const auto& e : cadre["enterprises"]) found = found || e["name"] == kXinyuan;
  EXPECT_TRUE(found);

  auto history = bodyJson(admin.get(xinyuanPath() + "/assignments"));
  ASSERT_EQ(history["items"].size(), 1u);
  EXPECT_EQ(history["items"][0]["cadre"]["name"], "张明");
  EXPECT_EQ(history["items"][0]["cadre_unit"]["name"], "十堰市经信局");
  EXPECT_TRUE(history["items"][0]["assigned_by"].is_null());
  EXPECT_EQ(history["items"][0]["note"], "演示数据初始分配");
}

}  // namespace
