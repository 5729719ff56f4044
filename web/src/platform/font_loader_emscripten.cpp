#include <emscripten/emscripten.h>

#include <cstdlib>
#include <unordered_set>
#include <vector>

#include "imgui.h"
#include "platform/font_loader.hpp"
#include "platform/frame_scheduler.hpp"

extern "C" {
int qq_font_slice_count();
unsigned qq_font_slice_first(int index);
unsigned qq_font_slice_last(int index);
char* qq_font_slice_url(int index);
void qq_fetch_bytes(int id, const char* url);
}

namespace qinqing::web {
namespace {

enum class SliceState { NotLoaded, Fetching, Arrived, Merged, Failed };

struct Slice {
  unsigned first = 0;
  unsigned last = 0;
  SliceState state = SliceState::NotLoaded;
  unsigned char* data = nullptr;
  int size = 0;
};

struct FontLoader {
  ImFont* font = nullptr;
  std::vector<Slice> slices;
  std::unordered_set<unsigned> covered;  // code points already looked at
  std::vector<unsigned> wanted;          // code points still missing after the slices tried so far
};

FontLoader& loader() {
  static FontLoader instance;  // the one font registry of the page
  return instance;
}

// Slice ranges overlap (Noto's scattered supplementary-plane characters span HanaMinB's), so a code
// point may need a second slice: fetch the first untried slice whose range holds it. Returns false
// when every candidate has been tried.
bool requestSliceFor(unsigned cp) {
  auto& s = loader().slices;
  for (size_t i = 0; i < s.size(); ++i) {
    if (cp < s[i].first || cp > s[i].last) continue;
    if (s[i].state == SliceState::Fetching || s[i].state == SliceState::Arrived) return true;
    if (s[i].state != SliceState::NotLoaded) continue;
    s[i].state = SliceState::Fetching;
    char* url = qq_font_slice_url(static_cast<int>(i));
    qq_fetch_bytes(static_cast<int>(i), url);
    std::free(url);
    return true;
  }
  return false;
}

// Decodes one UTF-8 sequence; returns 0xFFFD on malformed input and advances at least one byte.
unsigned nextCodepoint(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || i + extra >= s.size() + (extra == 0 ? 1 : 0)) { ++i; return 0xFFFD; }
  unsigned cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += extra + 1;
  return cp;
}

}  // namespace

ImFont* installBaseFont(unsigned char* data, int size) {
  FontLoader& l = loader();
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = true;  // ImGui frees the malloc'd buffer
  cfg.OversampleH = 1;              // CJK at 1× horizontal oversampling: sharp enough, a third of the atlas
  cfg.OversampleV = 1;
  l.font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, size, 0.0f, &cfg);
  int n = qq_font_slice_count();
  for (int i = 0; i < n; ++i) l.slices.push_back({qq_font_slice_first(i), qq_font_slice_last(i)});
  return l.font;
}

void noteTextForFonts(std::string_view utf8) {
  FontLoader& l = loader();
  if (!l.font) return;
  for (size_t i = 0; i < utf8.size();) {
    unsigned cp = nextCodepoint(utf8, i);
    if (cp < 0x2E80 || l.covered.count(cp)) continue;  // below CJK radicals the base font has all we use
    l.covered.insert(cp);
    if (l.font->IsGlyphInFont(static_cast<ImWchar>(cp))) continue;
    if (requestSliceFor(cp)) l.wanted.push_back(cp);
  }
}

void applyArrivedFontSlices() {
  FontLoader& l = loader();
  bool merged = false;
  for (Slice& s : l.slices) {
    if (s.state != SliceState::Arrived) continue;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.FontDataOwnedByAtlas = true;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    ImGui::GetIO().Fonts->AddFontFromMemoryTTF(s.data, s.size, 0.0f, &cfg);
    s.data = nullptr;
    s.state = SliceState::Merged;
    merged = true;
  }
  if (!merged) return;
  // Glyphs looked up before the merge are cached as missing: drop the baked sizes to look again.
  l.font->ClearOutputData();
  std::vector<unsigned> still;
  for (unsigned cp : l.wanted) {
    if (!l.font->IsGlyphInFont(static_cast<ImWchar>(cp)) && requestSliceFor(cp)) still.push_back(cp);
  }
  l.wanted.swap(still);
}

int fontSlicesLoaded() {
  int n = 0;
  for (const Slice& s : loader().slices) n += s.state == SliceState::Merged ? 1 : 0;
  return n;
}

}  // namespace qinqing::web

extern "C" EMSCRIPTEN_KEEPALIVE void qq_bytes_done(int id, unsigned char* data, int size) {
  auto& slices = qinqing::web::loader().slices;
  if (id < 0 || id >= static_cast<int>(slices.size())) { std::free(data); return; }
  auto& s = slices[id];
  if (!data || size <= 0) {
    s.state = qinqing::web::SliceState::Failed;
    return;
  }
  s.data = data;
  s.size = size;
  s.state = qinqing::web::SliceState::Arrived;
  qinqing::web::requestFrames(2);
}

extern "C" EMSCRIPTEN_KEEPALIVE int qq_font_slices_loaded() { return qinqing::web::fontSlicesLoaded(); }
extern "C" EMSCRIPTEN_KEEPALIVE int qq_font_slices_pending() {
  int n = 0;
  for (const auto& s : qinqing::web::loader().slices) {
    n += s.state == qinqing::web::SliceState::Fetching || s.state == qinqing::web::SliceState::Arrived ? 1 : 0;
  }
  return n;
}
