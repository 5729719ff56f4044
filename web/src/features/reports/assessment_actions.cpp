// 单位考核 and 考核权重, the network side: the report for the period as typed (checked by the shared
// query rules first), its export, and the weights the system administrator reads and saves.
#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/reports/reports_actions.hpp"
#include "platform/file_transfer.hpp"
#include "qinqing/wire/assessment_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

d::Result<d::UnitAssessmentQuery> typedAssessmentQuery(const AppState& state) {
  const UnitAssessmentState& s = state.unitAssessment;
  std::map<std::string, std::string> params = {{"from", s.from},
                                               {"to", s.to},
                                               {"desc", s.request.descending ? "1" : "0"},
                                               {"page", std::to_string(s.request.page)},
                                               {"page_size", std::to_string(s.request.pageSize)},
                                               {"q", s.request.query}};
  if (!s.request.sort.empty()) params["sort"] = s.request.sort;
  return wire::unitAssessmentQueryFromParams(params, d::localDate(state.now));
}

// "20" → 20; anything but 0..100 written as digits is the field's error.
std::optional<int> typedWeight(const std::string& text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  return std::stoi(text);
}

void fillTypedWeights(AssessmentWeightsState& s, const d::AssessmentWeights& weights) {
  for (d::AssessmentPart p : d::kAllAssessmentParts)
    s.typed[static_cast<std::size_t>(p)] = std::to_string(weights.of(p));
}

}  // namespace

void openUnitAssessment(AppState& state) {
  UnitAssessmentState& s = state.unitAssessment;
  if (!s.started) {
    const d::Date today = d::localDate(state.now);
    s.from = d::Date::fromCivil(today.year(), 1, 1).value().toIso();
    s.to = today.toIso();
    s.request.sort = std::string(d::assessmentSortKey(d::AssessmentSort::Score));
    s.request.descending = true;
    s.started = true;
  }
  perform(state, LoadUnitAssessment{});
}

void perform(AppState& state, const LoadUnitAssessment& /*intent*/) {
  UnitAssessmentState& s = state.unitAssessment;
  auto query = typedAssessmentQuery(state);
  s.filterErrors.clear();
  s.exportMessage.clear();
  if (!query) {
    s.filterErrors = query.error().fields;
    s.error = query.error().fields.empty() ? query.error().message : "";
    return;
  }
  s.error.clear();
  s.loading = true;
  const d::UnitAssessmentQuery q = query.value();
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", api::path<api::reports::unitAssessment>() + "?" + wire::unitAssessmentQueryString(q), "",
               ReplyGuard{{&state.unitAssessment.loading}, [&state, seq] { return seq == state.unitAssessment.sequence; }},
               [&state, q](const HttpReply& reply) {
                 UnitAssessmentState& st = state.unitAssessment;
                 if (reply.status != 200) {
                   const auto error = replyError(reply);
                   st.filterErrors = error.fields;
                   st.error = "单位考核加载失败：" + error.message;
                   return;
                 }
                 auto report = wire::unitAssessmentReportFromJson(parsedReply(reply));
                 if (!report) {
                   st.error = report.error().message;
                   return;
                 }
                 st.report = std::move(report).value();
                 st.shown = q;
                 // The opened row stays open while it is on the page.
                 if (st.openUnit) {
                   bool onPage = false;
                   for (const auto& row : st.report->rows.items) onPage = onPage || row.facts.unitId == *st.openUnit;
                   if (!onPage) st.openUnit.reset();
                 }
               });
}

void perform(AppState& state, const ExportUnitAssessment& intent) {
  UnitAssessmentState& s = state.unitAssessment;
  if (s.exporting || !s.report || s.report->rows.total == 0) return;
  s.exporting = true;
  s.exportMessage.clear();
  ++state.requestsInFlight;
  const std::string ext = intent.format == "csv" ? ".csv" : ".xlsx";
  const std::string path = api::path<api::reports::unitAssessmentExport>() + "?" +
                           wire::unitAssessmentQueryString(s.shown) + "&format=" + intent.format;
  const std::string name = "单位考核统计表_" + s.shown.from.toIso() + "_" + s.shown.to.toIso() + ext;
  const std::string token = state.session ? state.session->token : std::string();
  downloadFile(path, token, name, [&state, name](const HttpReply& reply) {
    --state.requestsInFlight;
    UnitAssessmentState& st = state.unitAssessment;
    st.exporting = false;
    st.exportMessage = reply.status == 200 ? "已导出 " + name : "导出失败：" + replyError(reply).message;
  });
}

void openAssessmentWeights(AppState& state) {
  state.assessmentWeights.message.clear();
  state.assessmentWeights.errors.clear();
  perform(state, LoadAssessmentWeights{});
}

void perform(AppState& state, const LoadAssessmentWeights& /*intent*/) {
  AssessmentWeightsState& s = state.assessmentWeights;
  s.error.clear();
  s.loading = true;
  sendSignedIn(state, "GET", api::path<api::reports::assessmentWeights>(), "",
               ReplyGuard{{&state.assessmentWeights.loading}}, [&state](const HttpReply& reply) {
                 AssessmentWeightsState& st = state.assessmentWeights;
                 if (reply.status != 200) {
                   st.error = "考核权重加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto weights = wire::assessmentWeightsFromJson(parsedReply(reply));
                 if (!weights) {
                   st.error = weights.error().message;
                   return;
                 }
                 st.stored = weights.value();
                 fillTypedWeights(st, weights.value());
               });
}

void perform(AppState& state, const SaveAssessmentWeights& /*intent*/) {
  AssessmentWeightsState& s = state.assessmentWeights;
  if (s.saving) return;
  s.errors.clear();
  s.message.clear();
  s.error.clear();
  d::AssessmentWeights weights;
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    const auto value = typedWeight(s.typed[static_cast<std::size_t>(p)]);
    if (!value) s.errors.push_back({std::string(d::assessmentPartKey(p)), "请填写 0 到 100 的整数"});
    else weights.set(p, *value);
  }
  if (s.errors.empty()) {
    if (auto ok = d::validateAssessmentWeights(weights); !ok) s.errors = ok.error().fields;
  }
  if (!s.errors.empty()) return;
  s.saving = true;
  sendSignedIn(state, "PUT", api::path<api::reports::assessmentWeights>(), wire::assessmentWeightsToJson(weights).dump(),
               ReplyGuard{{&state.assessmentWeights.saving}}, [&state](const HttpReply& reply) {
                 AssessmentWeightsState& st = state.assessmentWeights;
                 if (reply.status != 200) {
                   const auto error = replyError(reply);
                   st.errors = error.fields;
                   st.error = error.fields.empty() ? "保存失败：" + error.message : "";
                   return;
                 }
                 auto saved = wire::assessmentWeightsFromJson(parsedReply(reply));
                 if (!saved) {
                   st.error = saved.error().message;
                   return;
                 }
                 st.stored = saved.value();
                 fillTypedWeights(st, saved.value());
                 st.message = "考核权重已保存，单位考核即按新权重计分。";
               });
}

}  // namespace qinqing::web
