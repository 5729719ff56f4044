// `qinqing import [--dry-run] FILE --data DIR`: the real binary on a running server's data
// directory — problems in Chinese with exit 6 and nothing written, a clean dry run, the import.
#include <gtest/gtest.h>
#include <iconv.h>

#include <fstream>

#include "base_data_client.hpp"
#include "cli_runner.hpp"
#include "import_files.hpp"

using namespace qinqing::backend::testsupport;

namespace {

std::string writeFile(const TempDir& dir, const std::string& name, const std::string& bytes) {
  const auto path = dir.path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

// What Excel on Chinese Windows saves as "CSV": GBK without a byte-order mark.
std::string toGbk(std::string utf8) {
  if (utf8.rfind("\xEF\xBB\xBF", 0) == 0) utf8.erase(0, 3);
  iconv_t cd = iconv_open("GBK", "UTF-8");
  std::string out(utf8.size() * 2, '\0');
  char* in = utf8.data();
  char* o = out.data();
  std::size_t inLeft = utf8.size(), outLeft = out.size();
  iconv(cd, &in, &inLeft, &o, &outLeft);
  iconv_close(cd);
  out.resize(out.size() - outLeft);
  return out;
}

}  // namespace

TEST(ImportCli, ProblemsThenADryRunThenTheImport) {
  TestServer server;
  TempDir files;
  const std::string data = server.dataDir().string();
  auto db = openReadOnly(server);
  const long long cadres = selectCount(db, "SELECT count(*) FROM cadres");

  const std::string bad = writeFile(files, "bad.csv", toGbk(planCsv("命令行干部", 3, true)));
  auto refused = runQinqing({"import", bad, "--data", data});
  EXPECT_EQ(refused.exitCode, 6) << refused.err;
  EXPECT_NE(refused.out.find("第 2 行 · 统一社会信用代码：统一社会信用代码校验位不正确"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("发现 1 处问题（涉及 1 行），未导入任何数据"), std::string::npos) << refused.out;
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM cadres"), cadres);

  const std::string good = writeFile(files, "good.csv", toGbk(planCsv("命令行干部", 3)));
  auto dry = runQinqing({"import", "--dry-run", good, "--data", data});
  EXPECT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("检查完成，没有发现问题。共 3 行：新建干部 1 名，新建企业 3 家"), std::string::npos) << dry.out;
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM cadres"), cadres);

  auto applied = runQinqing({"import", good, "--data", data});
  EXPECT_EQ(applied.exitCode, 0) << applied.err;
  EXPECT_NE(applied.out.find("导入完成。"), std::string::npos) << applied.out;
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM cadres"), cadres + 1);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM audit_log WHERE action = 'import.assignment_plan' "
                            "AND account_label = '命令行导入'"),
            1);

  // The same file again: nothing left to do.
  auto again = runQinqing({"import", "--dry-run", good, "--data", data});
  EXPECT_EQ(again.exitCode, 0);
  EXPECT_NE(again.out.find("无变化 3 行"), std::string::npos) << again.out;
}

TEST(ImportCli, AMissingFileOrDatabaseIsExit1) {
  TempDir dir;
  const std::string file = writeFile(dir, "plan.csv", planCsv("命令行干部", 1));
  auto noDb = runQinqing({"import", "--dry-run", file, "--data", (dir.path() / "nowhere").string()});
  EXPECT_EQ(noDb.exitCode, 1);
  EXPECT_NE(noDb.err.find("没有数据库"), std::string::npos) << noDb.err;
  auto noFile = runQinqing({"import", (dir.path() / "missing.csv").string(), "--data", dir.path().string()});
  EXPECT_EQ(noFile.exitCode, 1);
  EXPECT_NE(noFile.err.find("无法读取文件"), std::string::npos);
  EXPECT_NE(runQinqing({"import"}).exitCode, 0);  // FILE is required (CLI11 answers the usage error)
}
