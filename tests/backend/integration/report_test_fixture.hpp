// The reports' API tests' four petitions with hand-checked outcomes (reports_api_test,
// petition_details_api_test), and reading one entry of an .xlsx (a zip) back.
#pragma once

#include <zip.h>

#include "petition_test_support.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::backend::testsupport {
using domain::PetitionAction;
using domain::Rating;
using nlohmann::json;

inline const std::string kMarch = "from=2026-03-01&to=2026-03-31";

class ReportsApi : public ::testing::Test {
protected:
  FakeClock clock{cst(2026, 3, 2, 9, 0)};
  TestServer server{TestServer::Options{.clock = clock}};
  PetitionApi api{server, &clock};
  long long p1 = 0, p2 = 0, p3 = 0, p4 = 0;

  // Mon 2026-03-02: P1 to 经信局, signed at once, result on Tue, rated 满意. P2 to 经信局, signed on
  // Wed 03-04 (its 1 working day ended with Tue: late). P3 to 茅箭区, never signed (overdue from
  // Wed). P4 approved, not routed yet. Read on Wed 03-04 at 15:00.
  void SetUp() override {
    const long long jingxin = api.unitId(kJingxinju);
    p1 = api.submitNew().summary.id;
    p2 = api.submitNew().summary.id;
    p3 = api.submitNew().summary.id;
    p4 = api.submitNew().summary.id;
    for (long long id : {p1, p2, p3, p4}) api.actOk(api.cadre(), id, PetitionAction::Approve);
    api.actOk(api.cityDispatcher(), p1, PetitionAction::Dispatch, body::dispatchTo("unit", jingxin));
    api.actOk(api.cityDispatcher(), p2, PetitionAction::Dispatch, body::dispatchTo("unit", jingxin));
    api.actOk(api.cityDispatcher(), p3, PetitionAction::Dispatch, body::dispatchTo("county", api.regionId(kMaojian)));
    api.actOk(api.unitAdmin(), p1, PetitionAction::Sign);
    api.setTime(cst(2026, 3, 3, 10, 0));
    api.actOk(api.unitAdmin(), p1, PetitionAction::SubmitResult, body::result("已协调完成道路连通。"));
    api.actOk(api.enterprise(), p1, PetitionAction::Rate, body::rating(Rating::Satisfied));
    api.setTime(cst(2026, 3, 4, 10, 0));
    api.actOk(api.unitAdmin(), p2, PetitionAction::Sign);
    api.setTime(cst(2026, 3, 4, 15, 0));
  }

  json stats(const std::string& token, const std::string& query, int expected = 200) {
    auto res = api.get(token, "/api/reports/petition-stats?" + query);
    EXPECT_TRUE(res && res->status == expected) << (res ? res->body : "no answer");
    return bodyJson(res);
  }
  static const json& row(const json& body, const std::string& name) {
    for (const auto& r : body["rows"])
      if (r["name"] == name) return r;
    ADD_FAILURE() << "no row " << name << " in " << body.dump();
    static const json none = json::object();
    return none;
  }
  static const json& total(const json& body) { return body["rows"].back(); }
};

inline std::string zipEntry(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) return "";
  std::string out;
  if (zip_file_t* file = zip_fopen(archive, name, 0)) {
    char buffer[4096];
    zip_int64_t n = 0;
    while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
    zip_fclose(file);
  }
  zip_close(archive);
  return out;
}

}  // namespace qinqing::backend::testsupport
