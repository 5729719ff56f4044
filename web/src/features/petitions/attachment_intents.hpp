// The intents of the attachment widget (part of the Action variant in actions.hpp, performed by
// attachment_actions.cpp). Choosing files happens in the widget itself: browsers open a file
// dialog only inside the click that asks for it.
#pragma once

#include <string>

namespace qinqing::web {

struct RemoveAttachment {  // 移除 (the enterprise, while a draft or returned)
  long long petitionId = 0;
  std::string purpose;
  long long attachmentId = 0;
};
struct DownloadAttachment {  // 下载
  long long petitionId = 0;
  std::string purpose;
  long long attachmentId = 0;
};
struct DismissAttachmentUpload {  // closes a refused file's line
  long long petitionId = 0;
  std::string purpose;
  int uploadId = 0;
};
struct DownloadDispatchSheet {  // 下载分办单
  long long petitionId = 0;
  std::string number;  // names the saved file: 分办单-<number>.pdf
};

}  // namespace qinqing::web
