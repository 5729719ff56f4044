// The content feature's screens (one per file) and the small pieces they share (content_parts.cpp).
// Each draws from AppState and dispatches intents, never calling the network.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/dispatch.hpp"
#include "features/content/content_actions.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::web {

void drawNoticeBoardScreen(AppState& state, Dispatch& dispatch);    // docs.notices 公告栏
void drawNoticePublishScreen(AppState& state, Dispatch& dispatch);  // publish.notices 公告发布
void drawPolicyBoardScreen(AppState& state, Dispatch& dispatch);    // docs.policies 政策指南
void drawPolicyPublishScreen(AppState& state, Dispatch& dispatch);  // publish.policies 政策指南发布
void drawBulletinBoardScreen(AppState& state, Dispatch& dispatch);  // docs.bulletins 简报投稿
void drawBulletinReviewScreen(AppState& state, Dispatch& dispatch); // publish.bulletins 简报审核

namespace content {

// Text wrapped to the width left, recorded in the probe.
void wrapped(std::string_view probeId, const std::string& text);
// A heading in the primary colour with a rule under it.
void sectionTitle(const char* text);
// The names of ids, joined by "、"; empty ids → `all`.
std::string namesOf(const std::vector<long long>& ids, const std::vector<domain::NamedRef>& refs, const char* all);
// The roles that read content (every role but 安全管理员 and 审计管理员).
std::vector<domain::Role> readerRoles();
// A checkbox with a box the height of a line of text, recorded in the probe as "1"/"0".
bool check(std::string_view probeId, const char* label, bool& value);
// A checkbox per reader role (labels from shared). Returns true when the choice changed.
bool roleChecks(std::string_view probeId, std::vector<domain::Role>& roles);
// 全部 / a checkbox per ref, several on a row. Returns true when the choice changed.
bool refChecks(std::string_view probeId, const char* allLabel, bool& all, std::vector<long long>& ids,
               const std::vector<domain::NamedRef>& refs);
// Esc pressed with no field being edited and no popup open.
bool escapePressed();
// A small back link ("← 返回列表"); also true on Esc unless escGoesBack is false (a confirmation is
// open and Esc closes it instead).
bool backButton(std::string_view probeId, const char* label = "返回列表", bool escGoesBack = true);
// An announcement's or a policy guide's files: 下载 for readers;
// 添加附件 and 移除 for the publisher.
void contentFiles(AppState& state, Dispatch& dispatch, ContentFileOwner owner, long long id, const std::string& probePrefix,
                  const char* title, bool publisher);
// A state filter of 全部 + the labels (index 0: all); true when changed.
bool stateFilter(std::string_view probeId, const char* label, const std::vector<std::string>& labels, int& filter,
                 float width);
// A green confirmation line, recorded in the probe.
void successText(std::string_view probeId, const std::string& text);

}  // namespace content

}  // namespace qinqing::web
