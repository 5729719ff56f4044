// 政策指南 (readers; for an enterprise the server puts the guides that fit it first) and 政策指南发布
// (系统管理员): the requests of both screens.
#include "features/content/content_actions.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// The draft as typed. The dates go as typed, so a missing or malformed one is the server's field
// error beside its field (the wire mapping writes only dates that parse).
nlohmann::json draftJson(const PolicyForm& f) {
  d::PolicyGuideDraft draft;
  draft.title = f.title;
  draft.issuer = f.issuer;
  draft.documentNumber = f.documentNumber;
  if (auto date = d::Date::parseIso(f.issuedOn)) draft.issuedOn = date.value();
  if (auto date = d::Date::parseIso(f.validUntil)) draft.validUntil = date.value();
  if (!f.allGroups) draft.industryGroupIds = f.industryGroupIds;
  if (!f.allRegions) draft.regionIds = f.regionIds;
  draft.summary = f.summary;
  draft.body = f.body;
  nlohmann::json j = wire::policyGuideDraftToJson(draft);
  j["issued_on"] = f.issuedOn;
  j["valid_until"] = f.validUntil;
  return j;
}

void reloadPolicyRecord(AppState& state, long long id) {
  PolicyPublishState& s = state.content.policyPublish;
  loadOpenRecord(state, s.open, id, api::path<api::policies::publishOne>(id), wire::policyGuideFromJson, "政策指南",
                 [&state, &s](const nlohmann::json& j) {
                   showContentFiles(state, ContentFileOwner::policy, s.open.id, s.open.record->attachments);
                   s.versionCount = j.contains("versions") && j["versions"].is_array() ? static_cast<int>(j["versions"].size()) : 0;
                 });
}

}  // namespace

void openPolicyBoard(AppState& state) {
  state.content.policies = PolicyBoardState{};
  loadContentRefs(state);
  perform(state, LoadPolicies{});
}

void perform(AppState& state, const LoadPolicies&) {
  PolicyBoardState& s = state.content.policies;
  loadListPage(state, s.list, api::path<api::policies::list>(), s.validOnly ? "&valid=1" : "", wire::policyGuideFromJson, "政策指南");
}

void perform(AppState& state, const OpenPolicy& intent) {
  PolicyBoardState& s = state.content.policies;
  loadOpenRecord(state, s.open, intent.id, api::path<api::policies::one>(intent.id), wire::policyGuideFromJson, "政策指南",
                 [&state, &s](const nlohmann::json&) {
                   showContentFiles(state, ContentFileOwner::policy, s.open.id, s.open.record->attachments);
                 });
  if (intent.id == 0) return;
  sendSignedIn(state, "POST", api::path<api::policies::read>(intent.id), "", ReplyGuard{}, [&state, id = intent.id](const HttpReply& reply) {
    if (reply.status >= 300) return;
    for (auto& p : state.content.policies.list.page.items) {
      if (p.id == id) p.read = true;
    }
  });
}

void openPolicyPublish(AppState& state) {
  state.content.policyPublish = PolicyPublishState{};
  state.content.policyPublish.list.request.sort = "updated_at";
  state.content.policyPublish.list.request.descending = true;
  loadContentRefs(state);
  perform(state, LoadPolicyAdmin{});
}

void perform(AppState& state, const LoadPolicyAdmin&) {
  PolicyPublishState& s = state.content.policyPublish;
  loadListPage(state, s.list, api::path<api::policies::publishList>(), publicationStateFilter(s.stateFilter), wire::policyGuideFromJson,
               "政策指南");
}

void perform(AppState& state, const OpenPolicyAdmin& intent) {
  PolicyPublishState& s = state.content.policyPublish;
  s.form = PolicyForm{};
  s.confirm = PublishConfirm{};
  s.versionCount = 0;
  reloadPolicyRecord(state, intent.id);
  if (intent.id == 0) perform(state, LoadPolicyAdmin{});
}

void perform(AppState& state, const StartPolicyForm& intent) {
  PolicyPublishState& s = state.content.policyPublish;
  s.form = PolicyForm{};
  s.form.visible = true;
  s.confirm = PublishConfirm{};
  loadContentRefs(state);
  if (intent.id == 0) {
    s.open = {};
    return;
  }
  if (!s.open.record || s.open.record->id != intent.id) return;
  const auto& c = s.open.record->content;
  PolicyForm& f = s.form;
  f.id = intent.id;
  f.title = c.title;
  f.issuer = c.issuer;
  f.documentNumber = c.documentNumber;
  f.issuedOn = c.issuedOn.toIso();
  f.validUntil = c.validUntil ? c.validUntil->toIso() : "";
  f.allGroups = c.industryGroupIds.empty();
  f.industryGroupIds = c.industryGroupIds;
  f.allRegions = c.regionIds.empty();
  f.regionIds = c.regionIds;
  f.summary = c.summary;
  f.body = c.body;
}

void perform(AppState& state, const SavePolicy&) {
  PolicyForm& f = state.content.policyPublish.form;
  if (f.feedback.saving) return;
  f.feedback.clear();
  f.feedback.saving = true;
  const bool creating = f.id == 0;
  const std::string path = creating ? api::path<api::policies::publishList>() : api::path<api::policies::publishOne>(f.id);
  sendSignedIn(state, creating ? "POST" : "PUT", path, draftJson(f).dump(), ReplyGuard{{&f.feedback.saving}},
               [&state, creating](const HttpReply& reply) {
                 PolicyPublishState& p = state.content.policyPublish;
                 if (reply.status != 200 && reply.status != 201) return applyFormError(reply, p.form.feedback);
                 auto saved = wire::policyGuideFromJson(parsedReply(reply));
                 if (!saved) {
                   p.form.feedback.formError = saved.error().message;
                   return;
                 }
                 p.form = PolicyForm{};
                 p.confirm.message = creating ? "草稿已保存" : "修改已保存";
                 reloadPolicyRecord(state, saved.value().id);
                 perform(state, LoadPolicyAdmin{});
               });
}

void perform(AppState& state, const ConfirmPolicyStep& intent) {
  PolicyPublishState& s = state.content.policyPublish;
  if (!s.open.record || s.confirm.busy) return;
  const long long id = s.open.record->id;
  s.confirm.busy = true;
  s.confirm.error.clear();
  sendSignedIn(state, "POST", intent.withdraw ? api::path<api::policies::withdraw>(id) : api::path<api::policies::publish>(id), "",
               ReplyGuard{{&s.confirm.busy}}, [&state, withdraw = intent.withdraw, id](const HttpReply& reply) {
                 PublishConfirm& c = state.content.policyPublish.confirm;
                 if (reply.status != 200) {
                   c.error = (withdraw ? "撤回失败：" : "发布失败：") + replyError(reply).message;
                   return;
                 }
                 c.step = PublishStep::None;
                 c.message = withdraw ? "已撤回" : "已发布";
                 reloadPolicyRecord(state, id);
                 perform(state, LoadPolicyAdmin{});
               });
}

}  // namespace qinqing::web
