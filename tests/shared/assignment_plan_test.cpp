#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/validation/uscc.hpp"

using namespace qinqing::domain;

namespace {

std::string uscc(const std::string& sixDigits) {
  const std::string first17 = "91420303MA4" + sixDigits;
  return first17 + *usccCheckChar(first17);
}

const std::vector<std::string> kHeader = {"区域", "单位", "包联干部", "职务", "干部手机", "企业名称", "统一社会信用代码", "行业组"};

// 十堰市 (city) with 十堰市经信局; 茅箭区 with 茅箭区经信局 (王芳, and 赵六 without mobile or account);
// 张湾区 with 张湾区经信局 (李伟). 茅箭区宏远百货有限公司 is served by 王芳.
PlanLookups lookups() {
  PlanLookups l;
  l.regions = {{1, "十堰市", true}, {2, "茅箭区", false}, {3, "张湾区", false}};
  l.units = {{10, 1, "十堰市经信局"}, {20, 2, "茅箭区经信局"}, {30, 3, "张湾区经信局"}};
  l.industryGroups = {{100, "经信"}, {101, "商务"}};
  l.cadres = {{1, 20, "王芳", "局长", "13607191111", true},
              {2, 30, "李伟", "科长", "13507192222", true},
              {3, 20, "赵六", "", "", false}};
  l.enterprises = {{7, "茅箭区宏远百货有限公司", uscc("000007"), 2, 101, 1, "13900000007", true}};
  l.cadreLoginsTaken = {{20, "孤号"}};
  l.enterpriseLoginsTaken = {"十堰市孤号有限公司"};
  return l;
}

std::vector<TableRow> table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<TableRow> out = {{1, kHeader}};
  for (std::size_t i = 0; i < rows.size(); ++i) out.push_back({static_cast<int>(i) + 2, rows[i]});
  return out;
}

AssignmentPlan plan(const std::vector<std::vector<std::string>>& rows) {
  return planAssignments(planTableFromRows(table(rows)), lookups());
}

// The problems of one row, as "column: message".
std::vector<std::string> problemsOf(const AssignmentPlan& p, int row) {
  std::vector<std::string> out;
  for (const auto& problem : p.problems) {
    if (problem.row == row) out.push_back(problem.column + ": " + problem.message);
  }
  return out;
}

bool contains(const std::vector<std::string>& texts, const std::string& part) {
  for (const auto& t : texts) {
    if (t.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST(AssignmentPlanHeader, ColumnsAreFoundByNameInAnyOrderBelowATitle) {
  std::vector<TableRow> rows = {
      {1, {"茅箭区一对一包联分配方案"}},
      {2, {"序号", " 企业名称 ", "统一社会信用代码*", "区域（必填）", "单位", "包联干部", "干部手机号", "\xE3\x80\x80职务"}},
      {3, {"1", " 十堰市新企有限公司\xE3\x80\x80", uscc("000001"), "茅箭区", "茅箭区经信局", "王芳", "13607191111", "局长"}},
      {4, {"", "", "", "", "", "", "", ""}},
      {6, {"2", "十堰市二企有限公司", uscc("000002"), "茅箭区", "茅箭区经信局", "王芳", "13607191111"}},
  };
  PlanTable t = planTableFromRows(rows);
  ASSERT_TRUE(t.problems.empty());
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].row, 3);
  EXPECT_EQ(t.rows[0][PlanColumn::Enterprise], "十堰市新企有限公司");
  EXPECT_EQ(t.rows[0][PlanColumn::Region], "茅箭区");
  EXPECT_EQ(t.rows[0][PlanColumn::Title], "局长");
  EXPECT_EQ(t.rows[1].row, 6);
  EXPECT_EQ(t.rows[1][PlanColumn::Title], "");  // a short row: the missing cells are empty
  EXPECT_EQ(t.rows[1][PlanColumn::IndustryGroup], "");
}

TEST(AssignmentPlanHeader, MissingRequiredColumnsAreNamed) {
  PlanTable t = planTableFromRows({{1, {"区域", "单位", "包联干部", "企业名称"}}, {2, {"茅箭区", "x", "y", "z"}}});
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 1);
  EXPECT_NE(t.problems[0].message.find("干部手机、统一社会信用代码"), std::string::npos) << t.problems[0].message;
}

TEST(AssignmentPlanHeader, NoHeaderAtAllIsAFileProblem) {
  PlanTable t = planTableFromRows({{1, {"a", "b"}}, {2, {"c", "d"}}});
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_EQ(t.problems[0].row, 0);
  EXPECT_NE(t.problems[0].message.find("未找到表头"), std::string::npos);
  EXPECT_EQ(planTableFromRows({}).problems.size(), 1u);
}

TEST(AssignmentPlanHeader, AColumnGivenTwiceAndAnEmptyTableAreProblems) {
  auto header = kHeader;
  header.push_back("企业全称");
  PlanTable twice = planTableFromRows({{1, header}});
  ASSERT_EQ(twice.problems.size(), 1u);
  EXPECT_EQ(twice.problems[0].column, "企业名称");
  EXPECT_NE(twice.problems[0].message.find("第F列和第I列"), std::string::npos) << twice.problems[0].message;

  PlanTable empty = planTableFromRows({{1, kHeader}, {2, {" ", ""}}});
  ASSERT_EQ(empty.problems.size(), 1u);
  EXPECT_NE(empty.problems[0].message.find("没有数据行"), std::string::npos);
}

TEST(AssignmentPlanHeader, MoreRowsThanOneImportTakesIsRefused) {
  std::vector<TableRow> rows = {{1, kHeader}};
  for (std::size_t i = 0; i <= kPlanMaxRows; ++i) rows.push_back({static_cast<int>(i) + 2, {"茅箭区"}});
  PlanTable t = planTableFromRows(rows);
  ASSERT_EQ(t.problems.size(), 1u);
  EXPECT_TRUE(t.rows.empty());
  EXPECT_NE(t.problems[0].message.find("分批导入"), std::string::npos);
}

TEST(AssignmentPlan, ACleanFilePlansCreationsReassignmentsAndAccounts) {
  auto p = plan({
      // a new cadre of a county unit with two new enterprises
      {"茅箭区", "茅箭区经信局", "孙七", "科员", "13800000001", "十堰市新企一有限公司", uscc("000001"), "经信"},
      {"茅箭区", "茅箭区经信局", "孙七", "", "138 0000 0001", "十堰市新企二有限公司", uscc("000002"), "商务组"},
      // the existing enterprise moves from 王芳 to a city cadre (city units serve every region)
      {"茅箭区", "十堰市经信局", "周八", "副局长", "+8613800000002", "茅箭区宏远百货有限公司", uscc("000007"), ""},
      // an existing cadre, same mobile, new 职务
      {"张湾区", "张湾区经信局", "李伟", "副局长", "13507192222", "张湾区新企有限公司", uscc("000003"), ""},
      // an existing cadre without mobile or account gets both
      {"茅箭区", "茅箭区经信局", "赵六", "", "13800000003", "茅箭区新企有限公司", uscc("000004"), ""},
  });
  ASSERT_TRUE(p.clean()) << p.problems[0].row << " " << p.problems[0].message;
  const PlanSummary& s = p.summary;
  EXPECT_EQ(s.rows, 5);
  EXPECT_EQ(s.cadresCreated, 2);      // 孙七, 周八
  EXPECT_EQ(s.cadresUpdated, 2);      // 李伟 (职务), 赵六 (mobile)
  EXPECT_EQ(s.enterprisesCreated, 4);
  EXPECT_EQ(s.assigned, 4);
  EXPECT_EQ(s.reassigned, 1);
  EXPECT_EQ(s.unchanged, 0);
  EXPECT_EQ(s.accountsCreated, 7);    // 孙七, 周八, 赵六 + 4 enterprises
  EXPECT_EQ(s.smsNotices, 3);         // the cadres; the new enterprises gave no liaison mobile

  ASSERT_EQ(p.cadres.size(), 4u);
  EXPECT_EQ(p.cadres[0].name, "孙七");
  EXPECT_EQ(p.cadres[0].mobile, "13800000001");
  EXPECT_EQ(p.cadres[0].title, "科员");
  EXPECT_EQ(p.cadres[1].name, "周八");
  EXPECT_EQ(p.cadres[1].regionId, 1);
  EXPECT_EQ(p.cadres[1].mobile, "13800000002");
  EXPECT_EQ(p.cadres[2].existingId, 2);
  EXPECT_TRUE(p.cadres[2].updateTitle);
  EXPECT_FALSE(p.cadres[2].createAccount);
  EXPECT_TRUE(p.cadres[3].updateMobile);
  EXPECT_TRUE(p.cadres[3].createAccount);

  ASSERT_EQ(p.enterprises.size(), 5u);
  EXPECT_EQ(p.enterprises[0].industryGroupId, 100);
  EXPECT_EQ(p.enterprises[1].industryGroupId, 101);  // "商务组" names the group too
  EXPECT_EQ(p.enterprises[1].cadre, 0u);
  const auto& moved = p.enterprises[2];
  EXPECT_EQ(moved.existingId, 7);
  EXPECT_EQ(moved.change, AssignmentChange::Reassigned);
  EXPECT_EQ(moved.previousCadreId, 1);
  EXPECT_EQ(moved.industryGroupId, 101);  // kept when the file leaves it empty
  EXPECT_FALSE(moved.createAccount);
}

TEST(AssignmentPlan, AnEnterpriseAlreadyWithItsCadreIsUnchanged) {
  auto p = plan({{"茅箭区", "茅箭区经信局", "王芳", "局长", "13607191111", "茅箭区宏远百货有限公司", uscc("000007"), "商务"}});
  ASSERT_TRUE(p.clean());
  EXPECT_EQ(p.summary.unchanged, 1);
  EXPECT_EQ(p.summary.accountsCreated, 0);
  EXPECT_EQ(p.enterprises[0].change, AssignmentChange::Unchanged);
}

TEST(AssignmentPlan, EveryCellProblemIsReportedInChinese) {
  auto p = plan({
      {"茅箭区", "茅箭区经信局", "孙七", "科员", "1380000", "十堰市坏码有限公司", "91420303MA4000001X", "经信"},
      {"武汉市", "武汉市经信局", "", "", "", "", "", "建设"},
      {"张湾区", "茅箭区经信局", "孙七", "", "13800000001", "十堰市甲有限公司", uscc("000011"), ""},
      {"茅箭区", "茅箭区经信局", "孙七", "", "13800000001", "十堰市乙有限公司", "9.14203031234567E+17", ""},
  });
  EXPECT_FALSE(p.clean());
  EXPECT_EQ(p.summary.problemRows, 4);
  auto row2 = problemsOf(p, 2);
  EXPECT_TRUE(contains(row2, "干部手机: 干部手机应为11位手机号码"));
  EXPECT_TRUE(contains(row2, "统一社会信用代码: 统一社会信用代码"));
  auto row3 = problemsOf(p, 3);
  EXPECT_TRUE(contains(row3, "包联干部: 请填写包联干部"));
  EXPECT_TRUE(contains(row3, "企业名称: 请填写企业名称"));
  EXPECT_TRUE(contains(row3, "区域: 区域“武汉市”不存在"));
  EXPECT_TRUE(contains(row3, "单位: 单位“武汉市经信局”不存在"));
  EXPECT_TRUE(contains(row3, "行业组: 行业组“建设”不存在，可填写：经信、商务"));
  auto row4 = problemsOf(p, 4);
  ASSERT_EQ(row4.size(), 1u);
  EXPECT_TRUE(contains(row4, "单位“茅箭区经信局”不属于区域“张湾区”（属于茅箭区）"));
  EXPECT_TRUE(contains(problemsOf(p, 5), "被表格存成了数字"));
  EXPECT_TRUE(p.enterprises.empty());
  EXPECT_EQ(p.summary.cadresCreated, 0);  // nothing is planned from rows with problems
}

TEST(AssignmentPlan, SameNameInOneUnitWithAnotherMobileMustBeToldApart) {
  auto p = plan({
      {"茅箭区", "茅箭区经信局", "孙七", "科员", "13800000001", "十堰市甲有限公司", uscc("000011"), ""},
      {"茅箭区", "茅箭区经信局", "孙七", "科员", "13800000009", "十堰市乙有限公司", uscc("000012"), ""},
      {"张湾区", "张湾区经信局", "孙七", "科员", "13800000009", "十堰市丙有限公司", uscc("000013"), ""},  // another unit: fine
      {"茅箭区", "茅箭区经信局", "孙七", "局长", "13800000001", "十堰市丁有限公司", uscc("000014"), ""},
      {"茅箭区", "茅箭区经信局", "王芳", "", "13600000000", "十堰市戊有限公司", uscc("000015"), ""},
      {"茅箭区", "茅箭区经信局", "孤号", "", "13600000001", "十堰市己有限公司", uscc("000016"), ""},
  });
  auto row3 = problemsOf(p, 3);
  ASSERT_EQ(row3.size(), 1u);
  EXPECT_TRUE(contains(row3, "干部手机: 与第2行的“孙七”手机号不同（138****0001）：同一单位的同名干部须在姓名中加以区分"));
  EXPECT_TRUE(problemsOf(p, 4).empty());
  EXPECT_TRUE(contains(problemsOf(p, 5), "职务: 与第2行同一干部的职务“科员”不一致"));
  EXPECT_TRUE(contains(problemsOf(p, 6), "单位“茅箭区经信局”已有干部“王芳”（手机 136****1111）"));
  EXPECT_TRUE(contains(problemsOf(p, 7), "已有名为“孤号”的干部账号"));
}

TEST(AssignmentPlan, AnEnterpriseIsAssignedOnceAndMatchesTheDatabaseWhole) {
  auto p = plan({
      {"茅箭区", "茅箭区经信局", "孙七", "", "13800000001", "十堰市甲有限公司", uscc("000011"), ""},
      {"茅箭区", "茅箭区经信局", "周八", "", "13800000002", "十堰市甲有限公司", uscc("000011"), ""},
      {"茅箭区", "茅箭区经信局", "周八", "", "13800000002", "十堰市甲有限公司", uscc("000012"), ""},
      {"茅箭区", "茅箭区经信局", "周八", "", "13800000002", "十堰市改名有限公司", uscc("000007"), ""},
      {"茅箭区", "茅箭区经信局", "周八", "", "13800000002", "茅箭区宏远百货有限公司", uscc("000099"), ""},
      {"张湾区", "张湾区经信局", "李伟", "", "13507192222", "茅箭区宏远百货有限公司", uscc("000007"), ""},
      {"茅箭区", "茅箭区经信局", "周八", "", "13800000002", "十堰市孤号有限公司", uscc("000020"), ""},
  });
  EXPECT_TRUE(problemsOf(p, 2).empty());
  EXPECT_TRUE(contains(problemsOf(p, 3), "统一社会信用代码: 该企业已在第2行分配给“孙七”，一家企业只能由一名干部包联"));
  EXPECT_TRUE(contains(problemsOf(p, 4), "企业名称: 企业名称与第2行相同，但统一社会信用代码不同"));
  EXPECT_TRUE(contains(problemsOf(p, 5), "该统一社会信用代码已登记为企业“茅箭区宏远百货有限公司”"));
  EXPECT_TRUE(contains(problemsOf(p, 6), "企业“茅箭区宏远百货有限公司”已登记，统一社会信用代码为 " + uscc("000007")));
  EXPECT_TRUE(contains(problemsOf(p, 7), "区域: 该企业已登记在“茅箭区”，与表中区域“张湾区”不一致"));
  EXPECT_TRUE(contains(problemsOf(p, 8), "已有名为“十堰市孤号有限公司”的企业账号"));
  // Only row 2 is clean: 孙七 is planned; 周八, named only by rows with problems, is not.
  ASSERT_EQ(p.cadres.size(), 1u);
  EXPECT_EQ(p.cadres[0].name, "孙七");
  EXPECT_EQ(p.summary.cadresCreated, 1);
  EXPECT_EQ(p.summary.problems, static_cast<int>(p.problems.size()));
}

TEST(AssignmentPlan, NumbersAreNormalisedAsPeopleTypeThem) {
  EXPECT_EQ(normalizeMobileText("138 0000-0001"), "13800000001");
  EXPECT_EQ(normalizeMobileText("+86 13800000001"), "13800000001");
  EXPECT_EQ(normalizeMobileText("8613800000001"), "13800000001");
  EXPECT_EQ(normalizeMobileText("\xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x98" "00000001"), "13800000001");  // １３８
  EXPECT_EQ(normalizeMobileText("0719-8111697"), "07198111697");  // a landline stays wrong, and is reported
  std::string lower = uscc("000001");
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto p = plan({{"茅箭区", "茅箭区经信局", "孙七", "", "13800000001", "十堰市甲有限公司", " " + lower + " ", ""}});
  ASSERT_TRUE(p.clean());
  EXPECT_EQ(p.enterprises[0].uscc, uscc("000001"));
}

TEST(AssignmentPlan, ProgressIsReportedUpToTheLastRow) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 600; ++i) {
    char digits[8];
    std::snprintf(digits, sizeof digits, "%06d", 100 + i);
    rows.push_back({"茅箭区", "茅箭区经信局", "孙七", "", "13800000001", "十堰市企业" + std::to_string(i) + "有限公司", uscc(digits), ""});
  }
  std::vector<std::size_t> seen;
  auto p = planAssignments(planTableFromRows(table(rows)), lookups(), [&](std::size_t n) { seen.push_back(n); });
  ASSERT_TRUE(p.clean());
  EXPECT_EQ(p.summary.enterprisesCreated, 600);
  EXPECT_EQ(p.summary.cadresCreated, 1);
  ASSERT_GE(seen.size(), 3u);
  EXPECT_EQ(seen.front(), 256u);
  EXPECT_EQ(seen.back(), 600u);
}

TEST(AssignmentPlan, TheTemplateIsTheHeaderInUtf8WithBom) {
  const std::string csv = assignmentPlanTemplateCsv();
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF区域,单位,包联干部,职务,干部手机,企业名称,统一社会信用代码,行业组,联络员,联络员手机\r\n", 0), 0u);
  std::vector<std::string> cells;
  for (auto c : planColumns()) cells.emplace_back(planColumnHeader(c));
  cells[0] = "\xEF\xBB\xBF" + cells[0];  // read back as a reader that kept the BOM would
  EXPECT_TRUE(planTableFromRows({{1, cells}}).problems.size() == 1);  // only "no data rows"
  EXPECT_NE(planTableFromRows({{1, cells}}).problems[0].message.find("没有数据行"), std::string::npos);
}
