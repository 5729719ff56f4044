// A table of cadres to choose one from (server-searched, paged), used wherever a cadre is assigned:
// 更换包联干部, 新增企业, approving an 企业入驻申请.
#pragma once

#include <optional>
#include <string_view>

#include "app/list_state.hpp"
#include "qinqing/org/enterprise_record.hpp"

namespace qinqing::web {

// A table of the cadres the caller may assign (server-searched, paged), in a child of the given
// size; the chosen one is marked. `chosen` in the result: the row clicked this frame; `reload`: the
// search or page changed (dispatch the list's load).
struct CadrePickResult {
  std::optional<domain::CadreSummary> chosen;
  bool reload = false;
};
CadrePickResult drawCadrePicker(std::string_view probeId, ListState<domain::CadreSummary>& cadres,
                                const std::optional<domain::CadreSummary>& chosen, float width, float height);

}  // namespace qinqing::web
