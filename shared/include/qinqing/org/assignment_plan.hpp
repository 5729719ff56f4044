// The county's 一对一包联分配方案 (notice §21: each county sends its plan of cadres and the
// enterprises each serves, and is deployed from it): the columns of the import file, finding them in
// a table as read, every row's problems in Chinese, and the plan of what an import creates and
// changes. Pure: the caller reads the file (backend/src/import) and passes what the database
// knows (PlanLookups); nothing here touches a file or the database.
//
// The rules, one place for the dry run, the import itself and the command line:
//  - Columns are found by their header (区域, 单位, 包联干部, 职务, 干部手机, 企业名称,
//    统一社会信用代码, 行业组, 联络员, 联络员手机), in any order, with surrounding spaces and a
//    trailing * or （必填） tolerated. A title row above the header is allowed (first 10 rows).
//  - 区域 is the enterprise's region. The unit must belong to it, or be a city-level unit (city
//    departments serve enterprises anywhere, as 十堰市经信局 does).
//  - A cadre is (unit, name), the pair they log in with (§1). Two rows naming the same cadre must
//    agree on the mobile; a different mobile means two people of one name in one unit, who must be
//    told apart in the file (张明（大）). The same holds against a cadre already on the roster.
//  - An enterprise is known by its USCC and its full name (its login name, §13): both must match an
//    existing one or neither may exist. It appears once in the file (一对一: exactly one cadre).
//  - Applying the plan needs a plan without problems: a file with any problem is refused whole.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qinqing::domain {

enum class PlanColumn {
  Region,         // 区域 (required)
  Unit,           // 单位 (required)
  Cadre,          // 包联干部 (required)
  Title,          // 职务
  CadreMobile,    // 干部手机 (required; gets the account notice)
  Enterprise,     // 企业名称 (required; the full registered name)
  Uscc,           // 统一社会信用代码 (required)
  IndustryGroup,  // 行业组 (urban enterprises, §22)
  Liaison,        // 联络员 (new enterprises only)
  LiaisonMobile,  // 联络员手机 (new enterprises only; gets the enterprise account's notice)
};
inline constexpr std::size_t kPlanColumnCount = 10;
const std::array<PlanColumn, kPlanColumnCount>& planColumns();

// The header as the template spells it: 区域, 单位, … .
std::string_view planColumnHeader(PlanColumn column);
bool planColumnRequired(PlanColumn column);

// The template offered for download: the header row and one example row, CSV with CRLF line ends,
// UTF-8 with a byte-order mark (so Excel opens it as UTF-8).
std::string assignmentPlanTemplateCsv();

// A single import takes at most this many data rows (a county's plan has a few thousand).
inline constexpr std::size_t kPlanMaxRows = 50000;
// The header is looked for in the first rows (a title row may sit above it).
inline constexpr int kPlanHeaderSearchRows = 10;

// One row of a table as read from a file: its number as a spreadsheet shows it (1-based) and its
// cells as text (numbers already written out as digits by the reader).
struct TableRow {
  int number = 0;
  std::vector<std::string> cells;
};

// A problem of the file (row 0: the file as a whole) or of one cell (column: its header).
struct PlanProblem {
  int row = 0;
  std::string column;
  std::string message;
  bool operator==(const PlanProblem&) const = default;
};

// A data row with its cells trimmed (ASCII spaces, U+3000, no-break spaces) and placed by column.
struct PlanRow {
  int row = 0;
  std::array<std::string, kPlanColumnCount> cells;
  const std::string& operator[](PlanColumn column) const { return cells[static_cast<std::size_t>(column)]; }
  std::string& operator[](PlanColumn column) { return cells[static_cast<std::size_t>(column)]; }
};

struct PlanTable {
  std::vector<PlanRow> rows;          // the non-blank rows after the header
  std::vector<PlanProblem> problems;  // no header, missing required columns, a column twice, too many rows
};

// Finds the header among the first kPlanHeaderSearchRows rows and returns the rows below it.
// Problems: no header found, required columns missing (listed), a column given twice, no data
// rows, more than kPlanMaxRows rows. Unknown columns (序号, 备注) are ignored.
PlanTable planTableFromRows(const std::vector<TableRow>& table);

// What the database holds, as the rules need it. The backend fills it in the transaction that
// applies the plan, so the check and the write see the same data.
struct PlanLookups {
  struct Region {
    long long id = 0;
    std::string name;
    bool city = false;  // 十堰市 itself: its units may serve enterprises of every region
  };
  struct Unit {
    long long id = 0;
    long long regionId = 0;
    std::string name;
  };
  struct IndustryGroup {
    long long id = 0;
    std::string name;  // 经信, 住建, …
  };
  struct Cadre {
    long long id = 0;
    long long unitId = 0;
    std::string name;
    std::string title;
    std::string mobile;
    bool hasAccount = false;
  };
  struct Enterprise {
    long long id = 0;
    std::string name;
    std::string uscc;
    long long regionId = 0;
    std::optional<long long> industryGroupId;
    std::optional<long long> cadreId;
    std::string liaisonMobile;  // the mobile an account made for it now would be told at
    bool hasAccount = false;
  };
  std::vector<Region> regions;
  std::vector<Unit> units;
  std::vector<IndustryGroup> industryGroups;
  std::vector<Cadre> cadres;
  std::vector<Enterprise> enterprises;
  // Login names of every cadre and enterprise account: a new cadre or enterprise must not take one
  // (a cadre's login is unique within its unit, an enterprise's among enterprise accounts).
  std::vector<std::pair<long long, std::string>> cadreLoginsTaken;  // (unit id, login name)
  std::vector<std::string> enterpriseLoginsTaken;
};

// A cadre the plan names: on the roster already (existingId) or to be created.
struct PlannedCadre {
  std::optional<long long> existingId;
  long long unitId = 0;
  long long regionId = 0;  // the unit's region (the account's)
  std::string name;
  std::string title;   // as it will be stored (the roster's when the file leaves it empty)
  std::string mobile;
  int firstRow = 0;
  bool createAccount = false;  // a new cadre, or one on the roster without an account
  bool updateTitle = false;    // an existing cadre whose 职务 the file changes
  bool updateMobile = false;   // an existing cadre without a mobile on record
};

enum class AssignmentChange {
  Unchanged,   // the enterprise's cadre already is this one
  Assigned,    // a new enterprise, or one that had no cadre
  Reassigned,  // the enterprise moves from another cadre to this one
};

struct PlannedEnterprise {
  int row = 0;
  std::optional<long long> existingId;
  std::string name;
  std::string uscc;  // normalised
  long long regionId = 0;
  std::optional<long long> industryGroupId;
  bool updateIndustryGroup = false;  // an existing enterprise the file puts in another 行业组
  bool createAccount = false;        // a new enterprise, or one without an account
  std::string liaison;               // new enterprises only
  std::string liaisonMobile;
  std::size_t cadre = 0;             // index into AssignmentPlan::cadres
  std::optional<long long> previousCadreId;
  AssignmentChange change = AssignmentChange::Assigned;
};

struct PlanSummary {
  int rows = 0;             // data rows read
  int problems = 0;         // problems found (file-level ones included)
  int problemRows = 0;      // rows with at least one problem
  int cadresCreated = 0;
  int cadresUpdated = 0;    // 职务 or a missing mobile filled in
  int enterprisesCreated = 0;
  int enterprisesUpdated = 0;  // 行业组 changed
  int assigned = 0;         // enterprises given their first cadre (new ones included)
  int reassigned = 0;
  int unchanged = 0;        // rows that change nothing
  int accountsCreated = 0;  // waiting for activation (no password)
  int smsNotices = 0;       // account notices queued (accounts with a mobile on record)
  bool operator==(const PlanSummary&) const = default;
};

struct AssignmentPlan {
  std::vector<PlanProblem> problems;  // in row order, file-level ones first
  std::vector<PlannedCadre> cadres;
  std::vector<PlannedEnterprise> enterprises;
  PlanSummary summary;
  bool clean() const { return problems.empty(); }
};

// Called with the number of rows checked so far (every few hundred rows and at the end).
using PlanProgress = std::function<void(std::size_t rowsChecked)>;

// Checks every row of `table` against the rules above and the lookups, and plans the import.
// The table's own problems are carried over. Rows with a problem are left out of the plan; a plan
// with problems must not be applied.
AssignmentPlan planAssignments(const PlanTable& table, const PlanLookups& lookups, const PlanProgress& progress = {});

// 11 digits as the database stores them: spaces, dashes and a leading +86 dropped, full-width
// digits made ASCII. Anything else is returned as typed (the check then reports it).
std::string normalizeMobileText(std::string_view typed);

}  // namespace qinqing::domain
