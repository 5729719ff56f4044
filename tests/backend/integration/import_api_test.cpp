// The import API against the real server: check a file with a bad row, see the Chinese problem,
// be refused the apply, fix the file, check again, apply it, follow the progress by long polling,
// and find the new cadre in the base data. Other roles are refused (authorization_matrix_test).
#include <gtest/gtest.h>

#include <chrono>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "import_files.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

struct Importer {
  const TestServer& server;
  std::string token;

  httplib::Result upload(const std::string& mode, const std::string& body) const {
    return server.client().Post("/api/import/jobs?mode=" + mode + "&file_name=%E8%8C%85%E7%AE%AD%E5%8C%BA.csv",
                                bearer(token), body, "application/octet-stream");
  }

  // Polls with after_version until the job ends; every answer's version must grow.
  nlohmann::json follow(nlohmann::json job, std::vector<std::string>* phases = nullptr) const {
    for (int i = 0; i < 300; ++i) {
      const std::string phase = job["phase"];
      if (phases && (phases->empty() || phases->back() != phase)) phases->push_back(phase);
      if (phase == "done" || phase == "failed") return job;
      const long long version = job["version"];
      auto res = server.client().Get("/api/import/jobs/" + std::to_string(job["id"].get<long long>()) +
                                         "?after_version=" + std::to_string(version),
                                     bearer(token));
      EXPECT_EQ(status(res), Status::OK_200);
      if (status(res) != Status::OK_200) return job;
      job = bodyJson(res);
      EXPECT_GT(job["version"].get<long long>(), version);
    }
    ADD_FAILURE() << "the job did not finish";
    return job;
  }

  nlohmann::json run(const std::string& mode, const std::string& body, std::vector<std::string>* phases = nullptr) const {
    auto res = upload(mode, body);
    EXPECT_EQ(status(res), Status::Accepted_202) << (res ? res->body : "");
    auto job = bodyJson(res);
    EXPECT_EQ(job["file_name"], "茅箭区.csv");
    return follow(job, phases);
  }
};

}  // namespace

TEST(ImportApi, CheckFixApplyAndFindTheNewCadre) {
  TestServer server;
  Importer admin{server, loginAs(server, Role::SystemAdmin)};

  const std::string bad = planCsv("导入干部甲", 3, true);
  auto checked = admin.run("check", bad);
  EXPECT_EQ(checked["phase"], "done");
  EXPECT_EQ(checked["summary"]["problems"], 1);
  EXPECT_EQ(checked["summary"]["rows"], 3);
  auto problems = bodyJson(server.client().Get(
      "/api/import/jobs/" + std::to_string(checked["id"].get<long long>()) + "/problems?page_size=10", bearer(admin.token)));
  ASSERT_EQ(problems["total"], 1);
  EXPECT_EQ(problems["items"][0]["row"], 2);
  EXPECT_EQ(problems["items"][0]["column"], "统一社会信用代码");
  EXPECT_EQ(problems["items"][0]["message"], "统一社会信用代码校验位不正确");

  // Not clean: the apply is refused and nothing is written.
  auto refused = admin.upload("apply", bad);
  EXPECT_EQ(status(refused), Status::Conflict_409);
  EXPECT_EQ(bodyJson(refused)["error"]["code"], "conflict");

  const std::string fixed = planCsv("导入干部甲", 1500);
  auto clean = admin.run("check", fixed);
  EXPECT_EQ(clean["summary"]["problems"], 0);
  EXPECT_EQ(clean["summary"]["cadres_created"], 1);
  EXPECT_EQ(clean["summary"]["enterprises_created"], 1500);
  EXPECT_EQ(clean["summary"]["sms_notices"], 1);
  EXPECT_EQ(clean["sha256"].get<std::string>().size(), 64u);

  std::vector<std::string> phases;
  auto applied = admin.run("apply", fixed, &phases);
  EXPECT_EQ(applied["phase"], "done");
  EXPECT_EQ(applied["applied"], true);
  EXPECT_EQ(applied["rows_done"], 1500);
  EXPECT_EQ(applied["rows_total"], 1500);
  EXPECT_EQ(phases.front(), "queued");
  EXPECT_EQ(phases.back(), "done");
  EXPECT_NE(applied["message"].get<std::string>().find("导入完成"), std::string::npos);

  ApiClient api{server, admin.token};
  auto cadres = bodyJson(api.get("/api/cadres?q=" + std::string("%E5%AF%BC%E5%85%A5%E5%B9%B2%E9%83%A8%E7%94%B2")));
  ASSERT_EQ(cadres["total"], 1);
  EXPECT_EQ(cadres["items"][0]["unit"]["name"], "茅箭区经信局");
  EXPECT_EQ(cadres["items"][0]["enterprise_count"], 1500);

  auto db = openReadOnly(server);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM accounts WHERE password_hash = '' AND login_name LIKE '十堰市导入测试%'"), 1500);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM audit_log WHERE action = 'import.assignment_plan'"), 1);
}

TEST(ImportApi, AFinishedJobAnswersAPollAtOnce) {
  TestServer server;
  Importer admin{server, loginAs(server, Role::SystemAdmin)};
  auto done = admin.run("check", planCsv("导入干部乙", 2));
  ASSERT_EQ(done["phase"], "done");
  // A finished job answers at once, whatever version the poller names.
  const auto start = std::chrono::steady_clock::now();
  auto res = server.client().Get("/api/import/jobs/" + std::to_string(done["id"].get<long long>()) + "?after_version=999",
                                 bearer(admin.token));
  EXPECT_EQ(status(res), Status::OK_200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
}

TEST(ImportApi, BadRequestsAreAnsweredInChinese) {
  TestServer server;
  Importer admin{server, loginAs(server, Role::SystemAdmin)};
  auto noMode = bodyJson(admin.upload("", "x"));
  EXPECT_EQ(noMode["error"]["fields"][0]["field"], "mode");
  auto empty = admin.upload("check", "");
  EXPECT_EQ(status(empty), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(empty)["error"]["fields"][0]["field"], "file");
  EXPECT_EQ(status(server.client().Get("/api/import/jobs/77", bearer(admin.token))), Status::NotFound_404);
  EXPECT_EQ(status(server.client().Get("/api/import/jobs/77/problems", bearer(admin.token))), Status::NotFound_404);

  // A file that is no table: the check ends with the one problem of the file.
  auto job = admin.run("check", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  EXPECT_EQ(job["summary"]["problems"], 1);
  auto problems = bodyJson(server.client().Get("/api/import/jobs/" + std::to_string(job["id"].get<long long>()) + "/problems",
                                               bearer(admin.token)));
  EXPECT_EQ(problems["items"][0]["row"], 0);
  EXPECT_NE(problems["items"][0]["message"].get<std::string>().find(".xls"), std::string::npos);
}

TEST(ImportApi, OnlyTheSystemAdministratorImports) {
  TestServer server;
  for (const auto& account : kDemoAccounts) {
    if (account.role == Role::SystemAdmin) continue;
    SCOPED_TRACE(account.loginName);
    Importer other{server, loginAs(server, account)};
    EXPECT_EQ(status(other.upload("check", planCsv("导入干部丙", 1))), Status::Forbidden_403);
    EXPECT_EQ(status(server.client().Get("/api/import/jobs/1", bearer(other.token))), Status::Forbidden_403);
    EXPECT_EQ(status(server.client().Get("/api/import/jobs/1/problems", bearer(other.token))), Status::Forbidden_403);
  }
}
