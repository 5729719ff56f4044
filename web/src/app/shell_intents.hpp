// The intents more than one feature sends: opening a menu entry (the shell), and loads that other
// screens start (the home screen loads the badges and the calendar; 企业信息 reloads the profile).
// Each is handled by one perform() overload; the feature that owns the data defines it.
#pragma once

#include <string>

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

struct OpenMenu {
  std::string key;
};
struct LoadProfile {};
struct LoadCalendar {};
struct LoadPetitionCounts {};  // the menu badges
// The session may use the platform now: the home screen's loads (badges, calendar, the first
// menu, the features' sign-in hooks). Sent at sign-in, or once a due password change is done —
// until then the server answers everything else 403 password_change_required.
struct EnterPlatform {};
// A petition opened from a list (its box, or a report's cell); 0 goes back to the list. The
// detail is drawn by the screen registry's petitionDetailScreen().
struct OpenPetition {
  long long id = 0;
};
// A file list's buttons (widgets/file_list_view): key names the list (app/file_list_state.hpp).
struct RemoveListedFile {  // 移除
  std::string key;
  long long fileId = 0;
};
struct DownloadListedFile {  // 下载
  std::string key;
  long long fileId = 0;
};
struct DismissFileUpload {  // closes a refused file's line
  std::string key;
  int uploadId = 0;
};

// OpenMenu: app/dispatch.cpp (the screen registry's row for the key). EnterPlatform: features/login.
// LoadProfile: features/profile.
// LoadCalendar: features/calendar. LoadPetitionCounts and OpenPetition: features/petitions. The file list's three:
// app/file_list_actions.cpp.
void perform(AppState& state, const OpenMenu& intent);
void perform(AppState& state, const LoadProfile& intent);
void perform(AppState& state, const LoadCalendar& intent);
void perform(AppState& state, const LoadPetitionCounts& intent);
void perform(AppState& state, const EnterPlatform& intent);
void perform(AppState& state, const OpenPetition& intent);
void perform(AppState& state, const RemoveListedFile& intent);
void perform(AppState& state, const DownloadListedFile& intent);
void perform(AppState& state, const DismissFileUpload& intent);

using ShellIntents = TypeList<OpenMenu, LoadProfile, LoadCalendar, LoadPetitionCounts, EnterPlatform, OpenPetition, RemoveListedFile, DownloadListedFile,
                              DismissFileUpload>;

}  // namespace qinqing::web
