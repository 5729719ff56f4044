// Files as bytes: choosing a local file without decoding it (a GBK CSV or an .xlsx must reach the
// server byte for byte, which file_chooser.hpp's text does not keep) and uploading bytes as a POST
// body. Replies arrive like http_client.hpp's, on the main thread between frames.
#pragma once

#include <functional>
#include <string>

#include "platform/http_client.hpp"

namespace qinqing::web {

using BinaryFileChosen = std::function<void(const std::string& name, std::string bytes)>;

// Opens the browser's file dialog; call from a click (browsers require a user gesture). A later
// call replaces an earlier pending one.
void chooseBinaryFile(const std::string& accept, BinaryFileChosen onChosen);

// POSTs the bytes (Content-Type application/octet-stream) to path, with the session token.
void uploadBytes(const std::string& path, const std::string& bytes, const std::string& token, HttpCallback callback);

}  // namespace qinqing::web
