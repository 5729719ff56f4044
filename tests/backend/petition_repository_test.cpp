// PetitionRepository, PlatformSettingsRepository and NoticeRecipientRepository on a migrated
// ":memory:" database (repository_fixture.hpp): the statements the petition service, the reminder
// job and the deadline recomputer call, with the stored spellings read back as the enums.
#include "repositories/petition_repository.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "repositories/notice_recipient_repository.hpp"
#include "repositories/platform_settings_repository.hpp"
#include "repository_fixture.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::petition;
using namespace qinqing::backend::testsupport;
namespace d = qinqing::domain;

namespace {

class PetitionRepositoryTest : public testsupport::RepositoryTest {
protected:
  d::PetitionContent content() const { return {"融资需求", "融资", "需要流动资金贷款", "李四", "13800001111"}; }

  long long draft(SQLite::Database& c) {
    return PetitionRepository(c).insertDraft(enterpriseId, countyId, groupId, cadreId, content(), kTestEpoch, "req-00000001", "digest-1");
  }

  std::string text(SQLite::Database& c, const std::string& sql) {
    SQLite::Statement s(c, sql);
    return s.executeStep() ? s.getColumn(0).getString() : "";
  }
};

}  // namespace

TEST_F(PetitionRepositoryTest, ADraftKnowsItsEnterpriseAndIsFoundByItsClientRequest) {
  with([&](SQLite::Database& c) {
    PetitionRepository repo(c);
    const long long id = draft(c);
    auto row = repo.find(id, db::SqlCondition{});
    ASSERT_TRUE(row);
    EXPECT_EQ(row->state, d::PetitionState::Draft);
    EXPECT_EQ(row->content, content());
    EXPECT_EQ(row->enterpriseName, "十堰市鑫源汽车零部件有限公司");
    auto match = repo.findByClientRequest(enterpriseId, "req-00000001");
    ASSERT_TRUE(match);
    EXPECT_EQ(match->id, id);
    EXPECT_EQ(match->digest, "digest-1");
    EXPECT_FALSE(repo.findByClientRequest(enterpriseId, "req-00000002"));
    EXPECT_EQ(repo.enterpriseNameOf(id), "十堰市鑫源汽车零部件有限公司");
    EXPECT_EQ(repo.enterpriseNameOf(id + 100), "");
  });
}

TEST_F(PetitionRepositoryTest, EnterpriseAssignmentAndHandlers) {
  with([&](SQLite::Database& c) {
    PetitionRepository repo(c);
    auto a = repo.enterpriseAssignment(enterpriseId);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->regionId, countyId);
    EXPECT_EQ(a->industryGroupId, groupId);
    EXPECT_FALSE(repo.enterpriseAssignment(enterpriseId + 100));

    EXPECT_TRUE(repo.handlerExists(d::HandlerKind::Unit, jxjId));
    EXPECT_TRUE(repo.handlerExists(d::HandlerKind::County, countyId));
    EXPECT_FALSE(repo.handlerExists(d::HandlerKind::County, cityId));  // the city is no county
    EXPECT_FALSE(repo.handlerExists(d::HandlerKind::Unit, jxjId + 100));

    EXPECT_EQ(repo.unitName(jxjId), "十堰市经信局");
    EXPECT_EQ(repo.regionName(countyId), "茅箭区");
    EXPECT_EQ(repo.cadreName(cadreId), "张明");
    EXPECT_EQ(repo.cadreName(std::nullopt), "");
  });
}

TEST_F(PetitionRepositoryTest, VersionsExtensionsAndAppealsAreStoredByTheirKeys) {
  with([&](SQLite::Database& c) {
    PetitionRepository repo(c);
    const long long id = draft(c);
    const long long by = AccountRepository(c).insert(cadreAccount());
    repo.insertVersion(id, d::VersionKind::CadreEdit, content(), std::nullopt, "张明", kTestEpoch);
    EXPECT_EQ(text(c, "SELECT kind FROM petition_versions"), "cadre_edit");

    const long long clock = repo.startClock(id, d::ClockKind::Result, kTestEpoch, 15, "2026-03-23", kTestEpoch + 86400, "单位");
    EXPECT_FALSE(repo.pendingExtensionId(id));
    repo.insertExtension(id, clock, "理由", "2026-03-27", by, kTestEpoch);
    auto pending = repo.pendingExtensionId(id);
    ASSERT_TRUE(pending);
    repo.decideExtension(*pending, false, std::nullopt, "不同意", by, kTestEpoch);
    EXPECT_EQ(text(c, "SELECT status FROM petition_extensions"), "refused");
    EXPECT_FALSE(repo.pendingExtensionId(id));

    const long long rating = repo.insertRating(id, 1, d::Rating::Dissatisfied, "不满意", by, kTestEpoch);
    repo.insertAppeal(id, rating, "恶意差评", by, kTestEpoch);
    auto appeal = repo.pendingAppealId(id);
    ASSERT_TRUE(appeal);
    repo.decideAppeal(*appeal, true, "成立", by, kTestEpoch);
    EXPECT_EQ(text(c, "SELECT status FROM petition_appeals"), "upheld");
    EXPECT_FALSE(repo.pendingAppealId(id));
  });
}

TEST_F(PetitionRepositoryTest, RunningClocksMoveWithTheirPetitionAndRemindOncePerDay) {
  with([&](SQLite::Database& c) {
    PetitionRepository repo(c);
    const long long id = draft(c);
    const long long revision = repo.find(id, db::SqlCondition{})->revision;
    const long long clock = repo.startClock(id, d::ClockKind::Sign, kTestEpoch, 1, "2026-03-03", kTestEpoch + 86400, "单位");

    auto running = repo.runningClocksWithOwnDueDate();
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(running[0].id, clock);
    EXPECT_EQ(running[0].kind, "sign");
    EXPECT_EQ(running[0].dueDate, "2026-03-03");
    EXPECT_EQ(running[0].state, d::PetitionState::Draft);

    repo.moveClockDue(clock, id, "2026-03-04", kTestEpoch + 2 * 86400);
    EXPECT_EQ(repo.openClock(id)->dueDate, "2026-03-04");
    EXPECT_EQ(repo.find(id, db::SqlCondition{})->revision, revision + 1);

    EXPECT_TRUE(repo.openClocksDueBy("2026-03-03").empty());
    auto due = repo.openClocksDueBy("2026-03-04");
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].kind, d::ClockKind::Sign);
    EXPECT_EQ(due[0].dueDate.toIso(), "2026-03-04");

    EXPECT_TRUE(repo.markReminder(clock, "due_today", "2026-03-04", kTestEpoch));
    EXPECT_FALSE(repo.markReminder(clock, "due_today", "2026-03-04", kTestEpoch + 60));
    EXPECT_TRUE(repo.markReminder(clock, "overdue", "2026-03-04", kTestEpoch + 60));

    repo.extendClock(clock, id, "2026-03-10", kTestEpoch + 8 * 86400);
    EXPECT_TRUE(repo.runningClocksWithOwnDueDate().empty());  // an approved extension's date stays
  });
}

TEST_F(PetitionRepositoryTest, EventsAreFoundByActionSinceAnInstant) {
  with([&](SQLite::Database& c) {
    PetitionRepository repo(c);
    const long long id = draft(c);
    NewEvent e;
    e.petitionId = id;
    e.at = kTestEpoch;
    e.action = std::string(d::petitionEventKindKey(d::PetitionEventKind::Created));
    e.actorLabel = "企业";
    repo.insertEvent(e);
    EXPECT_TRUE(repo.hasEventSince(id, "create", kTestEpoch));
    EXPECT_FALSE(repo.hasEventSince(id, "create", kTestEpoch + 1));
    EXPECT_FALSE(repo.hasEventSince(id, "urge", kTestEpoch));
  });
}

TEST_F(PetitionRepositoryTest, PlatformSettingsAreSetAndReplaced) {
  with([&](SQLite::Database& c) {
    const long long admin = AccountRepository(c).insert(cadreAccount());
    PlatformSettingsRepository settings(c);
    EXPECT_FALSE(settings.value("petition.dispatch_limit_days"));
    settings.set("petition.dispatch_limit_days", "3", kTestEpoch, admin);
    EXPECT_EQ(settings.value("petition.dispatch_limit_days"), "3");
    settings.set("petition.dispatch_limit_days", "0", kTestEpoch + 1, admin);
    EXPECT_EQ(settings.value("petition.dispatch_limit_days"), "0");
  });
}

TEST_F(PetitionRepositoryTest, NoticeRecipientsPreferTheBoundMobile) {
  with([&](SQLite::Database& c) {
    NoticeRecipientRepository recipients(c);
    EXPECT_EQ(recipients.cadre(cadreId), (std::vector<std::string>{"13907191234"}));  // no account yet: the record's
    auto account = cadreAccount();
    account.mobile = "13600000000";
    AccountRepository(c).insert(account);
    EXPECT_EQ(recipients.cadre(cadreId), (std::vector<std::string>{"13600000000"}));
    EXPECT_EQ(recipients.enterprise(enterpriseId), (std::vector<std::string>{"13912345678"}));  // the liaison's
    EXPECT_TRUE(recipients.unitAdmins(jxjId).empty());
    EXPECT_TRUE(recipients.cityDispatchers().empty());
  });
}
