// A petition action from the detail screen (features/petitions): the form opens for an action the
// detail offers, and its submission posts to that action's path with the petition's revision.
#include <nlohmann/json.hpp>

#include "app/request.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

using PetitionActionsTest = WebClientTest;

domain::PetitionDetail openDetail(long long id, long long revision) {
  domain::PetitionDetail detail;
  detail.summary.id = id;
  detail.summary.revision = revision;
  detail.actions = {domain::PetitionAction::Sign, domain::PetitionAction::ReturnToDispatcher};
  return detail;
}

TEST_F(PetitionActionsTest, SubmittingAnActionPostsToItsPathWithTheRevision) {
  signIn(domain::Role::UnitAdmin);
  m_state.petitions.detail.id = 31;
  m_state.petitions.detail.detail = openDetail(31, 4);
  act(StartPetitionAction{domain::PetitionAction::Sign});
  ASSERT_TRUE(m_state.petitions.detail.form.action);
  act(SubmitPetitionAction{});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"POST /api/petitions/31/actions/sign"}));
  auto body = nlohmann::json::parse(sentRequests()[0].body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << sentRequests()[0].body;
  EXPECT_EQ(body.value("revision", 0LL), 4);
  EXPECT_TRUE(m_state.petitions.detail.form.feedback.saving);
}

TEST_F(PetitionActionsTest, EveryActionKeyNamesItsOwnPath) {
  for (domain::PetitionAction action : {domain::PetitionAction::Sign, domain::PetitionAction::ReturnToDispatcher,
                                        domain::PetitionAction::Approve, domain::PetitionAction::Urge}) {
    resetHttp();
    signIn(domain::Role::UnitAdmin);
    m_state.petitions.detail = PetitionDetailState{};
    m_state.petitions.detail.id = 8;
    auto detail = openDetail(8, 1);
    detail.actions = {action};
    m_state.petitions.detail.detail = detail;
    act(StartPetitionAction{action});
    m_state.petitions.detail.form.reason = "非本单位职责范围";  // 退回分办 asks for one
    act(SubmitPetitionAction{});
    ASSERT_EQ(sentRequests().size(), 1u) << domain::petitionActionKey(action);
    EXPECT_EQ(sentRequests()[0].path, "/api/petitions/8/actions/" + std::string(domain::petitionActionKey(action)));
  }
}

TEST_F(PetitionActionsTest, ASessionEndedMidActionSignsOut) {
  signIn(domain::Role::UnitAdmin);
  m_state.petitions.detail.id = 31;
  m_state.petitions.detail.detail = openDetail(31, 4);
  act(StartPetitionAction{domain::PetitionAction::Sign});
  act(SubmitPetitionAction{});
  answerAll(401);
  EXPECT_FALSE(m_state.petitions.detail.form.feedback.saving);
  EXPECT_EQ(m_state.screen, Screen::Login);
  EXPECT_EQ(m_state.login.formError, kSessionExpired);
}

}  // namespace
}  // namespace qinqing::web::test
