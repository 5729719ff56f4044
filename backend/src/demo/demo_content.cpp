#include "demo/demo_content.hpp"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <string>
#include <vector>

#include "qinqing/time/instant.hpp"
#include "qinqing/time/period.hpp"
#include "repositories/announcement_repository.hpp"
#include "repositories/bulletin_repository.hpp"
#include "repositories/contact_log_repository.hpp"
#include "repositories/operating_status_repository.hpp"
#include "repositories/policy_guide_repository.hpp"
#include "repositories/survey_repository.hpp"

namespace qinqing::backend::demo {
namespace {
namespace d = qinqing::domain;

constexpr long long kDemoDay = 86400;

struct DemoEnterprise {
  long long id = 0;
  std::string name;
  long long regionId = 0;
  std::optional<long long> cadreId;
  long long accountId = 0;
};

struct DemoCadre {
  long long id = 0;
  long long unitId = 0;
  long long accountId = 0;
  std::string name;
};

std::vector<DemoEnterprise> demoEnterprises(SQLite::Database& db) {
  SQLite::Statement s(db, R"SQL(
SELECT e.id, e.name, e.region_id, e.cadre_id, coalesce(a.id, 0) FROM enterprises e
LEFT JOIN accounts a ON a.role = 'enterprise' AND a.enterprise_id = e.id ORDER BY e.id)SQL");
  std::vector<DemoEnterprise> out;
  while (s.executeStep()) {
    DemoEnterprise e{s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getInt64(), std::nullopt,
                     s.getColumn(4).getInt64()};
    if (!s.getColumn(3).isNull()) e.cadreId = s.getColumn(3).getInt64();
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<DemoCadre> demoCadres(SQLite::Database& db) {
  SQLite::Statement s(db, R"SQL(
SELECT c.id, c.unit_id, coalesce(a.id, 0), c.name FROM cadres c
LEFT JOIN accounts a ON a.role = 'cadre' AND a.cadre_id = c.id
WHERE EXISTS (SELECT 1 FROM enterprises e WHERE e.cadre_id = c.id) ORDER BY c.id)SQL");
  std::vector<DemoCadre> out;
  while (s.executeStep()) {
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64(), s.getColumn(3).getString()});
  }
  return out;
}

std::vector<long long> ids(SQLite::Database& db, const char* sql) {
  SQLite::Statement s(db, sql);
  std::vector<long long> out;
  while (s.executeStep()) out.push_back(s.getColumn(0).getInt64());
  return out;
}

long long adminAccount(SQLite::Database& db) {
  SQLite::Statement s(db, "SELECT id FROM accounts WHERE role = 'system_admin' ORDER BY id LIMIT 1");
  return s.executeStep() ? s.getColumn(0).getInt64() : 0;
}

// [SECTION] 公告栏
struct DemoAnnouncement {
  const char* title;
  const char* body;
  std::vector<d::Role> roles;
  bool pinned;
  int daysAgo;
};

int seedAnnouncements(SQLite::Database& db, long long now, long long admin, const std::vector<long long>& regions) {
  using R = d::Role;
  const std::vector<DemoAnnouncement> items = {
      {"十堰亲清企业服务信息平台正式上线运行的公告",
       "各企业、各包联干部：\n十堰亲清企业服务信息平台已正式上线运行。企业可通过平台提交诉求、填报经营状况、查阅政策指南；包联干部可登记联系记录、跟踪诉求办理。使用中遇到问题，请联系市双千办。\n\n十堰市双千办",
       {R::Enterprise, R::Cadre, R::UnitAdmin, R::CountyAdmin, R::CityDispatcher, R::IndustryDispatcher, R::Inspector},
       true, 58},
      {"关于按月填报企业经营状况的通知",
       "各企业：\n请于每月5日前登录平台，在“企业信息”中填报上月产值、营收、从业人数及主要困难。连续未填报的，平台将短信提醒企业及其包联干部。",
       {R::Enterprise, R::Cadre}, true, 55},
      {"2026年度“千名干部联千企”工作要点",
       "一、坚持一对一包联，每月至少联系企业一次；\n二、企业诉求实行清单化管理，限时办结；\n三、每季度开展干部测评，测评结果纳入年度考核。",
       {R::Cadre, R::UnitAdmin, R::CountyAdmin}, false, 50},
      {"关于开展第一季度包联干部满意度测评的通知",
       "各企业：\n本季度测评已开放，请对包联干部在疫情防控“指导员”、高质量发展“参谋员”、企业诉求“调解员”、惠企政策“宣讲员”四个方面的表现进行评价。",
       {R::Enterprise}, false, 45},
      {"春节期间平台服务安排",
       "春节假期期间平台正常运行，诉求办理时限按工作日计算，节假日顺延。紧急事项请拨打12345政务服务热线。",
       {R::Enterprise, R::Cadre, R::UnitAdmin, R::CountyAdmin, R::CityDispatcher, R::IndustryDispatcher}, false, 40},
      {"关于组织企业参加2026年春季招聘会的通知",
       "市人社局定于3月中旬举办春季大型招聘会，有用工需求的企业请于3月10日前通过包联干部报名，免收展位费。",
       {R::Enterprise, R::Cadre}, false, 33},
      {"诉求办理时限提醒规则调整说明",
       "自即日起，平台提醒短信每人每天合并为一条，列明超期和今日到期的诉求数量，详情请登录平台查看。",
       {R::Cadre, R::UnitAdmin, R::CountyAdmin, R::CityDispatcher, R::IndustryDispatcher}, false, 26},
      {"关于做好安全生产大检查的通知",
       "各企业要对照安全生产责任清单开展自查自纠，重点检查危化品储存、特种设备、消防通道等，发现隐患及时整改。",
       {R::Enterprise}, false, 20},
      {"惠企政策集中宣讲活动安排",
       "各县市区将于本月下旬分行业组织惠企政策宣讲，请包联干部通知所联系企业派员参加。",
       {R::Enterprise, R::Cadre}, false, 14},
      {"超级巡查员工作规范",
       "巡查员应定期查阅逾期诉求与测评结果，对办理不力的单位发起督办，巡查账号仅可查看，不得修改业务数据。",
       {R::Inspector}, false, 10},
      {"平台系统维护通知", "平台将于本周六22:00至次日02:00进行系统维护，届时暂停服务，请提前安排。",
       {R::Enterprise, R::Cadre, R::UnitAdmin, R::CountyAdmin, R::CityDispatcher, R::IndustryDispatcher, R::Inspector},
       false, 5},
      {"茅箭区企业融资对接会通知", "茅箭区将联合驻区金融机构举办融资对接会，有融资需求的企业请报名参加。",
       {R::Enterprise}, false, 2},
  };
  AnnouncementRepository repo(db);
  int n = 0;
  for (const auto& item : items) {
    d::AnnouncementDraft draft{item.title, item.body, d::Audience{item.roles, {}}, item.pinned};
    // The district one is for its enterprises only (region 2 in the demo's order: 茅箭区).
    if (n == 11 && regions.size() > 1) draft.audience.regionIds = {regions[1]};
    const long long at = now - item.daysAgo * kDemoDay;
    const long long id = repo.insert(draft, admin, at - kDemoDay);
    repo.setState(id, d::PublicationState::Published, at);
    repo.saveVersion(id, {1, "", "", draft}, admin, at);
    ++n;
  }
  // One draft waiting in 公告发布.
  repo.insert({"关于开展2026年度优秀包联干部评选的通知（征求意见稿）", "评选办法正在征求意见，暂不发布。",
               d::Audience{{d::Role::Cadre}, {}}, false},
              admin, now - kDemoDay);
  return n;
}

// [SECTION] 政策指南
struct DemoPolicy {
  const char* title;
  const char* issuer;
  const char* number;
  int group;  // index into the industry groups, -1: every industry
  const char* summary;
};

int seedPolicies(SQLite::Database& db, long long now, long long admin, const std::vector<long long>& groups,
                 const std::vector<long long>& regions) {
  const std::vector<DemoPolicy> items = {
      {"十堰市支持汽车零部件产业链高质量发展若干措施", "十堰市人民政府", "十政发〔2026〕5号", 0,
       "对新增产值超亿元的零部件企业给予一次性奖励；支持企业技术改造，按设备投资额的10%给予补助。"},
      {"十堰市智能制造示范工厂认定办法", "十堰市经信局", "十经信发〔2026〕8号", 0,
       "认定一批智能制造示范工厂，每家给予最高100万元奖励。"},
      {"关于支持中小企业“专精特新”发展的实施意见", "十堰市经信局", "十经信发〔2025〕31号", 0,
       "对新认定的国家级、省级专精特新企业分别奖励50万元、20万元。"},
      {"十堰市建筑业企业资质升级奖励办法", "十堰市住建局", "十建发〔2026〕2号", 1,
       "建筑业企业首次晋升施工总承包一级资质的，给予50万元奖励。"},
      {"关于进一步优化工程建设项目审批的通知", "十堰市住建局", "十建发〔2025〕27号", 1,
       "社会投资简易低风险项目审批时间压减至15个工作日以内。"},
      {"装配式建筑发展专项资金管理办法", "十堰市住建局", "十建发〔2025〕19号", 1,
       "对采用装配式建造的项目按建筑面积给予每平方米100元补助。"},
      {"十堰市促进消费扩容提质若干措施", "十堰市商务局", "十商务发〔2026〕3号", 2,
       "发放家电、汽车消费券，支持商贸企业开展促销活动。"},
      {"支持外贸企业稳订单拓市场的政策措施", "十堰市商务局", "十商务发〔2025〕22号", 2,
       "对参加境外展会的企业给予展位费70%补助。"},
      {"电子商务进农村综合示范项目资金管理办法", "十堰市商务局", "十商务发〔2025〕15号", 2,
       "支持县级电商公共服务中心和物流配送体系建设。"},
      {"十堰市物流业降本增效若干措施", "十堰市交通运输局", "十交发〔2026〕4号", 3,
       "对新开通的国际货运班列、冷链物流线路给予运营补贴。"},
      {"道路货运车辆更新改造补助办法", "十堰市交通运输局", "十交发〔2025〕18号", 3,
       "淘汰国四及以下营运柴油货车、更新新能源车辆的，每辆补助最高3万元。"},
      {"城乡客运一体化发展奖补办法", "十堰市交通运输局", "十交发〔2025〕9号", 3,
       "对城乡公交一体化达到5A级的县市区给予奖补。"},
      {"十堰市农业产业化龙头企业扶持办法", "十堰市农业农村局", "十农发〔2026〕1号", 4,
       "新认定的国家、省、市级农业产业化龙头企业分别奖励30万元、15万元、5万元。"},
      {"茶产业高质量发展三年行动方案", "十堰市农业农村局", "十农发〔2025〕26号", 4,
       "支持茶园提档升级和茶叶品牌建设，打造“武当道茶”区域公用品牌。"},
      {"农产品冷链物流设施建设补助办法", "十堰市农业农村局", "十农发〔2025〕12号", 4,
       "对新建产地冷藏保鲜设施按投资额30%给予补助。"},
      {"十堰市文化旅游产业发展专项资金管理办法", "十堰市文旅局", "十文旅发〔2026〕2号", 5,
       "对新评定的4A、5A级景区分别奖励100万元、500万元。"},
      {"关于促进民宿和康养旅游发展的实施意见", "十堰市文旅局", "十文旅发〔2025〕20号", 5,
       "对达到等级标准的民宿给予每家最高10万元奖励。"},
      {"旅行社引客入堰奖励办法", "十堰市文旅局", "十文旅发〔2025〕11号", 5,
       "旅行社组织过夜游客入堰的，按人次给予奖励。"},
      {"十堰市促进民营经济发展壮大若干措施", "十堰市人民政府", "十政发〔2026〕1号", -1,
       "降低企业用能、用地、物流成本，完善企业诉求快速响应机制，实行一企一专班服务。"},
      {"稳岗扩岗社会保险补贴实施细则", "十堰市人社局", "十人社发〔2025〕33号", -1,
       "对不裁员或少裁员的参保企业返还上年度失业保险费的60%。"},
  };
  PolicyGuideRepository repo(db);
  const auto today = d::localDate(d::Instant::fromUnixSeconds(now));
  int n = 0;
  for (const auto& item : items) {
    d::PolicyGuideDraft draft;
    draft.title = item.title;
    draft.issuer = item.issuer;
    draft.documentNumber = item.number;
    draft.issuedOn = today.plusDays(-(10 + n * 9));
    if (n % 5 != 4) draft.validUntil = today.plusDays(365 + n * 20);
    if (n == 17) draft.validUntil = today.plusDays(-5);  // one that has run out: 已失效
    if (item.group >= 0 && static_cast<std::size_t>(item.group) < groups.size()) {
      draft.industryGroupIds = {groups[static_cast<std::size_t>(item.group)]};
    }
    if (n == 2 && !regions.empty()) draft.regionIds = {regions[0]};  // a city-only one
    draft.summary = item.summary;
    draft.body = std::string(item.title) + "\n\n各县市区人民政府、市政府各部门：\n为贯彻落实省委省政府关于优化营商环境的决策部署，"
                 "结合我市实际，制定本措施。\n一、" + item.summary + "\n二、本措施由" + item.issuer +
                 "负责解释，自发布之日起施行。";
    const long long at = now - (10 + n * 3) * kDemoDay;
    const long long id = repo.insert(draft, admin, at);
    repo.saveVersion(id, 1, draft, admin, at);
    repo.setState(id, d::PublicationState::Published, at);
    ++n;
  }
  return n;
}

// [SECTION] 简报投稿
int seedBulletins(SQLite::Database& db, long long now, long long admin, const std::vector<DemoCadre>& cadres,
                  const std::vector<DemoEnterprise>& enterprises) {
  struct Story {
    const char* title;
    const char* body;
    d::BulletinStatus status;
    const char* comment;
  };
  const std::vector<Story> stories = {
      {"一对一包联解难题，鑫源公司新增产能两成",
       "包联干部张明三次走访企业，协调供电部门新增用电容量800千伏安，帮助企业新生产线提前一个月投产，一季度产值同比增长20%。",
       d::BulletinStatus::Adopted, ""},
      {"“干部+专员”联动服务，打通企业融资堵点",
       "针对企业反映的流动资金紧张问题，包联干部联合驻区金融机构上门对接，两周内为企业落实信用贷款500万元。",
       d::BulletinStatus::Adopted, ""},
      {"周末不打烊，帮企业招工百余人", "包联干部组织乡镇劳务专场招聘，帮助企业解决旺季用工缺口。", d::BulletinStatus::Adopted, ""},
      {"政策宣讲进车间", "包联干部把惠企政策送到车间班组，现场解答稳岗返还申领问题。", d::BulletinStatus::Submitted, ""},
      {"帮助企业申报技改补助", "协助企业准备技改项目申报材料，已通过初审。", d::BulletinStatus::Returned,
       "请补充项目投资额和预计效益等具体数据后再提交。"},
      {"走访企业一次", "本月走访企业一次。", d::BulletinStatus::Declined, "内容过于简略，不具备宣传价值。"},
  };
  BulletinRepository repo(db);
  int n = 0;
  for (std::size_t i = 0; i < stories.size() && i < cadres.size(); ++i) {
    const auto& c = cadres[i == 0 ? 0 : (i * 7) % cadres.size()];
    const long long at = now - static_cast<long long>(30 - i * 4) * kDemoDay;
    const long long id = repo.insert({d::BulletinKind::CadreStory, {stories[i].title, stories[i].body}, c.accountId,
                                      c.id, std::nullopt, c.unitId},
                                     at);
    if (stories[i].status != d::BulletinStatus::Submitted) {
      const auto review = stories[i].status == d::BulletinStatus::Adopted   ? d::BulletinReview::Adopt
                          : stories[i].status == d::BulletinStatus::Returned ? d::BulletinReview::Return
                                                                             : d::BulletinReview::Decline;
      repo.review(id, review, stories[i].status, stories[i].comment, admin, at + 2 * kDemoDay);
    }
    ++n;
  }
  const std::vector<Story> news = {
      {"鑫源公司荣获“湖北省专精特新中小企业”称号", "近日，十堰市鑫源汽车零部件有限公司被认定为湖北省专精特新中小企业。",
       d::BulletinStatus::Adopted, ""},
      {"企业新品发布会邀请函", "诚邀各界朋友参加我公司新品发布会。", d::BulletinStatus::Submitted, ""},
      {"公司招聘信息", "长期招聘普工、焊工若干名。", d::BulletinStatus::Declined, "招聘信息请通过人社部门招聘平台发布。"},
  };
  for (std::size_t i = 0; i < news.size() && i * 37 < enterprises.size(); ++i) {
    const auto& e = enterprises[i * 37];
    const long long at = now - static_cast<long long>(20 - i * 5) * kDemoDay;
    const long long id = repo.insert({d::BulletinKind::EnterpriseNews, {news[i].title, news[i].body}, e.accountId,
                                      std::nullopt, e.id, std::nullopt},
                                     at);
    if (news[i].status != d::BulletinStatus::Submitted) {
      repo.review(id, news[i].status == d::BulletinStatus::Adopted ? d::BulletinReview::Adopt : d::BulletinReview::Decline,
                  news[i].status, news[i].comment, admin, at + kDemoDay);
    }
    ++n;
  }
  return n;
}

// [SECTION] 经营状况 and 联系记录
int seedOperatingStatus(SQLite::Database& db, long long now, const std::vector<DemoEnterprise>& enterprises) {
  OperatingStatusRepository repo(db);
  const auto thisMonth = d::YearMonth::of(d::localDate(d::Instant::fromUnixSeconds(now)));
  const std::array<const char*, 4> difficulties = {"", "原材料价格上涨，利润空间收窄", "订单不足，部分生产线停产",
                                                   "招工难，熟练技术工人短缺"};
  int n = 0;
  for (std::size_t i = 0; i < enterprises.size(); ++i) {
    const long long base = 20000 + static_cast<long long>((i * 7919) % 180000);  // 200–2000 万元, in hundredths
    for (int back = 3; back >= 1; --back) {
      // Every ninth enterprise still owes last month (the reminders have someone to remind); the
      // fixed demo enterprise (the first) is up to date.
      if (back == 1 && i > 0 && i % 9 == 0) continue;
      d::OperatingStatusReport r;
      r.month = thisMonth.minusMonths(back);
      const std::size_t kind = (i + static_cast<std::size_t>(back)) % 11 == 0 ? 2 : (i % 13 == 0 ? 1 : 0);
      r.state = kind == 2 ? d::OperatingState::PartlyStopped : d::OperatingState::Normal;
      r.outputValue = base + (3 - back) * (base / 25);
      r.revenue = r.outputValue * 9 / 10;
      r.employees = 30 + static_cast<int>((i * 37) % 400);
      r.difficulties = kind == 2 ? difficulties[2] : difficulties[(i + static_cast<std::size_t>(back)) % 4];
      repo.save(enterprises[i].id, r, enterprises[i].accountId ? std::optional(enterprises[i].accountId) : std::nullopt,
                "enterprise", d::startOfLocalDay(r.month.next().firstDay()).unixSeconds() + 3 * kDemoDay + 3600);
      ++n;
    }
  }
  return n;
}

int seedContacts(SQLite::Database& db, long long now, const std::vector<DemoEnterprise>& enterprises,
                 const std::vector<DemoCadre>& cadres) {
  std::map<long long, long long> accountOfCadre;
  for (const auto& c : cadres) accountOfCadre[c.id] = c.accountId;
  ContactLogRepository repo(db);
  const auto today = d::localDate(d::Instant::fromUnixSeconds(now));
  const auto monthStart = d::YearMonth::of(today).firstDay();
  const std::array<std::pair<d::ContactWay, const char*>, 5> topics = {{
      {d::ContactWay::Visit, "走访企业生产车间，了解订单和用工情况，企业反映旺季招工难"},
      {d::ContactWay::Phone, "电话了解企业一季度经营情况，提醒按时填报经营状况"},
      {d::ContactWay::WeChat, "微信推送最新惠企政策，解答稳岗返还申领流程"},
      {d::ContactWay::Symposium, "参加园区企业座谈会，收集企业在融资、物流方面的诉求"},
      {d::ContactWay::Other, "陪同企业到政务服务中心办理项目备案"},
  }};
  int n = 0;
  for (std::size_t i = 0; i < enterprises.size(); ++i) {
    const auto& e = enterprises[i];
    if (!e.cadreId) continue;
    const int count = 1 + static_cast<int>(i % 3);
    for (int k = 0; k < count; ++k) {
      d::Date date = today.plusDays(-(5 + k * 27 + static_cast<int>(i % 9)));
      // A quarter of the enterprises have had no contact yet this month (包联企业 marks them); the
      // fixed demo enterprise was contacted this month.
      if (i == 0 && k == 0) date = today < monthStart.plusDays(1) ? today : monthStart;
      if (i % 4 == 3 && date >= monthStart) date = monthStart.plusDays(-3);
      const auto& topic = topics[(i + static_cast<std::size_t>(k)) % topics.size()];
      repo.insert(e.id, *e.cadreId, {date, topic.first, topic.second, k == 0 ? "下周跟进落实情况" : ""},
                  accountOfCadre[*e.cadreId] ? std::optional(accountOfCadre[*e.cadreId]) : std::nullopt,
                  d::startOfLocalDay(date).unixSeconds() + 10 * 3600);
      ++n;
    }
  }
  return n;
}

// [SECTION] 干部测评 (last quarter: the questionnaire and about two thirds of the enterprises' answers)
int seedSurvey(SQLite::Database& db, long long now, long long admin, const std::vector<DemoEnterprise>& enterprises) {
  const auto last = d::Quarter::of(d::localDate(d::Instant::fromUnixSeconds(now))).previous();
  SurveyRepository repo(db);
  d::Questionnaire q{last,
                     last.label() + "包联成效问卷",
                     {{1, d::QuestionKind::SingleChoice, "本季度包联干部走访或联系贵企业的次数", {"未联系", "1-2次", "3次及以上"}, true},
                      {2, d::QuestionKind::MultipleChoice, "包联干部帮助贵企业解决了哪些方面的问题",
                       {"融资", "用工", "用地", "物流", "政策申报", "其他"}, true},
                      {3, d::QuestionKind::Text, "对包联工作的意见和建议", {}, false}}};
  repo.saveQuestionnaire(q, admin, d::startOfLocalDay(last.firstDay()).unixSeconds());
  const std::array<const char*, 4> suggestions = {"", "希望多组织政策解读", "服务及时，非常感谢", "希望帮助对接更多订单"};
  int n = 0;
  for (std::size_t i = 0; i < enterprises.size(); ++i) {
    const auto& e = enterprises[i];
    if (!e.cadreId || i % 3 == 2) continue;
    d::SurveyAnswer a;
    a.quarter = last;
    for (d::CadreDuty duty : d::kAllCadreDuties) {
      const std::size_t roll = (i * 31 + static_cast<std::size_t>(duty) * 7) % 20;
      const auto rating = roll < 15 ? d::DutyRating::Satisfied : roll < 19 ? d::DutyRating::BasicallySatisfied
                                                                          : d::DutyRating::Dissatisfied;
      a.duties.push_back({duty, rating, rating == d::DutyRating::Dissatisfied ? "联系不够及时" : ""});
    }
    a.answers = {{1, {static_cast<int>(1 + i % 2)}, ""},
                 {2, {static_cast<int>(i % 6), static_cast<int>((i + 2) % 6)}, ""},
                 {3, {}, suggestions[i % suggestions.size()]}};
    if (a.answers[1].choices[0] == a.answers[1].choices[1]) a.answers[1].choices.pop_back();
    repo.saveAnswer(e.id, *e.cadreId, a, e.accountId ? std::optional(e.accountId) : std::nullopt,
                    d::startOfLocalDay(last.lastDay()).unixSeconds() - static_cast<long long>(i % 20) * kDemoDay);
    ++n;
  }
  return n;
}

}  // namespace

std::pair<int, int> seedDemoLiaisonYear(SQLite::Database& db, long long now) {
  const auto es = demoEnterprises(db);
  std::map<long long, long long> accountOfCadre;
  for (const auto& c : demoCadres(db)) accountOfCadre[c.id] = c.accountId;
  const auto thisMonth = d::YearMonth::of(d::localDate(d::Instant::fromUnixSeconds(now)));
  OperatingStatusRepository reports(db);
  ContactLogRepository contacts(db);
  const std::array<std::pair<d::ContactWay, const char*>, 4> topics = {{
      {d::ContactWay::Visit, "走访企业，了解当月订单、用工和资金情况"},
      {d::ContactWay::Phone, "电话回访企业诉求办理情况，企业表示满意"},
      {d::ContactWay::WeChat, "微信推送当月惠企政策，提醒企业按时填报经营状况"},
      {d::ContactWay::Symposium, "参加园区政企座谈会，听取企业对营商环境的意见"},
  }};
  int reported = 0;
  int contacted = 0;
  for (std::size_t i = 0; i < es.size(); ++i) {
    const auto& e = es[i];
    const long long base = 20000 + static_cast<long long>((i * 7919) % 180000);
    for (int back = 4; back <= 11; ++back) {
      if ((i + static_cast<std::size_t>(back) * 3) % 8 == 0) continue;  // about one month in eight unreported
      d::OperatingStatusReport r;
      r.month = thisMonth.minusMonths(back);
      r.state = (i + static_cast<std::size_t>(back)) % 17 == 0 ? d::OperatingState::PartlyStopped : d::OperatingState::Normal;
      r.outputValue = base - back * (base / 40);
      r.revenue = r.outputValue * 9 / 10;
      r.employees = 30 + static_cast<int>((i * 37) % 400);
      r.difficulties = r.state == d::OperatingState::PartlyStopped ? "订单不足，部分生产线停产" : "";
      reports.save(e.id, r, e.accountId ? std::optional(e.accountId) : std::nullopt, "enterprise",
                   d::startOfLocalDay(r.month.next().firstDay()).unixSeconds() + 4 * kDemoDay + 3600);
      ++reported;
    }
    if (!e.cadreId) continue;
    for (int back = 3; back <= 11; ++back) {
      if ((i * 7 + static_cast<std::size_t>(back)) % 10 < 3) continue;  // about three months in ten without a contact
      const d::YearMonth m = thisMonth.minusMonths(back);
      const d::Date date = m.firstDay().plusDays(2 + static_cast<int>((i * 5 + static_cast<std::size_t>(back)) % 24));
      const auto& topic = topics[(i + static_cast<std::size_t>(back)) % topics.size()];
      contacts.insert(e.id, *e.cadreId, {date, topic.first, topic.second, ""},
                      accountOfCadre[*e.cadreId] ? std::optional(accountOfCadre[*e.cadreId]) : std::nullopt,
                      d::startOfLocalDay(date).unixSeconds() + 15 * 3600);
      ++contacted;
    }
  }
  return {reported, contacted};
}

ContentSummary seedDemoContent(SQLite::Database& db, long long now) {
  const auto es = demoEnterprises(db);
  const auto cs = demoCadres(db);
  const auto groups = ids(db, "SELECT id FROM industry_groups ORDER BY sort_order, id");
  const auto regions = ids(db, "SELECT id FROM regions ORDER BY sort_order, id");
  const long long admin = adminAccount(db);
  ContentSummary s;
  s.announcements = seedAnnouncements(db, now, admin, regions);
  s.policies = seedPolicies(db, now, admin, groups, regions);
  s.bulletins = seedBulletins(db, now, admin, cs, es);
  s.operatingReports = seedOperatingStatus(db, now, es);
  s.contacts = seedContacts(db, now, es, cs);
  s.surveyAnswers = seedSurvey(db, now, admin, es);
  return s;
}

}  // namespace qinqing::backend::demo
