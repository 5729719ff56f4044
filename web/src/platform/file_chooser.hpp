// Lets the user pick a local file (the browser's file dialog) and hands its text to a callback.
// Must be called within a few seconds of a click (browsers require a user gesture).
#pragma once

#include <functional>
#include <string>

namespace qinqing::web {

using FileChosen = std::function<void(const std::string& name, const std::string& text)>;

// accept: e.g. ".json,application/json". A later call replaces an earlier pending one.
void chooseTextFile(const std::string& accept, FileChosen onChosen);

}  // namespace qinqing::web
