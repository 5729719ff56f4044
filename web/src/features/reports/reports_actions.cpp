#include "features/reports/reports_actions.hpp"

#include <nlohmann/json.hpp>

#include "app/reply.hpp"
#include "app/request.hpp"
#include "platform/file_transfer.hpp"
#include "qinqing/wire/json_fields.hpp"
#include "qinqing/wire/petition_json.hpp"
#include "qinqing/wire/report_json.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// The query as typed, checked by the shared rules before it is sent (the server checks again).
d::Result<d::PetitionStatsQuery> typedQuery(const AppState& state) {
  const PetitionStatsState& s = state.petitionStats;
  std::map<std::string, std::string> params = {{"group_by", std::string(d::groupByKey(s.groupBy))},
                                               {"from", s.from},
                                               {"to", s.to},
                                               {"desc", s.request.descending ? "1" : "0"}};
  if (!s.request.sort.empty()) params["sort"] = s.request.sort;
  addFilterParams(s.filters, params);
  return wire::petitionStatsQueryFromParams(params, d::localDate(state.now));
}

std::string cellPath(const PetitionStatsState& s) {
  std::string path = api::path<api::reports::petitionStatsCell>() + "?" + wire::petitionStatsQueryString(s.shown) +
                     "&figure=" + std::string(d::figureKey(s.cell->figure)) +
                     "&part=" + (s.cell->denominator ? "denominator" : "numerator") +
                     "&page=" + std::to_string(s.cellRequest.page) +
                     "&page_size=" + std::to_string(s.cellRequest.pageSize);
  if (!s.cell->total) path += "&key=" + std::to_string(s.cell->key);
  return path;
}

}  // namespace

void openPetitionStats(AppState& state) {
  PetitionStatsState& s = state.petitionStats;
  s.cell.reset();
  if (!s.started) {
    const d::Date today = d::localDate(state.now);
    s.from = d::Date::fromCivil(today.year(), 1, 1).value().toIso();
    s.to = today.toIso();
    s.request.sort = std::string(d::figureKey(d::Figure::Received));
    s.request.descending = true;
    s.request.pageSize = d::kMaxPageSize;
    s.started = true;
  }
  loadPetitionStats(state);
  loadReportChoices(state);
}

void loadPetitionStats(AppState& state) {
  PetitionStatsState& s = state.petitionStats;
  auto query = typedQuery(state);
  s.filterErrors.clear();
  s.exportMessage.clear();
  if (!query) {
    s.filterErrors = query.error().fields;
    s.error = query.error().fields.empty() ? query.error().message : "";
    return;
  }
  s.error.clear();
  s.loading = true;
  const d::PetitionStatsQuery q = query.value();
  const int seq = ++s.sequence;
  sendSignedIn(state, "GET", api::path<api::reports::petitionStats>() + "?" + wire::petitionStatsQueryString(q), "",
               ReplyGuard{{&state.petitionStats.loading}, [&state, seq] { return seq == state.petitionStats.sequence; }},
               [&state, q](const HttpReply& reply) {
                 PetitionStatsState& st = state.petitionStats;
                 if (reply.status != 200) {
                   const auto error = replyError(reply);
                   st.filterErrors = error.fields;
                   st.error = "统计表加载失败：" + error.message;
                   return;
                 }
                 const auto body = parsedReply(reply);
                 auto rows = wire::scorecardRowsFromJson(body);
                 if (!rows) {
                   st.error = rows.error().message;
                   return;
                 }
                 st.rows = std::move(rows).value();
                 st.shown = q;
                 st.generatedAt = wire::textAt(body, "generated_at");
               });
}

void perform(AppState& state, const LoadPetitionStats& /*intent*/) { loadPetitionStats(state); }

void perform(AppState& state, const OpenStatsCell& intent) {
  PetitionStatsState& s = state.petitionStats;
  s.cell = intent.cell;
  s.cellRequest = d::PageRequest{};
  s.cellItems.clear();
  s.cellTotal = 0;
  perform(state, LoadStatsCell{});
}

void perform(AppState& state, const CloseStatsCell& /*intent*/) {
  state.petitionStats.cell.reset();
  state.petitionStats.cellItems.clear();
}

void perform(AppState& state, const LoadStatsCell& /*intent*/) {
  PetitionStatsState& s = state.petitionStats;
  if (!s.cell) return;
  s.cellLoading = true;
  s.cellError.clear();
  const int seq = ++s.cellSequence;
  sendSignedIn(state, "GET", cellPath(s), "",
               ReplyGuard{{&state.petitionStats.cellLoading}, [&state, seq] { return seq == state.petitionStats.cellSequence; }},
               [&state](const HttpReply& reply) {
                 PetitionStatsState& st = state.petitionStats;
                 if (reply.status != 200) {
                   st.cellError = "诉求加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto page = wire::petitionPageFromJson(parsedReply(reply));
                 if (!page) {
                   st.cellError = page.error().message;
                   return;
                 }
                 st.cellItems = std::move(page.value().items);
                 st.cellTotal = page.value().total;
               });
}

void perform(AppState& state, const ExportPetitionStats& intent) {
  PetitionStatsState& s = state.petitionStats;
  if (s.exporting || s.rows.empty()) return;
  s.exporting = true;
  s.exportMessage.clear();
  ++state.requestsInFlight;
  const std::string ext = intent.format == "csv" ? ".csv" : ".xlsx";
  const std::string path = api::path<api::reports::petitionStatsExport>() + "?" +
                           wire::petitionStatsQueryString(s.shown) + "&format=" + intent.format;
  const std::string name = "诉求办理统计表_" + s.shown.from.toIso() + "_" + s.shown.to.toIso() + ext;
  const std::string token = state.session ? state.session->token : std::string();
  downloadFile(path, token, name, [&state, name](const HttpReply& reply) {
    --state.requestsInFlight;
    PetitionStatsState& st = state.petitionStats;
    st.exporting = false;
    st.exportMessage = reply.status == 200 ? "已导出 " + name : "导出失败：" + replyError(reply).message;
  });
}

}  // namespace qinqing::web
