#include "petition/attachment_store.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>
#include <vector>

#include "test_support.hpp"
#include "util/sha256.hpp"

using qinqing::backend::sha256Hex;
using qinqing::backend::petition::AttachmentStore;
using qinqing::backend::testsupport::TempDir;

namespace {

std::size_t filesUnder(const std::filesystem::path& root) {
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) n += entry.is_regular_file();
  return n;
}

}  // namespace

TEST(AttachmentStore, StoresUnderTheHashInATwoDigitFolderAndReadsBack) {
  TempDir dir;
  AttachmentStore store(dir.path() / "attachments");
  const std::string bytes = std::string("%PDF-1.4\n\0\xFF binary", 19);
  const std::string hash = store.put(bytes);
  EXPECT_EQ(hash, sha256Hex(bytes));
  const auto path = dir.path() / "attachments" / hash.substr(0, 2) / hash;
  EXPECT_EQ(store.pathOf(hash), path);
  ASSERT_TRUE(std::filesystem::exists(path));
  EXPECT_EQ(std::filesystem::file_size(path), bytes.size());
  EXPECT_EQ(store.get(hash), bytes);
  EXPECT_EQ(filesUnder(store.root()), 1u);  // no temporary file left behind
}

TEST(AttachmentStore, SameContentIsStoredOnce) {
  TempDir dir;
  AttachmentStore store(dir.path() / "attachments");
  const std::string a = store.put("同一份文件");
  const auto written = std::filesystem::last_write_time(store.pathOf(a));
  EXPECT_EQ(store.put("同一份文件"), a);
  EXPECT_EQ(std::filesystem::last_write_time(store.pathOf(a)), written);
  store.put("另一份文件");
  EXPECT_EQ(filesUnder(store.root()), 2u);
}

TEST(AttachmentStore, ATruncatedFileOfTheSameHashIsReplaced) {
  TempDir dir;
  AttachmentStore store(dir.path() / "attachments");
  const std::string bytes(5000, 'x');
  const std::string hash = store.put(bytes);
  std::ofstream(store.pathOf(hash), std::ios::binary | std::ios::trunc) << "xx";
  EXPECT_EQ(store.put(bytes), hash);
  EXPECT_EQ(store.get(hash), bytes);
}

TEST(AttachmentStore, MissingAndMalformedHashesReadAsNothing) {
  TempDir dir;
  AttachmentStore store(dir.path() / "attachments");
  EXPECT_FALSE(store.get(std::string(64, 'a')).has_value());
  EXPECT_FALSE(store.get("../../qinqing.db").has_value());
  EXPECT_FALSE(store.get(std::string(64, 'A')).has_value());  // upper case is not how hashes are stored
  EXPECT_TRUE(store.pathOf("../x").empty());
}

TEST(AttachmentStore, ConcurrentPutsOfTheSameContentAgree) {
  TempDir dir;
  AttachmentStore store(dir.path() / "attachments");
  const std::string bytes(256 * 1024, 'q');
  std::vector<std::thread> threads;
  std::vector<std::string> hashes(4);
  for (int i = 0; i < 4; ++i) threads.emplace_back([&, i] { hashes[i] = store.put(bytes); });
  for (auto& t : threads) t.join();
  for (const auto& h : hashes) EXPECT_EQ(h, hashes[0]);
  EXPECT_EQ(store.get(hashes[0]), bytes);
  EXPECT_EQ(filesUnder(store.root()), 1u);
}

TEST(AttachmentStore, ADiskThatRefusesIsAnErrorNotAHalfFile) {
  // A plain file where the store's folder should be: no directory can be made there, whoever runs.
  TempDir dir;
  std::ofstream(dir.path() / "attachments") << "not a directory";
  AttachmentStore store(dir.path() / "attachments");
  EXPECT_THROW(store.put("拒绝写入"), std::runtime_error);
  EXPECT_FALSE(store.get(sha256Hex("拒绝写入")).has_value());
}
