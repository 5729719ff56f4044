// The petition screens' file intent beyond the shell's file-list ones (移除, 下载, 关闭 are
// app/shell_intents.hpp's): 下载分办单.
#pragma once

#include <string>

namespace qinqing::web {

struct DownloadDispatchSheet {  // 下载分办单
  long long petitionId = 0;
  std::string number;  // names the saved file: 分办单-<number>.pdf
};

}  // namespace qinqing::web
