// Files between the user's computer and the API, for petition attachments: choosing several files
// at once (their bytes, unless a file is too large to be worth reading), uploading bytes with
// progress (a 10 MB file takes a while on a slow line), and saving a file the API serves only with
// the session's bearer token (a plain link cannot carry it). Callbacks run on the main thread
// between frames, like http_client.hpp's.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/http_client.hpp"

namespace qinqing::web {

struct ChosenFile {
  std::string name;
  long long size = 0;
  std::string bytes;  // empty when size > the maxBytes asked for (the size alone refuses it)
};
using FilesChosen = std::function<void(std::vector<ChosenFile> files)>;

// Opens the browser's file dialog (call from the click itself: browsers require a user gesture).
// Files larger than maxBytes are reported with their size but not read. Nothing is reported when
// the dialog is cancelled. A later call replaces an earlier pending one.
void chooseFiles(const std::string& accept, bool multiple, long long maxBytes, FilesChosen onChosen);

using UploadProgress = std::function<void(long long sent, long long total)>;

// POSTs bytes (application/octet-stream) to the API path with the token; onProgress as the body
// goes out, onDone with the reply (status 0: the network failed).
void uploadFile(const std::string& path, const std::string& bytes, const std::string& token, UploadProgress onProgress,
                HttpCallback onDone);

// GETs the API path with the token and, when it answers 200, saves the body as fileName (the
// browser's download). onDone gets the status, and the body only when it is an error to show.
void downloadFile(const std::string& path, const std::string& token, const std::string& fileName, HttpCallback onDone);

}  // namespace qinqing::web
