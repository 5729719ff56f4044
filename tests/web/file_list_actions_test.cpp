// The file lists of the client (app/file_list_actions): a chosen file is checked by the shared rules
// before anything is sent, accepted files go one at a time to the list's upload path, a refusal by
// the server stays beside the list, and removal and downloads go to the list's own paths.
#include <string>
#include <vector>

#include "app/file_list_actions.hpp"
#include "app/shell_intents.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {

using FileListActionsTest = WebClientTest;

const std::string kKey = "announcements/7";

ChosenFile pdf(const std::string& name) {
  const std::string bytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
  return {name, static_cast<long long>(bytes.size()), bytes};
}

FileListPaths announcementPaths() {
  return {"/api/publish/announcements/7/attachments",
          [](long long f) { return "/api/publish/announcements/7/attachments/" + std::to_string(f); },
          [](long long f) { return "/api/announcements/7/attachments/" + std::to_string(f); }};
}

std::string storedReply(long long id, const std::string& name) {
  return R"({"id":)" + std::to_string(id) + R"(,"file_name":")" + name +
         R"(","mime":"application/pdf","size":44,"uploaded_at":"2026-12-04T09:00:00+08:00"})";
}

TEST_F(FileListActionsTest, AFileOfAForbiddenTypeIsRefusedBeforeAnythingIsSent) {
  signIn(domain::Role::SystemAdmin);
  setFileList(m_state, kKey, announcementPaths(), {});
  addChosenFiles(m_state, kKey, {{"通知.exe", 4, "MZ\x90\x00"}});
  EXPECT_TRUE(sentRequests().empty());
  const auto& list = fileList(m_state, kKey);
  ASSERT_EQ(list.uploads.size(), 1u);
  EXPECT_EQ(list.uploads[0].phase, FileUpload::Phase::Failed);
  EXPECT_FALSE(list.uploads[0].error.empty());
  act(DismissFileUpload{kKey, list.uploads[0].id});
  EXPECT_TRUE(fileList(m_state, kKey).uploads.empty());
}

TEST_F(FileListActionsTest, AcceptedFilesGoOneAtATimeAndJoinTheListWhenStored) {
  signIn(domain::Role::SystemAdmin);
  setFileList(m_state, kKey, announcementPaths(), {});
  addChosenFiles(m_state, kKey, {pdf("回执表.pdf"), pdf("通知原文.pdf")});
  ASSERT_EQ(sentRequests().size(), 1u);  // the second waits for the first
  EXPECT_EQ(sentRequests()[0].method, "POST");
  EXPECT_EQ(sentRequests()[0].path.rfind("/api/publish/announcements/7/attachments?name=", 0), 0u);
  EXPECT_EQ(sentRequests()[0].token, "t-system_admin");
  answer(0, 201, storedReply(41, "回执表.pdf"));
  ASSERT_EQ(sentRequests().size(), 2u);
  answer(1, 201, storedReply(42, "通知原文.pdf"));
  const auto& list = fileList(m_state, kKey);
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_EQ(list.items[0].id, 41);
  EXPECT_EQ(list.items[1].fileName, "通知原文.pdf");
  EXPECT_TRUE(list.uploads.empty());
  EXPECT_EQ(m_state.requestsInFlight, 0);
}

TEST_F(FileListActionsTest, TheServersRefusalStaysBesideTheListAndTheNextFileStillGoes) {
  signIn(domain::Role::SystemAdmin);
  setFileList(m_state, kKey, announcementPaths(), {});
  addChosenFiles(m_state, kKey, {pdf("一.pdf"), pdf("二.pdf")});
  answer(0, 409, R"({"error":{"code":"invalid_transition","message":"已撤回的公告不能再添加附件"}})");
  const auto& list = fileList(m_state, kKey);
  ASSERT_FALSE(list.uploads.empty());
  EXPECT_EQ(list.uploads[0].phase, FileUpload::Phase::Failed);
  EXPECT_EQ(list.uploads[0].error, "已撤回的公告不能再添加附件");
  EXPECT_EQ(sentRequests().size(), 2u);
}

TEST_F(FileListActionsTest, RemovingAndDownloadingUseTheListsPaths) {
  signIn(domain::Role::SystemAdmin);
  setFileList(m_state, kKey, announcementPaths(), {{41, "回执表.pdf", "application/pdf", 44}});
  act(DownloadListedFile{kKey, 41});
  act(RemoveListedFile{kKey, 41});
  EXPECT_EQ(sentLines(), (std::vector<std::string>{"GET /api/announcements/7/attachments/41",
                                                   "DELETE /api/publish/announcements/7/attachments/41"}));
  answerLatest("DELETE", "/api/publish/announcements/7/attachments/41", 204, "");
  EXPECT_TRUE(fileList(m_state, kKey).items.empty());
}

TEST_F(FileListActionsTest, AReaderWithoutARemovePathCannotRemove) {
  signIn(domain::Role::Enterprise);
  setFileList(m_state, kKey, {"", {}, [](long long f) { return "/api/announcements/7/attachments/" + std::to_string(f); }}, {{41, "回执表.pdf", "application/pdf", 44}});
  act(RemoveListedFile{kKey, 41});
  EXPECT_TRUE(sentRequests().empty());
  EXPECT_EQ(fileList(m_state, kKey).items.size(), 1u);
}

}  // namespace
}  // namespace qinqing::web::test
