// qinqing init [--data DIR] [--skeleton FILE] [--password-file FILE]: the first start of a real
// deployment (org/platform_initialiser.hpp). The skeleton comes from assets/org/skeleton.json next
// to the executable (or --skeleton); the three administrators' one-time passwords are generated and
// printed once, or read from --password-file (lines "登录名 密码", e.g. for an automated install
// that hands them over another way; then nothing is printed but the names).
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands/commands.hpp"
#include "org/platform_initialiser.hpp"
#include "qinqing/validation/password_policy.hpp"
#include "qinqing/wire/org_skeleton_json.hpp"
#include "startup.hpp"
#include "util/clock.hpp"
#include "util/paths.hpp"

namespace qinqing::backend {
namespace {

struct InitOptions {
  std::string data = "data";
  std::string skeleton;      // empty: the shipped assets/org/skeleton.json
  std::string passwordFile;  // empty: generate
};

std::optional<std::filesystem::path> shippedSkeleton() {
  const auto relative = std::filesystem::path("assets") / "org" / "skeleton.json";
  for (const auto& base : {executableDirectory() / "..", executableDirectory() / ".." / ".."}) {
    std::error_code ec;
    const auto candidate = (base / relative).lexically_normal();
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
  }
  return std::nullopt;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!in || !(text << in.rdbuf())) throw StartupError("无法读取文件 " + path.string(), "cannot read " + path.string(), kExitStartupFailure);
  return text.str();
}

domain::OrganisationSkeleton loadSkeleton(const std::filesystem::path& path) {
  auto json = nlohmann::json::parse(readFile(path), nullptr, false);
  if (json.is_discarded()) {
    throw StartupError("组织机构初始数据文件不是有效的 JSON：" + path.string(), "not valid JSON: " + path.string(), kExitUsage);
  }
  auto skeleton = wire::skeletonFromJson(json);
  if (!skeleton) throw StartupError(path.string() + "：" + skeleton.error().message, "invalid skeleton", kExitUsage);
  if (auto valid = domain::validateSkeleton(skeleton.value()); !valid) {
    std::string lines;
    for (const auto& f : valid.error().fields) lines += "\n  " + f.field + "：" + f.message;
    throw StartupError("组织机构初始数据文件 " + path.string() + " 有误：" + lines, "invalid skeleton", kExitUsage);
  }
  return std::move(skeleton).value();
}

// "登录名 密码" per line (blank lines and # comments skipped); every password under the policy.
std::vector<org::AdministratorPassword> loadPasswords(const std::filesystem::path& path,
                                                      const domain::OrganisationSkeleton& skeleton) {
  std::vector<org::AdministratorPassword> out;
  std::istringstream lines(readFile(path));
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find_first_of(" \t");
    if (space == std::string::npos) throw StartupError("密码文件每行应为“登录名 密码”：" + line, "bad line", kExitUsage);
    const std::string name = line.substr(0, space);
    const std::string password = line.substr(line.find_first_not_of(" \t", space));
    bool known = false;
    for (const auto& a : skeleton.administrators) known = known || a.loginName == name;
    if (!known) throw StartupError("密码文件中的账号不在初始数据中：" + name, "unknown account " + name, kExitUsage);
    auto problems = domain::passwordProblems(password, name);
    if (!problems.empty()) throw StartupError(name + " 的密码不符合密码策略：" + problems.front(), "weak password", kExitUsage);
    out.push_back({domain::Role::SystemAdmin, name, password});
  }
  return out;
}

int runInit(const InitOptions& options) {
  try {
    auto path = options.skeleton.empty() ? shippedSkeleton() : std::optional<std::filesystem::path>(options.skeleton);
    if (!path) throw StartupError("找不到组织机构初始数据 assets/org/skeleton.json，请用 --skeleton 指定", "no skeleton file", kExitStartupFailure);
    const auto skeleton = loadSkeleton(*path);
    const auto passwords = options.passwordFile.empty() ? std::vector<org::AdministratorPassword>{}
                                                        : loadPasswords(options.passwordFile, skeleton);
    const long long now = toUnixSeconds(systemClock()());
    auto opened = openDataDirectory(options.data, now);
    auth::PasswordHasher hasher;
    auto result = opened.database->write(
        [&](SQLite::Database& c) { return org::initialisePlatform(c, skeleton, passwords, hasher, now); });
    switch (result.outcome) {
      case org::InitOutcome::AlreadyInitialised:
        std::cout << "平台已初始化，未做任何修改。\nThe platform is already initialised; nothing was changed.\n";
        return 0;
      case org::InitOutcome::HoldsOtherData:
        std::cerr << "数据库已有数据（例如演示数据），init 不会修改它。请使用新的数据目录。\n"
                     "The database already holds data (e.g. the demo); init does not touch it. Use a new data directory.\n";
        return kExitStartupFailure;
      case org::InitOutcome::Initialised: break;
    }
    std::cout << "已初始化 " << skeleton.city << "：" << result.regions << " 个区域、" << result.units << " 个单位、"
              << result.industryGroups << " 个行业组（" << path->string() << "）。\n"
              << "Initialised " << options.data << "/qinqing.db.\n\n";
    if (passwords.empty()) {
      std::cout << "三员账号的一次性密码只显示这一次，请当面交给本人；首次登录须绑定手机号并修改密码。\n"
                   "One-time passwords, shown only now; each must be replaced at the first login.\n";
    } else {
      std::cout << "三员账号的密码取自 " << options.passwordFile << "；首次登录须绑定手机号并修改密码。\n";
    }
    for (const auto& a : result.administrators) {
      std::cout << "  " << domain::roleDisplayName(a.role) << "\t" << a.loginName;
      if (passwords.empty()) std::cout << "\t" << a.password;
      std::cout << "\n";
    }
    std::cout << "\n下一步：qinqing serve --data " << options.data
              << "，以系统管理员登录，在“账号管理”中开通各单位、县市区管理员和分办员账号，在“包联方案导入”中导入各县市区的一对一包联分配方案。\n";
    return 0;
  } catch (const StartupError& e) {
    std::cerr << e.what() << "\n";
    return e.exitCode();
  }
}

}  // namespace

void addInitCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand("init", "初始化新平台：组织机构与三员账号 / Initialise a new deployment: organisation and administrators");
  cmd->add_option("--data", options->data, "数据目录（存放 qinqing.db）/ Data directory holding qinqing.db")->capture_default_str();
  cmd->add_option("--skeleton", options->skeleton,
                  "组织机构初始数据，默认为随程序发布的 assets/org/skeleton.json / Organisation skeleton (default: the shipped one)")
      ->type_name("FILE");
  cmd->add_option("--password-file", options->passwordFile,
                  "三员账号的初始密码，每行“登录名 密码”；不指定则随机生成并显示一次 / Initial passwords, one \"login password\" per line "
                  "(default: generated and shown once)")
      ->type_name("FILE");
  cmd->callback([options, &exitCode] { exitCode = runInit(*options); });
}

}  // namespace qinqing::backend
