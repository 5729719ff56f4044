// Round trips of the petition wire types (qinqing/wire/petition_json.hpp): fromJson(toJson(x)) == x
// for a value with every field and every vocabulary set, and the keys the server documents.
// Pure: no I/O, so it also runs compiled to wasm under node.
#include <gtest/gtest.h>

#include "qinqing/wire/petition_attachment_json.hpp"
#include "qinqing/wire/petition_json.hpp"

using namespace qinqing;
namespace d = qinqing::domain;

namespace {

d::Date date(const char* iso) { return d::Date::parseIso(iso).value(); }

// Through text, as a reply travels.
nlohmann::json viaText(const nlohmann::json& j) { return nlohmann::json::parse(j.dump()); }

d::PetitionContent content() {
  return {"融资需求", "融资", "需要流动资金贷款 500 万元", "李华", "13800001111"};
}

d::PetitionSummary summary() {
  d::PetitionSummary s;
  s.id = 42;
  s.number = "SQ202603020001";
  s.title = "融资需求";
  s.category = "融资";
  s.state = d::PetitionState::Rectifying;
  s.outcome = d::PetitionOutcome::None;
  s.enterprise = {7, "十堰市鑫源汽车零部件有限公司"};
  s.cadre = d::NamedRef{3, "张明"};
  s.handler = d::NamedRef{9, "茅箭区"};
  s.handlerKind = d::HandlerKind::County;
  s.submittedAt = "2026-03-02T09:30:00+08:00";
  s.updatedAt = "2026-03-05T16:00:00+08:00";
  d::PetitionDeadline deadline;
  deadline.clock = d::ClockKind::Rectification;
  deadline.dueDate = date("2026-03-26");
  deadline.dueAt = "2026-03-26T23:59:59+08:00";
  deadline.status = d::DeadlineStatus{d::DeadlineState::Normal, 14, 0, false};
  deadline.text = "剩余14个工作日";
  s.deadline = deadline;
  s.revision = 11;
  return s;
}

d::PetitionDetail sampleDetail() {
  d::PetitionDetail x;
  x.summary = summary();
  x.content = content();
  x.enterpriseUscc = "91420300MA4KXXXX0X";
  x.regionName = "茅箭区";
  x.industryGroupName = "经信组";
  x.versions = {{1, d::VersionKind::Submitted, content(), "十堰市鑫源汽车零部件有限公司", "2026-03-02T09:30:00+08:00"},
                {2, d::VersionKind::CadreEdit, content(), "张明", "2026-03-02T11:00:00+08:00"}};
  d::PetitionClock clock;
  clock.id = 5;
  clock.kind = d::ClockKind::Result;
  clock.startedAt = "2026-03-03T10:00:00+08:00";
  clock.workingDays = 15;
  clock.dueDate = date("2026-03-24");
  clock.dueAt = "2026-03-24T23:59:59+08:00";
  clock.extended = true;
  clock.finishedAt = "2026-03-04T10:00:00+08:00";
  clock.onTime = true;
  clock.responsible = "茅箭区";
  x.clocks = {clock};
  d::PetitionEvent event;
  event.id = 8;
  event.at = "2026-03-02T09:30:00+08:00";
  event.action = std::string(d::petitionEventKindKey(d::PetitionEventKind::DeadlineMoved));
  event.actionLabel = d::petitionEventLabel(event.action);
  event.actor = "系统";
  event.actorRole = "平台";
  event.from = d::PetitionState::Handling;
  event.to = d::PetitionState::Handling;
  event.note = "调休；办理时限由2026-03-23调整为2026-03-24";
  x.events = {event};
  x.attachments = {{4, d::AttachmentPurpose::Result, "办理结果.pdf", "application/pdf", 1024, "ab12", "2026-03-04T09:00:00+08:00"}};
  x.results = {{1, "已协调银行放款", "茅箭区管理员", "2026-03-04T10:00:00+08:00"}};
  x.ratings = {{1, d::Rating::Dissatisfied, "放款额度不足", "2026-03-05T09:00:00+08:00", true}};
  d::PetitionExtension extension;
  extension.id = 2;
  extension.reason = "需要补充材料";
  extension.requestedDueDate = date("2026-03-27");
  extension.requestedAt = "2026-03-03T15:00:00+08:00";
  extension.status = d::ExtensionStatus::Approved;
  extension.decidedDueDate = date("2026-03-27");
  extension.decisionNote = "同意";
  extension.decidedAt = "2026-03-03T16:00:00+08:00";
  x.extensions = {extension};
  d::PetitionAppeal appeal;
  appeal.id = 1;
  appeal.reason = "评价与事实不符";
  appeal.filedAt = "2026-03-05T10:00:00+08:00";
  appeal.status = d::AppealStatus::Rejected;
  appeal.decisionNote = "申诉理由不充分";
  appeal.decidedAt = "2026-03-05T12:00:00+08:00";
  x.appeals = {appeal};
  x.visits = {{3, date("2026-03-05"), "电话", "企业表示理解", "张明"}};
  x.actions = {d::PetitionAction::SubmitResult, d::PetitionAction::RequestExtension};
  return x;
}

}  // namespace

TEST(PetitionJson, SummaryRoundTrips) {
  const auto s = summary();
  auto back = wire::petitionSummaryFromJson(viaText(wire::petitionSummaryToJson(s)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), s);
}

TEST(PetitionJson, ASummaryWithNoHandlerSendsAnEmptyHandlerKind) {
  auto s = summary();
  s.handler.reset();
  s.handlerKind.reset();
  const auto j = wire::petitionSummaryToJson(s);
  EXPECT_EQ(j["handler_kind"], "");
  EXPECT_TRUE(j["handler"].is_null());
  EXPECT_EQ(wire::petitionSummaryFromJson(viaText(j)).value(), s);
}

TEST(PetitionJson, DetailRoundTripsWithEveryRecord) {
  const auto x = sampleDetail();
  const auto j = wire::petitionDetailToJson(x);
  EXPECT_EQ(j["handler_kind"], "county");
  EXPECT_EQ(j["versions"][1]["kind"], "cadre_edit");
  EXPECT_EQ(j["extensions"][0]["status"], "approved");
  EXPECT_EQ(j["appeals"][0]["status"], "rejected");
  EXPECT_EQ(j["attachments"][0]["purpose"], "result");
  EXPECT_EQ(j["events"][0]["action"], "deadline_moved");
  EXPECT_EQ(j["events"][0]["action_label"], "时限调整");
  auto back = wire::petitionDetailFromJson(viaText(j));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), x);
}

TEST(PetitionJson, PageRoundTrips) {
  d::Page<d::PetitionSummary> page;
  page.items = {summary()};
  page.total = 21;
  page.page = 2;
  page.pageSize = 20;
  auto back = wire::petitionPageFromJson(viaText(wire::petitionPageToJson(page)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().items, page.items);
  EXPECT_EQ(back.value().total, 21);
  EXPECT_EQ(back.value().page, 2);
  EXPECT_EQ(back.value().pageSize, 20);
}

TEST(PetitionJson, ActionRequestRoundTrips) {
  d::PetitionActionRequest r;
  r.revision = 4;
  r.content = content();
  r.reason = "理由";
  r.note = "意见";
  r.handlerKind = d::HandlerKind::Unit;
  r.handlerId = 12;
  r.approve = false;
  r.newDueDate = date("2026-03-27");
  r.resultText = "办理结果";
  r.rating = d::Rating::BasicallySatisfied;
  r.comment = "尚可";
  r.visit = d::PetitionVisit{0, date("2026-03-05"), "上门", "已回访", ""};
  auto back = wire::petitionActionRequestFromJson(viaText(wire::petitionActionRequestToJson(r)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), r);

  d::PetitionActionRequest bare;
  bare.revision = 1;
  EXPECT_EQ(wire::petitionActionRequestFromJson(viaText(wire::petitionActionRequestToJson(bare))).value(), bare);
}

TEST(PetitionJson, AnUnknownHandlerKindIsRefusedOnItsField) {
  auto j = wire::petitionActionRequestToJson({});
  j["revision"] = 1;
  j["handler_kind"] = "bureau";
  auto r = wire::petitionActionRequestFromJson(j);
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_EQ(r.error().fields[0].field, "handler_kind");
}

TEST(PetitionJson, NewPetitionRoundTrips) {
  const d::NewPetition p{content(), true, "req-12345678"};
  auto back = wire::newPetitionFromJson(viaText(wire::newPetitionToJson(p)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), p);
}

TEST(PetitionJson, AttachmentRoundTrips) {
  const d::PetitionAttachment a{4, d::AttachmentPurpose::Petition, "营业执照.pdf", "application/pdf", 2048, "cd34",
                                "2026-03-01T08:00:00+08:00"};
  auto back = wire::petitionAttachmentFromJson(viaText(wire::petitionAttachmentToJson(a)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), a);
}

TEST(PetitionJson, BoxCountsRoundTripAndSkipUnknownBoxes) {
  const wire::PetitionBoxCounts counts = {{d::PetitionBox::Review, 3}, {d::PetitionBox::Overdue, 0}};
  auto j = viaText(wire::petitionBoxCountsToJson(counts));
  EXPECT_EQ(j, nlohmann::json::parse(R"({"counts":[{"box":"petitions.review","count":3},{"box":"inspect.overdue","count":0}]})"));
  EXPECT_EQ(wire::petitionBoxCountsFromJson(j).value(), counts);
  j["counts"].push_back({{"box", "petitions.future"}, {"count", 1}});
  EXPECT_EQ(wire::petitionBoxCountsFromJson(j).value(), counts);
}

TEST(PetitionJson, LeftScopeAndDispatchLimitRoundTrip) {
  EXPECT_EQ(wire::petitionLeftScopeToJson(42), nlohmann::json::parse(R"({"id":42,"left_scope":true})"));
  EXPECT_EQ(wire::petitionLeftScopeFromJson(viaText(wire::petitionLeftScopeToJson(42))), 42);
  EXPECT_FALSE(wire::petitionLeftScopeFromJson(wire::petitionDetailToJson(sampleDetail())).has_value());

  EXPECT_EQ(wire::dispatchLimitToJson(3), nlohmann::json::parse(R"({"days":3})"));
  EXPECT_EQ(wire::dispatchLimitFromJson(viaText(wire::dispatchLimitToJson(3))).value(), 3);
  auto bad = wire::dispatchLimitFromJson(nlohmann::json::parse(R"({"days":"3"})"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "days");
  EXPECT_EQ(bad.error().fields.at(0).message, "请填写分办时限（工作日）");
}

// Every vocabulary key decodes to its value, and every value has a key and a label.
TEST(PetitionVocabulary, EveryValueHasOneKeyAndLabelThatRoundTrip) {
  for (auto k : {d::HandlerKind::Unit, d::HandlerKind::County}) {
    EXPECT_EQ(d::handlerKindFromKey(d::handlerKindKey(k)), k);
    EXPECT_FALSE(d::handlerKindLabel(k).empty());
  }
  for (auto s : {d::ExtensionStatus::Pending, d::ExtensionStatus::Approved, d::ExtensionStatus::Refused}) {
    EXPECT_EQ(d::extensionStatusFromKey(d::extensionStatusKey(s)), s);
    EXPECT_FALSE(d::extensionStatusLabel(s).empty());
  }
  for (auto s : {d::AppealStatus::Pending, d::AppealStatus::Upheld, d::AppealStatus::Rejected}) {
    EXPECT_EQ(d::appealStatusFromKey(d::appealStatusKey(s)), s);
    EXPECT_FALSE(d::appealStatusLabel(s).empty());
  }
  for (auto k : {d::VersionKind::Submitted, d::VersionKind::CadreEdit}) {
    EXPECT_EQ(d::versionKindFromKey(d::versionKindKey(k)), k);
    EXPECT_FALSE(d::versionKindLabel(k).empty());
  }
  for (auto p : {d::AttachmentPurpose::Petition, d::AttachmentPurpose::Result}) {
    EXPECT_EQ(d::attachmentPurposeFromKey(d::attachmentPurposeKey(p)), p);
    EXPECT_FALSE(d::attachmentPurposeLabel(p).empty());
  }
  for (auto k : {d::PetitionEventKind::Created, d::PetitionEventKind::DeadlineMoved, d::PetitionEventKind::Reminder}) {
    EXPECT_EQ(d::petitionEventKindFromKey(d::petitionEventKindKey(k)), k);
    EXPECT_EQ(d::petitionEventLabel(d::petitionEventKindKey(k)), d::petitionEventKindLabel(k));
  }
  for (auto s : d::kAllPetitionSorts) EXPECT_EQ(d::petitionSortFromKey(d::petitionSortKey(s)), s);
  EXPECT_EQ(d::petitionListSortKeys(), (std::vector<std::string>{"updated", "due", "submitted", "number"}));
  for (auto s : d::kAllPetitionStates) EXPECT_EQ(d::petitionStateFromKey(d::petitionStateKey(s)), s);
  for (auto k : d::kAllClockKinds) EXPECT_EQ(d::clockKindFromKey(d::clockKindKey(k)), k);
  for (auto r : d::kAllRatings) EXPECT_EQ(d::ratingFromKey(d::ratingKey(r)), r);
  EXPECT_EQ(d::petitionEventLabel("submit"), "提交诉求");
  EXPECT_EQ(d::petitionEventLabel("something_else"), "something_else");
}
