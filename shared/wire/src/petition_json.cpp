#include "qinqing/wire/petition_json.hpp"

#include <cctype>

#include "qinqing/wire/calendar_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/petition_attachment_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

json optString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
json optDate(const std::optional<d::Date>& date) { return date ? json(date->toIso()) : json(nullptr); }
std::optional<d::Date> readDate(const json& j, const char* key) {
  auto s = getString(j, key);
  if (!s) return std::nullopt;
  auto date = d::Date::parseIso(*s);
  return date.ok() ? std::optional<d::Date>(date.value()) : std::nullopt;
}
long long num(const json& j, const char* key) { return getInt(j, key).value_or(0); }
const json& arrayAt(const json& j, const char* key) {
  static const json empty = json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}


json deadlineToJson(const d::PetitionDeadline& dl) {
  return {{"clock", d::clockKindKey(dl.clock)},
          {"clock_label", d::clockKindLabel(dl.clock)},
          {"due_date", optDate(dl.dueDate)},
          {"due_at", optString(dl.dueAt)},
          {"status", dl.status ? deadlineStatusToJson(*dl.status) : json(nullptr)},
          {"text", dl.text}};
}

std::optional<d::PetitionDeadline> deadlineFromJson(const json& j) {
  if (!j.is_object()) return std::nullopt;
  auto clock = d::clockKindFromKey(textAt(j, "clock"));
  if (!clock) return std::nullopt;
  d::PetitionDeadline dl;
  dl.clock = *clock;
  dl.dueDate = readDate(j, "due_date");
  dl.dueAt = getString(j, "due_at");
  if (auto it = j.find("status"); it != j.end() && it->is_object()) {
    auto status = deadlineStatusFromJson(*it);
    if (status.ok()) dl.status = status.value();
  }
  dl.text = textAt(j, "text");
  return dl;
}

void writeSummary(json& j, const d::PetitionSummary& s) {
  j["id"] = s.id;
  j["number"] = s.number;
  j["title"] = s.title;
  j["category"] = s.category;
  j["state"] = d::petitionStateKey(s.state);
  j["state_label"] = d::petitionStateLabel(s.state);
  j["outcome"] = d::petitionOutcomeKey(s.outcome);
  j["outcome_label"] = d::petitionOutcomeLabel(s.outcome);
  j["enterprise"] = namedRefToJson(s.enterprise);
  j["cadre"] = optionalRefToJson(s.cadre);
  j["handler"] = optionalRefToJson(s.handler);
  j["handler_kind"] = s.handlerKind ? d::handlerKindKey(*s.handlerKind) : std::string_view{};
  j["submitted_at"] = optString(s.submittedAt);
  j["updated_at"] = s.updatedAt;
  j["deadline"] = s.deadline ? deadlineToJson(*s.deadline) : json(nullptr);
  j["revision"] = s.revision;
}

json clockToJson(const d::PetitionClock& c) {
  return {{"id", c.id},
          {"kind", d::clockKindKey(c.kind)},
          {"kind_label", d::clockKindLabel(c.kind)},
          {"started_at", c.startedAt},
          {"working_days", c.workingDays},
          {"due_date", optDate(c.dueDate)},
          {"due_at", optString(c.dueAt)},
          {"extended", c.extended},
          {"finished_at", optString(c.finishedAt)},
          {"on_time", c.onTime ? json(*c.onTime) : json(nullptr)},
          {"responsible", c.responsible}};
}

d::PetitionClock clockFromJson(const json& j) {
  d::PetitionClock c;
  c.id = num(j, "id");
  c.kind = d::clockKindFromKey(textAt(j, "kind")).value_or(d::ClockKind::Review);
  c.startedAt = textAt(j, "started_at");
  c.workingDays = static_cast<int>(num(j, "working_days"));
  c.dueDate = readDate(j, "due_date");
  c.dueAt = getString(j, "due_at");
  c.extended = getBool(j, "extended").value_or(false);
  c.finishedAt = getString(j, "finished_at");
  c.onTime = getBool(j, "on_time");
  c.responsible = textAt(j, "responsible");
  return c;
}

json eventToJson(const d::PetitionEvent& e) {
  return {{"id", e.id},          {"at", e.at},
          {"action", e.action},  {"action_label", e.actionLabel},
          {"actor", e.actor},    {"actor_role", e.actorRole},
          {"from", d::petitionStateKey(e.from)}, {"to", d::petitionStateKey(e.to)},
          {"to_label", d::petitionStateLabel(e.to)}, {"note", e.note}};
}

d::PetitionEvent eventFromJson(const json& j) {
  d::PetitionEvent e;
  e.id = num(j, "id");
  e.at = textAt(j, "at");
  e.action = textAt(j, "action");
  e.actionLabel = textAt(j, "action_label");
  e.actor = textAt(j, "actor");
  e.actorRole = textAt(j, "actor_role");
  e.from = d::petitionStateFromKey(textAt(j, "from")).value_or(d::PetitionState::Draft);
  e.to = d::petitionStateFromKey(textAt(j, "to")).value_or(d::PetitionState::Draft);
  e.note = textAt(j, "note");
  return e;
}

json visitToJson(const d::PetitionVisit& v) {
  return {{"id", v.id}, {"visited_on", v.visitedOn.toIso()}, {"method", v.method}, {"note", v.note},
          {"recorded_by", v.recordedBy}};
}

}  // namespace

json petitionContentToJson(const d::PetitionContent& c) {
  return {{"title", c.title},
          {"category", c.category},
          {"description", c.description},
          {"contact_name", c.contactName},
          {"contact_mobile", c.contactMobile}};
}

d::Result<d::PetitionContent> petitionContentFromJson(const json& j) {
  if (!j.is_object()) return badShape("诉求内容");
  d::PetitionContent c;
  std::vector<d::FieldError> errors;
  auto read = [&](const char* key, std::string& out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return;
    if (!it->is_string()) {
      errors.push_back({key, "应为文字"});
      return;
    }
    out = it->get<std::string>();
  };
  read("title", c.title);
  read("category", c.category);
  read("description", c.description);
  read("contact_name", c.contactName);
  read("contact_mobile", c.contactMobile);
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return c;
}

json petitionSummaryToJson(const d::PetitionSummary& s) {
  json j = json::object();
  writeSummary(j, s);
  return j;
}

d::Result<d::PetitionSummary> petitionSummaryFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("诉求");
  d::PetitionSummary s;
  s.id = num(j, "id");
  s.number = textAt(j, "number");
  s.title = textAt(j, "title");
  s.category = textAt(j, "category");
  auto state = d::petitionStateFromKey(textAt(j, "state"));
  if (!state) return badShape("诉求状态");
  s.state = *state;
  s.outcome = d::petitionOutcomeFromKey(textAt(j, "outcome")).value_or(d::PetitionOutcome::None);
  s.enterprise = namedRefAt(j, "enterprise").value_or(d::NamedRef{});
  s.cadre = namedRefAt(j, "cadre");
  s.handler = namedRefAt(j, "handler");
  s.handlerKind = d::handlerKindFromKey(textAt(j, "handler_kind"));
  s.submittedAt = getString(j, "submitted_at");
  s.updatedAt = textAt(j, "updated_at");
  if (auto it = j.find("deadline"); it != j.end()) s.deadline = deadlineFromJson(*it);
  s.revision = num(j, "revision");
  return s;
}

json petitionPageToJson(const d::Page<d::PetitionSummary>& page) {
  json items = json::array();
  for (const auto& s : page.items) items.push_back(petitionSummaryToJson(s));
  return {{"items", std::move(items)}, {"total", page.total}, {"page", page.page}, {"page_size", page.pageSize}};
}

d::Result<d::Page<d::PetitionSummary>> petitionPageFromJson(const json& j) {
  if (!j.is_object()) return badShape("诉求列表");
  d::Page<d::PetitionSummary> page;
  for (const auto& item : arrayAt(j, "items")) {
    auto s = petitionSummaryFromJson(item);
    if (!s) return s.error();
    page.items.push_back(std::move(s).value());
  }
  page.total = num(j, "total");
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(d::kDefaultPageSize));
  return page;
}


json petitionDetailToJson(const d::PetitionDetail& detail) {
  json j = json::object();
  writeSummary(j, detail.summary);
  j["content"] = petitionContentToJson(detail.content);
  j["enterprise_uscc"] = detail.enterpriseUscc;
  j["region"] = detail.regionName;
  j["industry_group"] = detail.industryGroupName;
  json versions = json::array();
  for (const auto& v : detail.versions)
    versions.push_back({{"id", v.id}, {"kind", d::versionKindKey(v.kind)}, {"content", petitionContentToJson(v.content)},
                        {"author", v.author}, {"at", v.at}});
  j["versions"] = std::move(versions);
  json clocks = json::array();
  for (const auto& c : detail.clocks) clocks.push_back(clockToJson(c));
  j["clocks"] = std::move(clocks);
  json events = json::array();
  for (const auto& e : detail.events) events.push_back(eventToJson(e));
  j["events"] = std::move(events);
  json attachments = json::array();
  for (const auto& a : detail.attachments) attachments.push_back(petitionAttachmentToJson(a));
  j["attachments"] = std::move(attachments);
  json results = json::array();
  for (const auto& r : detail.results)
    results.push_back({{"round", r.round}, {"text", r.text}, {"submitted_by", r.submittedBy}, {"at", r.at}});
  j["results"] = std::move(results);
  json ratings = json::array();
  for (const auto& r : detail.ratings)
    ratings.push_back({{"round", r.round}, {"rating", d::ratingKey(r.rating)}, {"rating_label", d::ratingLabel(r.rating)},
                       {"comment", r.comment}, {"at", r.at}, {"set_aside", r.setAside}});
  j["ratings"] = std::move(ratings);
  json extensions = json::array();
  for (const auto& x : detail.extensions)
    extensions.push_back({{"id", x.id}, {"reason", x.reason}, {"requested_due_date", x.requestedDueDate.toIso()},
                          {"requested_at", x.requestedAt}, {"status", d::extensionStatusKey(x.status)},
                          {"decided_due_date", optDate(x.decidedDueDate)}, {"decision_note", x.decisionNote},
                          {"decided_at", optString(x.decidedAt)}});
  j["extensions"] = std::move(extensions);
  json appeals = json::array();
  for (const auto& a : detail.appeals)
    appeals.push_back({{"id", a.id}, {"reason", a.reason}, {"filed_at", a.filedAt},
                       {"status", d::appealStatusKey(a.status)},
                       {"decision_note", a.decisionNote}, {"decided_at", optString(a.decidedAt)}});
  j["appeals"] = std::move(appeals);
  json visits = json::array();
  for (const auto& v : detail.visits) visits.push_back(visitToJson(v));
  j["visits"] = std::move(visits);
  json actions = json::array();
  for (auto a : detail.actions)
    actions.push_back({{"key", d::petitionActionKey(a)}, {"label", d::petitionActionLabel(a)}});
  j["actions"] = std::move(actions);
  return j;
}

d::Result<d::PetitionDetail> petitionDetailFromJson(const json& j) {
  auto summary = petitionSummaryFromJson(j);
  if (!summary) return summary.error();
  d::PetitionDetail detail;
  detail.summary = std::move(summary).value();
  if (auto it = j.find("content"); it != j.end()) {
    auto content = petitionContentFromJson(*it);
    if (!content) return content.error();
    detail.content = std::move(content).value();
  }
  detail.enterpriseUscc = textAt(j, "enterprise_uscc");
  detail.regionName = textAt(j, "region");
  detail.industryGroupName = textAt(j, "industry_group");
  for (const auto& v : arrayAt(j, "versions")) {
    d::PetitionVersion version;
    version.id = num(v, "id");
    version.kind = d::versionKindFromKey(textAt(v, "kind")).value_or(d::VersionKind::Submitted);
    if (auto it = v.find("content"); it != v.end()) {
      auto content = petitionContentFromJson(*it);
      if (content.ok()) version.content = content.value();
    }
    version.author = textAt(v, "author");
    version.at = textAt(v, "at");
    detail.versions.push_back(std::move(version));
  }
  for (const auto& c : arrayAt(j, "clocks")) detail.clocks.push_back(clockFromJson(c));
  for (const auto& e : arrayAt(j, "events")) detail.events.push_back(eventFromJson(e));
  for (const auto& a : arrayAt(j, "attachments"))
    if (auto attachment = petitionAttachmentFromJson(a); attachment.ok()) detail.attachments.push_back(attachment.value());
  for (const auto& r : arrayAt(j, "results"))
    detail.results.push_back({static_cast<int>(num(r, "round")), textAt(r, "text"), textAt(r, "submitted_by"), textAt(r, "at")});
  for (const auto& r : arrayAt(j, "ratings"))
    detail.ratings.push_back({static_cast<int>(num(r, "round")),
                              d::ratingFromKey(textAt(r, "rating")).value_or(d::Rating::Satisfied), textAt(r, "comment"),
                              textAt(r, "at"), getBool(r, "set_aside").value_or(false)});
  for (const auto& x : arrayAt(j, "extensions")) {
    d::PetitionExtension ext;
    ext.id = num(x, "id");
    ext.reason = textAt(x, "reason");
    ext.requestedDueDate = readDate(x, "requested_due_date").value_or(d::Date{});
    ext.requestedAt = textAt(x, "requested_at");
    ext.status = d::extensionStatusFromKey(textAt(x, "status")).value_or(d::ExtensionStatus::Pending);
    ext.decidedDueDate = readDate(x, "decided_due_date");
    ext.decisionNote = textAt(x, "decision_note");
    ext.decidedAt = getString(x, "decided_at");
    detail.extensions.push_back(std::move(ext));
  }
  for (const auto& a : arrayAt(j, "appeals"))
    detail.appeals.push_back({num(a, "id"), textAt(a, "reason"), textAt(a, "filed_at"),
                              d::appealStatusFromKey(textAt(a, "status")).value_or(d::AppealStatus::Pending),
                              textAt(a, "decision_note"), getString(a, "decided_at")});
  for (const auto& v : arrayAt(j, "visits"))
    detail.visits.push_back({num(v, "id"), readDate(v, "visited_on").value_or(d::Date{}), textAt(v, "method"),
                             textAt(v, "note"), textAt(v, "recorded_by")});
  for (const auto& a : arrayAt(j, "actions"))
    if (auto action = d::petitionActionFromKey(textAt(a, "key"))) detail.actions.push_back(*action);
  return detail;
}

json petitionActionRequestToJson(const d::PetitionActionRequest& r) {
  json j = {{"revision", r.revision}, {"reason", r.reason},          {"note", r.note},
            {"handler_kind", r.handlerKind ? d::handlerKindKey(*r.handlerKind) : std::string_view{}},
            {"handler_id", r.handlerId}, {"result_text", r.resultText},
            {"comment", r.comment}};
  if (r.content) j["content"] = petitionContentToJson(*r.content);
  if (r.approve) j["approve"] = *r.approve;
  if (r.newDueDate) j["new_due_date"] = r.newDueDate->toIso();
  if (r.rating) j["rating"] = d::ratingKey(*r.rating);
  if (r.visit) j["visit"] = visitToJson(*r.visit);
  return j;
}

d::Result<d::PetitionActionRequest> petitionActionRequestFromJson(const json& j) {
  if (!j.is_object()) return badShape("操作请求");
  d::PetitionActionRequest r;
  std::vector<d::FieldError> errors;
  auto text = [&](const char* key, std::string& out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return;
    if (!it->is_string()) errors.push_back({key, "应为文字"});
    else out = it->get<std::string>();
  };
  if (auto rev = getInt(j, "revision"); rev && *rev > 0) r.revision = *rev;
  else errors.push_back({"revision", "缺少诉求版本号，请刷新后重试"});
  if (auto it = j.find("content"); it != j.end() && !it->is_null()) {
    auto content = petitionContentFromJson(*it);
    if (!content) return content.error();
    r.content = std::move(content).value();
  }
  text("reason", r.reason);
  text("note", r.note);
  std::string handlerKind;
  text("handler_kind", handlerKind);
  if (!handlerKind.empty()) {
    r.handlerKind = d::handlerKindFromKey(handlerKind);
    if (!r.handlerKind) errors.push_back({"handler_kind", "请选择承办单位或县市区"});
  }
  r.handlerId = getInt(j, "handler_id").value_or(0);
  if (auto it = j.find("approve"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) errors.push_back({"approve", "应为是或否"});
    else r.approve = it->get<bool>();
  }
  if (auto it = j.find("new_due_date"); it != j.end() && !it->is_null()) {
    auto date = it->is_string() ? d::Date::parseIso(it->get<std::string>()) : d::Result<d::Date>(badShape("日期"));
    if (date.ok()) r.newDueDate = date.value();
    else errors.push_back({"new_due_date", "日期格式应为 YYYY-MM-DD"});
  }
  text("result_text", r.resultText);
  if (auto it = j.find("rating"); it != j.end() && !it->is_null()) {
    auto rating = it->is_string() ? d::ratingFromKey(it->get<std::string>()) : std::nullopt;
    if (rating) r.rating = *rating;
    else errors.push_back({"rating", "请选择评价等级"});
  }
  text("comment", r.comment);
  if (auto it = j.find("visit"); it != j.end() && it->is_object()) {
    d::PetitionVisit visit;
    auto date = readDate(*it, "visited_on");
    if (!date) errors.push_back({"visited_on", "请填写回访日期"});
    else visit.visitedOn = *date;
    visit.method = textAt(*it, "method");
    visit.note = textAt(*it, "note");
    r.visit = visit;
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return r;
}

json newPetitionToJson(const d::NewPetition& p) {
  return {{"content", petitionContentToJson(p.content)}, {"submit", p.submit}, {"client_request_id", p.clientRequestId}};
}

d::Result<d::NewPetition> newPetitionFromJson(const json& j) {
  if (!j.is_object()) return badShape("诉求");
  d::NewPetition p;
  auto it = j.find("content");
  if (it == j.end()) return d::DomainError::invalid({{"content", "缺少诉求内容"}});
  auto content = petitionContentFromJson(*it);
  if (!content) return content.error();
  p.content = std::move(content).value();
  p.submit = getBool(j, "submit").value_or(false);
  p.clientRequestId = textAt(j, "client_request_id");
  const auto& id = p.clientRequestId;
  bool idOk = id.size() >= 8 && id.size() <= 64;
  for (char c : id) idOk = idOk && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
  if (!idOk) return d::DomainError::invalid({{"client_request_id", "请求编号无效，请刷新页面后重试"}});
  return p;
}

json petitionBoxCountsToJson(const PetitionBoxCounts& counts) {
  json items = json::array();
  for (const auto& [box, count] : counts) items.push_back({{"box", d::petitionBoxKey(box)}, {"count", count}});
  return {{"counts", std::move(items)}};
}

d::Result<PetitionBoxCounts> petitionBoxCountsFromJson(const json& j) {
  if (!j.is_object()) return badShape("待办数量");
  PetitionBoxCounts out;
  for (const auto& item : arrayAt(j, "counts")) {
    if (!item.is_object()) return badShape("待办数量");
    if (auto box = d::petitionBoxFromKey(textAt(item, "box"))) out.emplace_back(*box, num(item, "count"));
  }
  return out;
}

json petitionLeftScopeToJson(long long id) { return {{"id", id}, {"left_scope", true}}; }

std::optional<long long> petitionLeftScopeFromJson(const json& j) {
  if (!j.is_object() || !getBool(j, "left_scope").value_or(false)) return std::nullopt;
  return getInt(j, "id");
}

json dispatchLimitToJson(int days) { return {{"days", days}}; }

d::Result<int> dispatchLimitFromJson(const json& j) {
  if (!j.is_object()) return badShape("分办时限");
  auto it = j.find("days");
  if (it == j.end() || !it->is_number_integer()) return d::DomainError::invalid({{"days", "请填写分办时限（工作日）"}});
  return it->get<int>();
}

}  // namespace qinqing::wire
