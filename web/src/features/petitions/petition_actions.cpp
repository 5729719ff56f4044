#include "features/petitions/petition_actions.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <random>

#include "features/petitions/deadline_text.hpp"
#include "features/petitions/attachment_actions.hpp"
#include "platform/local_store.hpp"
#include "qinqing/petition/petition_boxes.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/petition/petition_request_rules.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/org_json.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// The local copy of the 发布诉求 form belongs to the signed-in enterprise account.
std::string localDraftKey(const AppState& state) {
  return "qinqing.petition_draft." + (state.session ? std::to_string(state.session->profile.accountId) : "0");
}

// 16 random hex digits: a submission retried after a lost reply carries the same id.
std::string newClientRequestId() {
  std::random_device rd;  // crypto.getRandomValues in the browser
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "web-";
  for (int i = 0; i < 16; ++i) id += kHex[rd() % 16];
  return id;
}

void applyError(const HttpReply& reply, FormFeedback& feedback) {
  auto error = replyError(reply);
  feedback.fieldErrors = error.fields;
  feedback.formError = error.fields.empty() ? error.message : "请按提示修改后再提交";
}

std::string listQuery(const PetitionListState& s) {
  std::string q = api::path<api::petitions::list>() + "?box=" + s.box + "&" + wire::pageRequestToQuery(s.list.request);
  if (s.stateFilter > 0) q += "&state=" + std::string(d::petitionStateKey(d::kAllPetitionStates[s.stateFilter - 1]));
  if (s.categoryFilter > 0) {
    q += "&category=" + wire::percentEncode(d::kPetitionCategories[static_cast<size_t>(s.categoryFilter - 1)]);
  }
  return q;
}

void showDetail(AppState& state, d::PetitionDetail detail) {
  PetitionDetailState& s = state.petitions.detail;
  s.id = detail.summary.id;
  setPetitionAttachments(state, detail.summary.id, detail.attachments);
  s.detail = std::move(detail);
}

void writeLocal(AppState& state) {
  const PetitionDraftState& f = state.petitions.draft;
  nlohmann::json j = {{"content", wire::petitionContentToJson(f.content)},
                      {"petition_id", f.petitionId},
                      {"revision", f.revision},
                      {"client_request_id", f.clientRequestId}};
  saveLocal(localDraftKey(state), j.dump());
}

// The saved local copy, if there is one for this account.
bool restoreLocal(AppState& state) {
  const std::string text = loadLocal(localDraftKey(state));
  if (text.empty()) return false;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return false;
  auto content = wire::petitionContentFromJson(j.value("content", nlohmann::json::object()));
  if (!content) return false;
  PetitionDraftState& f = state.petitions.draft;
  f.content = content.value();
  f.petitionId = j.value("petition_id", 0LL);
  f.revision = j.value("revision", 0LL);
  f.clientRequestId = j.value("client_request_id", std::string());
  f.restoredLocal = true;
  return true;
}

}  // namespace

bool isPetitionMenu(const std::string& key) {
  return key == "petition_new" || d::petitionBoxFromKey(key).has_value();
}

void openPetitionMenu(AppState& state, const std::string& key) {
  PetitionsState& p = state.petitions;
  if (key == "petition_new") {
    // Reopening the form keeps what is being typed; a fresh form picks up the local copy.
    if (p.draft.petitionId == 0 && p.draft.content == d::PetitionContent{}) restoreLocal(state);
    if (p.draft.clientRequestId.empty()) p.draft.clientRequestId = newClientRequestId();
    p.draft.feedback = FormFeedback{};
    return;
  }
  p.list = PetitionListState{};
  p.list.box = key;
  p.list.list.request.sort = "updated";  // newest activity first, as the table's arrow then shows
  p.list.list.request.descending = true;
  p.detail = PetitionDetailState{};
  loadPetitions(state);
  loadPetitionCounts(state);
}

void loadPetitions(AppState& state) {
  PetitionListState& s = state.petitions.list;
  if (s.box.empty()) return;
  s.list.loading = true;
  s.list.error.clear();
  const int seq = ++s.list.sequence;
  sendSignedIn(state, "GET", listQuery(s), "", ReplyGuard{{&state.petitions.list.list.loading}, [&state, seq] { return seq == state.petitions.list.list.sequence; }}, [&state](const HttpReply& reply) {
    PetitionListState& l = state.petitions.list;
    if (reply.status != 200) {
      l.list.error = "诉求列表加载失败：" + replyError(reply).message;
      return;
    }
    auto page = wire::petitionPageFromJson(parsedReply(reply));
    if (!page) {
      l.list.error = page.error().message;
      return;
    }
    l.list.page = std::move(page).value();
    l.list.request.page = l.list.page.page;
  });
}

void loadPetitionCounts(AppState& state) {
  if (!state.session || state.session->profile.role == d::Role::Enterprise) return;
  // The platform's administrators have no petition boxes: the server would refuse (and audit) it.
  const d::Role role = state.session->profile.role;
  if (std::none_of(std::begin(d::kAllPetitionBoxes), std::end(d::kAllPetitionBoxes),
                   [role](d::PetitionBox box) { return d::petitionBoxAllowed(box, role); }))
    return;
  send(state, "GET", api::path<api::petitions::counts>(), "", [&state](const HttpReply& reply) {
    if (reply.status != 200) return;  // badges are a convenience; the lists say the same
    auto j = parsedReply(reply);
    if (!j.is_object() || !j.contains("counts") || !j["counts"].is_array()) return;
    state.petitions.counts.clear();
    for (const auto& item : j["counts"]) {
      if (item.is_object()) state.petitions.counts[item.value("box", "")] = item.value("count", 0LL);
    }
  });
}

void openPetition(AppState& state, long long id) {
  PetitionDetailState& s = state.petitions.detail;
  s.form = PetitionActionForm{};
  s.message.clear();
  s.error.clear();
  s.conflict.clear();
  s.revealError.clear();
  if (id == 0) {
    s.id = 0;
    s.detail.reset();
    // The list shows the state the detail left behind (none was open when the petition came from a report).
    if (!state.petitions.list.box.empty()) loadPetitions(state);
    return;
  }
  s.id = id;
  s.loading = true;
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", api::path<api::petitions::one>(id), "", ReplyGuard{{&state.petitions.detail.loading}, [&state, seq] { return seq == state.petitions.detail.sequence; }}, [&state](const HttpReply& reply) {
    PetitionDetailState& det = state.petitions.detail;
    if (reply.status != 200) {
      det.error = "诉求加载失败：" + replyError(reply).message;
      return;
    }
    auto detail = wire::petitionDetailFromJson(parsedReply(reply));
    if (!detail) {
      det.error = detail.error().message;
      return;
    }
    showDetail(state, std::move(detail).value());
  });
}

void startPetitionAction(AppState& state, d::PetitionAction action) {
  PetitionDetailState& s = state.petitions.detail;
  if (!s.detail) return;
  s.form = PetitionActionForm{};
  s.form.action = action;
  s.message.clear();
  s.form.content = s.detail->content;
  const d::Date today = d::localDate(state.now);
  s.form.visitDate = today.toIso();
  if (action == d::PetitionAction::DecideExtension) {
    for (const auto& x : s.detail->extensions) {
      if (x.status == d::ExtensionStatus::Pending) s.form.dueDate = x.requestedDueDate.toIso();
    }
  }
}

void cancelPetitionAction(AppState& state) { state.petitions.detail.form = PetitionActionForm{}; }

void submitPetitionAction(AppState& state) {
  PetitionDetailState& s = state.petitions.detail;
  PetitionActionForm& f = s.form;
  if (!s.detail || !f.action || f.feedback.saving) return;
  const d::PetitionAction action = *f.action;
  f.feedback = FormFeedback{};

  d::PetitionActionRequest r;
  r.revision = s.detail->summary.revision;
  r.reason = f.reason;
  r.note = f.note;
  r.resultText = f.resultText;
  r.comment = f.comment;
  if (action == d::PetitionAction::Approve && f.editContent) r.content = f.content;
  if (action == d::PetitionAction::Dispatch) {
    r.handlerKind = f.handlerKind;
    r.handlerId = f.handlerId;
  }
  if (action == d::PetitionAction::DecideExtension || action == d::PetitionAction::DecideAppeal) r.approve = f.approve;
  if (action == d::PetitionAction::Rate && f.rating > 0) r.rating = d::kAllRatings[static_cast<size_t>(f.rating - 1)];
  std::vector<d::FieldError> dateErrors;
  if (action == d::PetitionAction::RequestExtension ||
      (action == d::PetitionAction::DecideExtension && f.approve)) {
    if (!f.dueDate.empty()) {
      auto date = d::Date::parseIso(f.dueDate);
      if (date) r.newDueDate = date.value();
      else dateErrors.push_back({"new_due_date", "日期格式应为 2026-12-31"});
    }
  }
  if (action == d::PetitionAction::RecordReturnVisit) {
    d::PetitionVisit v;
    auto date = d::Date::parseIso(f.visitDate);
    if (date) v.visitedOn = date.value();
    else dateErrors.push_back({"visited_on", "日期格式应为 2026-12-31"});
    v.method = f.visitMethod;
    v.note = f.visitNote;
    r.visit = v;
  }
  // The same rules the server applies, so the clerk sees every problem before anything is sent.
  std::optional<d::Date> currentDue;
  if (s.detail->summary.deadline) currentDue = s.detail->summary.deadline->dueDate;
  if (state.calendar.calendar) {
    auto valid = d::validatePetitionActionRequest(action, r, s.detail->content, *state.calendar.calendar,
                                                  d::localDate(state.now), currentDue);
    if (!valid) dateErrors.insert(dateErrors.end(), valid.error().fields.begin(), valid.error().fields.end());
  }
  if (!dateErrors.empty()) {
    f.feedback.fieldErrors = std::move(dateErrors);
    f.feedback.formError = "请按提示修改后再提交";
    return;
  }
  f.feedback.saving = true;
  const long long id = s.detail->summary.id;
  const std::string path = api::path<api::petitions::action>(id, d::petitionActionKey(action));
  sendSignedIn(state, "POST", path, wire::petitionActionRequestToJson(r).dump(), ReplyGuard{{&state.petitions.detail.form.feedback.saving}, [&state, id] { return state.petitions.detail.id == id; }}, [&state, id, action](const HttpReply& reply) {
    PetitionDetailState& det = state.petitions.detail;
    if (reply.status == 409) {
      // Someone acted first, or the state moved on: show why and the petition as it is now.
      const std::string message = replyError(reply).message;
      openPetition(state, id);
      det.error.clear();
      det.message.clear();
      det.form = PetitionActionForm{};
      det.conflict = message;
      return;
    }
    if (reply.status != 200) return applyError(reply, det.form.feedback);
    const auto body = parsedReply(reply);
    if (body.is_object() && body.value("left_scope", false)) {
      // Done, and no longer this user's petition (e.g. returned to the dispatcher): back to the list.
      state.petitions.list.message = std::string(d::petitionActionLabel(action)) + "：操作成功，该诉求已移出本单位列表";
      openPetition(state, 0);
      loadPetitionCounts(state);
      return;
    }
    auto detail = wire::petitionDetailFromJson(body);
    if (!detail) {
      det.form.feedback.formError = detail.error().message;
      return;
    }
    det.form = PetitionActionForm{};
    det.conflict.clear();
    det.message = std::string(d::petitionActionLabel(action)) + "：操作成功";
    showDetail(state, std::move(detail).value());
    loadPetitionCounts(state);
  });
}

void storePetitionDraftLocally(AppState& state) {
  writeLocal(state);
  const auto t = d::formatChinaTime(state.now);  // "2026-11-27T10:30:00+08:00"
  state.petitions.draft.savedLocallyAt = t.size() >= 16 ? t.substr(11, 5) : t;
}

void savePetitionDraft(AppState& state, bool submit) {
  PetitionDraftState& f = state.petitions.draft;
  if (f.feedback.saving) return;
  f.feedback = FormFeedback{};
  auto valid = submit ? d::validatePetitionForSubmit(f.content) : d::validatePetitionDraft(f.content);
  if (!valid) {
    f.feedback.fieldErrors = valid.error().fields;
    f.feedback.formError = submit ? "请补全诉求内容后再提交" : "请按提示修改后再保存";
    return;
  }
  if (f.clientRequestId.empty()) f.clientRequestId = newClientRequestId();
  storePetitionDraftLocally(state);  // whatever the network does, the text is safe here
  f.feedback.saving = true;

  std::string path;
  std::string body;
  if (f.petitionId == 0) {
    d::NewPetition n;
    n.content = f.content;
    n.submit = submit;
    n.clientRequestId = f.clientRequestId;
    path = api::path<api::petitions::list>();
    body = wire::newPetitionToJson(n).dump();
  } else {
    d::PetitionActionRequest r;
    r.revision = f.revision;
    r.content = f.content;
    path = api::path<api::petitions::action>(
        f.petitionId, d::petitionActionKey(submit ? d::PetitionAction::Submit : d::PetitionAction::SaveDraft));
    body = wire::petitionActionRequestToJson(r).dump();
  }
  sendSignedIn(state, "POST", path, body, ReplyGuard{{&state.petitions.draft.feedback.saving}}, [&state, submit](const HttpReply& reply) {
    PetitionDraftState& form = state.petitions.draft;
    if (reply.status == 0) {
      form.offline = true;
      form.feedback.formError = "无法连接服务器：诉求已保存在本机，恢复网络后再点击“" +
                                std::string(submit ? "提交诉求" : "保存草稿") + "”即可，内容不会丢失";
      return;
    }
    form.offline = false;
    if (reply.status != 200 && reply.status != 201) return applyError(reply, form.feedback);
    auto detail = wire::petitionDetailFromJson(parsedReply(reply));
    if (!detail) {
      form.feedback.formError = detail.error().message;
      return;
    }
    if (submit) {
      // Submitted: the form and its local copy are done; the petition opens in 我的诉求.
      removeLocal(localDraftKey(state));
      const long long id = detail.value().summary.id;
      state.petitions.draft = PetitionDraftState{};
      state.activeMenuKey = "petition_mine";
      openPetitionMenu(state, "petition_mine");
      showDetail(state, std::move(detail).value());
      state.petitions.detail.message = "诉求已提交，已短信通知包联干部审核（" + workingDaysText(d::ClockKind::Review) + "内）";
      state.petitions.detail.id = id;
      return;
    }
    form.petitionId = detail.value().summary.id;
    form.revision = detail.value().summary.revision;
    form.clientRequestId.clear();  // the draft exists now; later saves act on it by id
    writeLocal(state);
    form.feedback.message = "草稿已保存（" + detail.value().summary.number + "），可继续修改或提交";
    setPetitionAttachments(state, form.petitionId, detail.value().attachments);
  });
}

void editPetitionDraft(AppState& state, long long id) {
  sendSignedIn(state, "GET", api::path<api::petitions::one>(id), "", ReplyGuard{}, [&state](const HttpReply& reply) {
    if (reply.status != 200) {
      state.petitions.detail.error = "诉求加载失败：" + replyError(reply).message;
      return;
    }
    auto detail = wire::petitionDetailFromJson(parsedReply(reply));
    if (!detail) return;
    PetitionDraftState& f = state.petitions.draft;
    f = PetitionDraftState{};
    f.petitionId = detail.value().summary.id;
    f.revision = detail.value().summary.revision;
    f.content = detail.value().content;
    setPetitionAttachments(state, f.petitionId, detail.value().attachments);
    writeLocal(state);
    state.activeMenuKey = "petition_new";
  });
}

void newPetitionDraft(AppState& state) {
  removeLocal(localDraftKey(state));
  state.petitions.draft = PetitionDraftState{};
  state.petitions.draft.clientRequestId = newClientRequestId();
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const RevealPetitionContact& /*intent*/) {
  PetitionDetailState& s = state.petitions.detail;
  if (!s.detail) return;
  const long long id = s.id;
  s.revealError.clear();
  s.revealing = true;
  sendSignedIn(state, "POST", api::path<api::petitions::contactMobile>(id), "{}",
               ReplyGuard{{&state.petitions.detail.revealing}, [&state, id] { return state.petitions.detail.id == id; }},
               [&state](const HttpReply& reply) {
                 PetitionDetailState& det = state.petitions.detail;
                 if (!det.detail) return;
                 if (reply.status != 200) {
                   det.revealError = replyError(reply).message;
                   return;
                 }
                 auto value = wire::getString(parsedReply(reply), "value");
                 if (value) det.detail->content.contactMobile = *value;
               });
}

void perform(AppState& state, const LoadPetitions& /*intent*/) { loadPetitions(state); }
void perform(AppState& state, const OpenPetition& intent) { openPetition(state, intent.id); }
void perform(AppState& state, const StartPetitionAction& intent) { startPetitionAction(state, intent.action); }
void perform(AppState& state, const CancelPetitionAction& /*intent*/) { cancelPetitionAction(state); }
void perform(AppState& state, const SubmitPetitionAction& /*intent*/) { submitPetitionAction(state); }
void perform(AppState& state, const SavePetitionDraft& intent) { savePetitionDraft(state, intent.submit); }
void perform(AppState& state, const EditPetitionDraft& intent) { editPetitionDraft(state, intent.id); }
void perform(AppState& state, const NewPetitionDraft& /*intent*/) { newPetitionDraft(state); }
void perform(AppState& state, const StorePetitionDraftLocally& /*intent*/) { storePetitionDraftLocally(state); }
void perform(AppState& state, const DownloadDispatchSheet& intent) { downloadDispatchSheet(state, intent); }
void perform(AppState& state, const LoadPetitionCounts& /*intent*/) { loadPetitionCounts(state); }

}  // namespace qinqing::web
