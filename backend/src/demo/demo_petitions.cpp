#include "demo/demo_petitions.hpp"

#include "demo/demo_content.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <map>
#include <vector>

#include "demo/demo_generator.hpp"
#include "petition/petition_service.hpp"
#include "repositories/petition_queries.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::demo {
namespace {
namespace d = qinqing::domain;
using d::PetitionAction;
using d::Rating;

struct Cast {
  std::vector<std::pair<auth::AuthContext, long long>> enterprises;  // with their liaison cadre
  std::map<long long, auth::AuthContext> cadres;    // by cadre id
  std::map<long long, auth::AuthContext> unitAdmins;    // by unit id
  std::map<long long, auth::AuthContext> countyAdmins;  // by region id
  auth::AuthContext dispatcher;
  std::vector<long long> units;
  std::vector<long long> counties;
};

auth::AuthContext contextOf(SQLite::Statement& s) {
  auth::AuthContext who;
  who.accountId = s.getColumn(0).getInt64();
  who.role = d::roleFromKey(s.getColumn(1).getString()).value_or(d::Role::Enterprise);
  who.loginName = s.getColumn(2).getString();
  const auto opt = [&](int i) -> std::optional<long long> {
    if (s.getColumn(i).isNull()) return std::nullopt;
    return s.getColumn(i).getInt64();
  };
  who.unitId = opt(3);
  who.regionId = opt(4);
  who.cadreId = opt(5);
  who.enterpriseId = opt(6);
  who.industryGroupId = opt(7);
  return who;
}

Cast readCast(SQLite::Database& c) {
  Cast cast;
  SQLite::Statement s(c,
                      "SELECT a.id, a.role, a.login_name, a.unit_id, a.region_id, a.cadre_id, a.enterprise_id, "
                      "a.industry_group_id, e.cadre_id FROM accounts a LEFT JOIN enterprises e ON e.id = a.enterprise_id "
                      "ORDER BY a.id");
  while (s.executeStep()) {
    auth::AuthContext who = contextOf(s);
    switch (who.role) {
      case d::Role::Enterprise:
        if (!s.getColumn(8).isNull()) cast.enterprises.emplace_back(who, s.getColumn(8).getInt64());
        break;
      case d::Role::Cadre: cast.cadres[*who.cadreId] = who; break;
      case d::Role::UnitAdmin: cast.unitAdmins[*who.unitId] = who; break;
      case d::Role::CountyAdmin: cast.countyAdmins[*who.regionId] = who; break;
      case d::Role::CityDispatcher: cast.dispatcher = who; break;
      case d::Role::IndustryDispatcher:
      case d::Role::Inspector:
      case d::Role::SystemAdmin:
      case d::Role::SecurityAdmin:
      case d::Role::AuditAdmin: break;
    }
  }
  for (const auto& [unit, admin] : cast.unitAdmins) cast.units.push_back(unit);
  for (const auto& [region, admin] : cast.countyAdmins) {
    SQLite::Statement kind(c, "SELECT kind FROM regions WHERE id = ?");
    kind.bind(1, static_cast<int64_t>(region));
    if (kind.executeStep() && kind.getColumn(0).getString() != "city") cast.counties.push_back(region);
  }
  return cast;
}

// The petitions people write (title, category, text), varied by the enterprise's needs.
struct Need {
  const char* title;
  const char* category;
  const char* text;
};
const std::vector<Need>& needs() {
  static const std::vector<Need> v = {
      {"新厂房配套道路建设协调", "基础设施", "新建厂房门前道路尚未与市政道路连通，货车无法进出，恳请协调尽快接通。"},
      {"申请技改项目专项资金", "融资", "企业实施生产线智能化改造，总投资约一千二百万元，申请市级技改专项资金支持。"},
      {"用电扩容审批进度咨询", "审批服务", "新上两条生产线需要增容至两千千伏安，申请已提交一个月，恳请加快审批。"},
      {"高技能人才招聘困难", "用工", "企业急需数控、焊接等技术工人三十名，恳请人社部门协助组织专场招聘。"},
      {"出口退税办理进度", "政策兑现", "上季度出口退税申请尚未到账，影响资金周转，恳请协调税务部门加快办理。"},
      {"厂区周边交通标志设置", "基础设施", "厂区出入口位于弯道，缺少减速和警示标志，存在安全隐患，请求增设。"},
      {"环评手续办理指导", "审批服务", "扩建项目需办理环境影响评价，企业对流程不熟悉，希望得到指导。"},
      {"银行贷款续贷协调", "融资", "一笔五百万元流动资金贷款即将到期，希望协调银行办理无还本续贷。"},
      {"天然气供应价格咨询", "其他", "冬季用气价格上调幅度较大，希望了解本地工业用气价格政策。"},
      {"员工子女入学问题", "其他", "引进的技术骨干子女需就近入学，恳请教育部门协调解决学位。"},
      {"消防验收时间安排", "审批服务", "新建仓库已完工，消防验收预约排期较长，恳请尽快安排现场验收。"},
      {"拓展东盟市场展会支持", "市场开拓", "企业计划参加东盟博览会，希望了解展位补贴政策并协助对接外贸服务机构。"},
      {"工业用地指标申请", "用地", "企业扩产需新增工业用地约三十亩，恳请自然资源部门协助落实用地指标。"},
      {"知识产权保护维权", "法律权益", "企业专利产品被仿冒销售，希望市场监管部门协助查处维权。"},
  };
  return v;
}

class HistoryWriter {
public:
  HistoryWriter(db::Database& database, calendar::CalendarService& calendar, long long now)
      : m_db(database),
        m_calendar(calendar),
        m_now(now),
        m_service(database, calendar, [this] { return fromUnixSeconds(m_at); }, m_counts) {}

  // The instant `days` working days after t's day, at hour:minute China time.
  long long workingDaysAfter(long long t, int days, int hour, int minute) {
    const d::Date from = d::localDate(d::Instant::fromUnixSeconds(t));
    const d::Date day = m_calendar.read([&](const d::HolidayCalendar& c) { return d::addWorkingDays(c, from, days).date; });
    return d::startOfLocalDay(day).unixSeconds() + hour * 3600 + minute * 60;
  }
  d::Date dateAfter(long long t, int days) {
    return d::localDate(d::Instant::fromUnixSeconds(workingDaysAfter(t, days, 12, 0)));
  }
  long long now() const { return m_now; }
  int refused() const { return m_refused; }
  bool isWorkingDay(d::Date day) {
    return m_calendar.read([&](const d::HolidayCalendar& c) { return c.isWorkingDay(day); });
  }

  // Takes the action at t if t is in the past; false when it is not, or when it was refused.
  bool act(long long t, const auth::AuthContext& who, long long id, PetitionAction action,
           d::PetitionActionRequest request = {}) {
    if (t >= m_now) return false;
    m_at = t;
    request.revision = revisionOf(id);
    const bool done = m_service.act(who, id, action, request, "demo").ok();
    if (!done) ++m_refused;
    return done;
  }
  std::optional<long long> submit(long long t, const auth::AuthContext& who, const Need& need, const std::string& contact,
                                  const std::string& mobile, int serial) {
    if (t >= m_now) return std::nullopt;
    m_at = t;
    d::NewPetition p;
    p.content = {need.title, need.category, need.text, contact, mobile};
    p.submit = true;
    p.clientRequestId = "demo-history-" + std::to_string(100000 + serial);
    auto created = m_service.create(who, p, "demo");
    if (!created) ++m_refused;
    if (!created) return std::nullopt;
    return created.value();
  }
  bool expire(long long t, long long id) {
    if (t >= m_now) return false;
    m_at = t;
    return m_service.expireRating(id);
  }

private:
  long long revisionOf(long long id) {
    return m_db.read([&](SQLite::Database& c) {
      SQLite::Statement s(c, "SELECT revision FROM petitions WHERE id = ?");
      s.bind(1, static_cast<int64_t>(id));
      return s.executeStep() ? s.getColumn(0).getInt64() : 0LL;
    });
  }

  db::Database& m_db;
  calendar::CalendarService& m_calendar;
  long long m_now;
  long long m_at = 0;
  int m_refused = 0;  // steps the service refused: a flaw in this generator, never expected
  petition::PetitionCountCache m_counts;
  petition::PetitionService m_service;
};

d::PetitionActionRequest reason(std::string text) {
  d::PetitionActionRequest r;
  r.reason = std::move(text);
  return r;
}

d::PetitionActionRequest resultText(std::string text) {
  d::PetitionActionRequest r;
  r.resultText = std::move(text);
  return r;
}

const char* kResults[] = {
    "已会同相关部门现场办公，明确了解决方案和完成时限，问题已落实解决，并已向企业反馈。",
    "经协调，相关审批手续已办结，企业可按新方案组织实施，后续将持续跟踪服务。",
    "已组织专题会议研究，资金、用地等要素保障已落实到位，企业对办理结果表示认可。",
};

// One petition's life from its submission, as far as the past reaches: what happens next is drawn
// from the branch weights below, each step on a working day after the one before.
void writeOne(HistoryWriter& w, DemoRng& rng, const Cast& cast, long long received, int serial) {
  const auto& [enterprise, cadreId] = cast.enterprises[rng.below(cast.enterprises.size())];
  auto cadre = cast.cadres.find(cadreId);
  if (cadre == cast.cadres.end()) return;
  const Need& need = needs()[rng.below(needs().size())];
  const auto created = w.submit(received, enterprise, need, personName(rng), mobileNumber(rng), serial);
  if (!created) return;
  const long long id = *created;
  const auto minute = [&] { return static_cast<int>(rng.below(60)); };
  // Of the last two months' petitions one in three is stuck with its holder (never signed, or signed
  // and never finished), so the overdue lists and 督办 have real cases.
  const bool recent = w.now() - received < 60LL * 86400;
  const int stuck = recent && rng.below(3) == 0 ? 1 + static_cast<int>(rng.below(2)) : 0;
  const auto hour = [&] { return 9 + static_cast<int>(rng.below(8)); };

  // 包联干部 review (1 working day): 6 % go back to the enterprise, a few of those are withdrawn.
  long long t = w.workingDaysAfter(received, rng.below(10) < 8 ? 0 : 1, hour(), minute());
  if (t <= received) t = received + 1800 + static_cast<long long>(rng.below(3600));
  if (rng.below(100) < 6) {
    if (!w.act(t, cadre->second, id, PetitionAction::ReturnToEnterprise,
               reason("诉求描述不够具体，请补充项目名称、涉及金额和已办理的手续后再提交。")))
      return;
    t = w.workingDaysAfter(t, 1, hour(), minute());
    if (rng.below(3) == 0) {
      w.act(t, enterprise, id, PetitionAction::Withdraw);
      return;
    }
    if (!w.act(t, enterprise, id, PetitionAction::Submit)) return;
    t = w.workingDaysAfter(t, rng.below(2), 17, minute());
  }
  if (!w.act(t, cadre->second, id, PetitionAction::Approve)) return;

  // 分办: three in four to a city unit, the rest to a county.
  const bool toCounty = rng.below(4) == 0 && !cast.counties.empty();
  auto dispatchTo = [&](bool county, long long exclude) -> std::optional<auth::AuthContext> {
    for (int tries = 0; tries < 5; ++tries) {
      const long long handler = county ? cast.counties[rng.below(cast.counties.size())] : cast.units[rng.below(cast.units.size())];
      if (handler == exclude) continue;
      d::PetitionActionRequest r;
      r.handlerKind = county ? d::HandlerKind::County : d::HandlerKind::Unit;
      r.handlerId = handler;
      r.note = "请按职责抓紧办理，及时向企业反馈。";
      if (!w.act(t, cast.dispatcher, id, PetitionAction::Dispatch, r)) return std::nullopt;
      return county ? cast.countyAdmins.at(handler) : cast.unitAdmins.at(handler);
    }
    return std::nullopt;
  };
  t = w.workingDaysAfter(t, rng.below(3) == 0 ? 1 : 0, 17, 30);
  auto handler = dispatchTo(toCounty, 0);
  if (!handler) return;

  // 签收 (1 working day): 15 % late; 6 % are returned as not theirs and routed again.
  const auto signAt = [&] {
    const int roll = static_cast<int>(rng.below(100));
    return w.workingDaysAfter(t, roll < 15 ? 2 + static_cast<int>(rng.below(2)) : 1, roll < 15 ? hour() : 9 + static_cast<int>(rng.below(3)), minute());
  };
  if (rng.below(100) < 6) {
    t = signAt();
    if (!w.act(t, *handler, id, PetitionAction::ReturnToDispatcher, reason("该事项不属于本单位职责范围，建议分办至主管部门。"))) return;
    t = w.workingDaysAfter(t, 0, 17, 45);
    handler = dispatchTo(false, handler->unitId.value_or(0));
    if (!handler) return;
  }
  if (stuck == 1) return;
  t = signAt();
  if (!w.act(t, *handler, id, PetitionAction::Sign)) return;
  const long long signedAt = t;
  if (stuck == 2) return;

  // 办理 (15 working days): 10 % ask for 延期 and get 10 more; 18 % finish late.
  int limit = 15;
  if (rng.below(100) < 10) {
    const long long asked = w.workingDaysAfter(signedAt, 8, hour(), minute());
    d::PetitionActionRequest r = reason("涉及多个部门会商和现场勘测，需要延长办理期限。");
    r.newDueDate = w.dateAfter(signedAt, 25);
    if (w.act(asked, *handler, id, PetitionAction::RequestExtension, r)) {
      d::PetitionActionRequest decision;
      decision.approve = true;
      decision.newDueDate = r.newDueDate;
      decision.note = "同意延期，请按期办结。";
      if (w.act(w.workingDaysAfter(asked, 1, 10, minute()), cast.dispatcher, id, PetitionAction::DecideExtension, decision))
        limit = 25;
    }
  }
  const bool late = rng.below(100) < 18;
  t = w.workingDaysAfter(signedAt, late ? limit + 1 + static_cast<int>(rng.below(6)) : 2 + static_cast<int>(rng.below(static_cast<std::size_t>(limit - 2))), hour(), minute());
  if (!w.act(t, *handler, id, PetitionAction::SubmitResult, resultText(kResults[rng.below(3)]))) return;

  // 评价 (5 working days): 8 % never rate; the rest by level.
  if (rng.below(100) < 8) {
    w.expire(w.workingDaysAfter(t, 6, 1, 0), id);
    return;
  }
  static const std::vector<int> kWeights = {34, 36, 15, 10, 5};
  static const Rating kLevels[] = {Rating::VerySatisfied, Rating::Satisfied, Rating::BasicallySatisfied,
                                   Rating::Dissatisfied, Rating::VeryDissatisfied};
  const Rating level = kLevels[rng.weighted(kWeights)];
  d::PetitionActionRequest rating;
  rating.rating = level;
  rating.comment = d::ratingIsBad(level) ? "问题没有实质解决，办理过程沟通不足。" : "办理及时，感谢政府部门的帮助。";
  t = w.workingDaysAfter(t, static_cast<int>(rng.below(4)), hour(), minute());
  if (!w.act(t, enterprise, id, PetitionAction::Rate, rating) || !d::ratingIsBad(level)) return;

  // 整改 after a bad rating: a third appeal it (half upheld); the others rectify and are rated again.
  if (rng.below(3) == 0) {
    t = w.workingDaysAfter(t, 1, hour(), minute());
    if (!w.act(t, *handler, id, PetitionAction::Appeal, reason("企业诉求超出政策范围，已按规定答复，评价与办理情况不符。"))) return;
    d::PetitionActionRequest decision;
    decision.approve = rng.below(2) == 0;
    decision.note = *decision.approve ? "经核实，承办单位已按规定办理，申诉成立。" : "经核实，办理仍有不足，申诉不成立，请继续整改。";
    t = w.workingDaysAfter(t, 2, 10, minute());
    if (!w.act(t, cast.dispatcher, id, PetitionAction::DecideAppeal, decision) || *decision.approve) return;
  }
  t = w.workingDaysAfter(t, 3 + static_cast<int>(rng.below(8)), hour(), minute());
  if (!w.act(t, *handler, id, PetitionAction::SubmitResult, resultText("已按企业意见整改，问题已解决，并上门听取了企业意见。"))) return;
  d::PetitionActionRequest second;
  second.rating = rng.below(4) == 0 ? level : (rng.below(3) == 0 ? Rating::BasicallySatisfied : Rating::Satisfied);
  second.comment = d::ratingIsBad(*second.rating) ? "整改后仍未解决。" : "整改到位，表示满意。";
  w.act(w.workingDaysAfter(t, 1, hour(), minute()), enterprise, id, PetitionAction::Rate, second);
}

}  // namespace

DemoPetitionSummary seedDemoPetitions(db::Database& database, calendar::CalendarService& calendar, long long nowUnix) {
  const bool empty = database.read([](SQLite::Database& c) {
    return c.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM petitions)").getInt() != 0;
  });
  if (!empty) return {};
  const Cast cast = database.read([](SQLite::Database& c) { return readCast(c); });
  if (cast.enterprises.empty() || cast.units.empty() || cast.dispatcher.accountId == 0) return {};
  const long long smsBefore = database.read([](SQLite::Database& c) {
    return c.execAndGet("SELECT coalesce(max(id), 0) FROM sms_outbox").getInt64();
  });
  HistoryWriter w(database, calendar, nowUnix);
  DemoRng rng(20260101);
  // Received moments on working days of the past year, more of them recently (the platform grows).
  std::vector<long long> received;
  const d::Date today = d::localDate(d::Instant::fromUnixSeconds(nowUnix));
  while (received.size() < static_cast<std::size_t>(kDemoPetitionCount)) {
    const auto back = static_cast<int>(std::min(rng.below(366), rng.below(366)) + (rng.below(4) == 0 ? 0 : rng.below(120)));
    const d::Date day = d::Date::fromDayNumber(today.dayNumber() - std::min(back, 365));
    if (!w.isWorkingDay(day)) continue;
    const long long at = d::startOfLocalDay(day).unixSeconds() + (8 * 3600 + 30 * 60) +
                         static_cast<long long>(rng.below(9 * 3600));
    if (at < nowUnix) received.push_back(at);
  }
  std::sort(received.begin(), received.end());
  int serial = 0;
  for (long long at : received) writeOne(w, rng, cast, at, ++serial);
  // The year of liaison work beside the year of petitions.
  database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    seedDemoLiaisonYear(c, nowUnix);
    tx.commit();
    return 0;
  });
  // The history's texts went out when it happened; only what is sent from now on is real.
  database.write([&](SQLite::Database& c) {
    SQLite::Statement s(c, "UPDATE sms_outbox SET status = 'sent', sent_at = created_at, attempts = 1, gateway = 'demo' "
                           "WHERE id > ? AND status = 'pending'");
    s.bind(1, static_cast<int64_t>(smsBefore));
    return s.exec();
  });
  const int petitions =
      database.read([](SQLite::Database& c) { return c.execAndGet("SELECT count(*) FROM petitions").getInt(); });
  return {petitions, w.refused()};
}

}  // namespace qinqing::backend::demo
