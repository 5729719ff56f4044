// The screens as data: each feature's register…() function (features/feature_list.cpp calls them
// all) adds one row per menu key it draws, with what opening the entry starts and how its screen
// is drawn, as ImHex plugins call ContentRegistry::Views::add<T>(). Opening a menu entry, "is this
// screen built" (an entry without a row is shown disabled) and drawing are one lookup each. The
// shell's other slots (the login page, warnings over the content, dialogs over everything) are
// filled the same way, so app/ names no feature.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qinqing::web {

struct AppState;
class Dispatch;

using DrawScreenFn = void (*)(AppState& state, Dispatch& dispatch);
// Runs inside OpenMenu (between frames) after activeMenuKey is set; key: the entry opened.
using OpenScreenFn = void (*)(AppState& state, std::string_view key);
// Runs once each time a session starts (signing in, or a session resumed in this tab), after the
// home screen is opened: what a feature loads for every new session (the survey's pop-up).
using SignedInFn = void (*)(AppState& state);
// The number after a menu entry's label (待审核诉求（3）, 公告栏（2）): what waits on the user; 0 shows none.
using MenuCountFn = long long (*)(const AppState& state, std::string_view menuKey);
// Draws a warning above the content when it applies; returns whether it drew anything.
using DrawBannerFn = bool (*)(AppState& state);

// A tab of an enterprise's record (企业信息, 包联企业—查看) drawn by another feature than the record's
// own (经营状况, 联系记录): onOpen runs when a record is opened (between frames), draw inside its tab.
struct EnterpriseSection {
  std::string key;    // probe id of the tab, e.g. "operating"
  std::string title;  // the tab's label
  void (*onOpen)(AppState& state, long long enterpriseId) = nullptr;
  void (*draw)(AppState& state, Dispatch& dispatch, long long enterpriseId) = nullptr;
};

struct ScreenRow {
  std::string menuKey;            // a key of domain::menuForRole, e.g. "petitions.review"
  OpenScreenFn onOpen = nullptr;  // nullptr: nothing to load
  DrawScreenFn draw = nullptr;    // never nullptr
};

class ScreenRegistry {
public:
  // Adds the row for a menu key. A key registered twice is a programmer error (asserted).
  void add(ScreenRow row);
  // The row of a menu key, or nullptr when no feature draws it (the entry is shown disabled).
  const ScreenRow* find(std::string_view menuKey) const;
  const std::vector<ScreenRow>& rows() const { return m_rows; }

  // The page shown while nobody is signed in (one feature sets it).
  void setLoginScreen(DrawScreenFn draw) { m_loginScreen = draw; }
  DrawScreenFn loginScreen() const { return m_loginScreen; }
  // The petition opened by OpenPetition, drawn in place by any screen that lists petitions (a
  // report's cell); the petitions feature sets it. nullptr until then.
  void setPetitionDetailScreen(DrawScreenFn draw) { m_petitionDetailScreen = draw; }
  DrawScreenFn petitionDetailScreen() const { return m_petitionDetailScreen; }
  // Warnings drawn above the active screen, in registration order.
  void addBanner(DrawBannerFn draw) { m_banners.push_back(draw); }
  const std::vector<DrawBannerFn>& banners() const { return m_banners; }
  // Drawn after the active screen every frame (modal dialogs such as the first login's).
  void addOverlay(DrawScreenFn draw) { m_overlays.push_back(draw); }
  const std::vector<DrawScreenFn>& overlays() const { return m_overlays; }
  // Run after every sign-in, in registration order.
  void addSignedInHook(SignedInFn run) { m_signedIn.push_back(run); }
  const std::vector<SignedInFn>& signedInHooks() const { return m_signedIn; }
  // Counts after menu labels; the shell adds those of every feature for a key.
  void addMenuCount(MenuCountFn count) { m_menuCounts.push_back(count); }
  const std::vector<MenuCountFn>& menuCounts() const { return m_menuCounts; }
  // Tabs of an enterprise record after its own 基本信息, in registration order.
  void addEnterpriseSection(EnterpriseSection section) { m_enterpriseSections.push_back(std::move(section)); }
  const std::vector<EnterpriseSection>& enterpriseSections() const { return m_enterpriseSections; }

private:
  std::vector<ScreenRow> m_rows;
  DrawScreenFn m_loginScreen = nullptr;
  DrawScreenFn m_petitionDetailScreen = nullptr;
  std::vector<DrawBannerFn> m_banners;
  std::vector<DrawScreenFn> m_overlays;
  std::vector<SignedInFn> m_signedIn;
  std::vector<MenuCountFn> m_menuCounts;
  std::vector<EnterpriseSection> m_enterpriseSections;
};

// The registry the shell and OpenMenu look rows up in: main.cpp installs the one
// features/feature_list.cpp fills (tests may install their own). It must outlive every use and is
// never changed after (configuration, not UI state). Before any install it is empty.
void useScreenRegistry(const ScreenRegistry& registry);
const ScreenRegistry& screenRegistry();

}  // namespace qinqing::web
