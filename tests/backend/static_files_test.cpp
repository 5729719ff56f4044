#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support.hpp"

using namespace qinqing::backend::http;
using qinqing::backend::testsupport::TempDir;

TEST(StaticFileTypes, BrowsersGetTheTypesTheyRequire) {
  EXPECT_EQ(contentTypeFor("/qinqing.3f9a1c2b.wasm"), "application/wasm");
  EXPECT_EQ(contentTypeFor("/qinqing.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(contentTypeFor("/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(contentTypeFor("/fonts/NotoSansSC.OTF"), "font/otf");
  EXPECT_EQ(contentTypeFor("/fonts/wqy.ttf"), "font/ttf");
  EXPECT_EQ(contentTypeFor("/fonts/x.woff2"), "font/woff2");
  EXPECT_EQ(contentTypeFor("/qinqing.data"), "application/octet-stream");
  EXPECT_EQ(contentTypeFor("/README"), "application/octet-stream");
}

TEST(StaticFileCaching, OnlyContentHashedNamesAreImmutable) {
  EXPECT_TRUE(isHashedName("qinqing.3f9a1c2b.wasm"));
  EXPECT_TRUE(isHashedName("/assets/font.0123456789abcdef.otf"));
  EXPECT_FALSE(isHashedName("qinqing.wasm"));
  EXPECT_FALSE(isHashedName("index.html"));
  EXPECT_FALSE(isHashedName("app.3f9a1c2.js"));       // 7 hex digits: too short to be a hash
  EXPECT_FALSE(isHashedName("app.3f9a1c2bz.js"));     // not all hex
  EXPECT_FALSE(isHashedName("3f9a1c2b.d/index.html")); // the hash must be in the file name
}

TEST(StaticFileEncoding, BrotliIsPreferredWhenAcceptedAndAvailable) {
  EXPECT_EQ(chooseEncoding("gzip, deflate, br", true, true), Encoding::Brotli);
  EXPECT_EQ(chooseEncoding("gzip, deflate, br", false, true), Encoding::Gzip);
  EXPECT_EQ(chooseEncoding("gzip", true, true), Encoding::Gzip);
  EXPECT_EQ(chooseEncoding("", true, true), Encoding::Identity);
  EXPECT_EQ(chooseEncoding("br", false, true), Encoding::Identity);
}

TEST(StaticFileEncoding, ExplicitRefusalsAndWildcardsAreHonoured) {
  EXPECT_EQ(chooseEncoding("br;q=0, gzip", true, true), Encoding::Gzip);
  EXPECT_EQ(chooseEncoding("gzip;q=0", true, true), Encoding::Identity);
  EXPECT_EQ(chooseEncoding("*", true, true), Encoding::Brotli);
  EXPECT_EQ(chooseEncoding("*;q=0, gzip;q=0.5", true, true), Encoding::Gzip);
  EXPECT_EQ(chooseEncoding(" GZIP ; q=1.0 ", false, true), Encoding::Gzip);
}

TEST(StaticFileEtag, AnyEncodingOfTheSameContentMatches) {
  EXPECT_TRUE(etagMatches("\"abc123\"", "abc123"));
  EXPECT_TRUE(etagMatches("W/\"abc123-br\"", "abc123"));
  EXPECT_TRUE(etagMatches("\"zzz\", \"abc123-gz\"", "abc123"));
  EXPECT_TRUE(etagMatches("*", "abc123"));
  EXPECT_FALSE(etagMatches("\"abc1234\"", "abc123"));
  EXPECT_FALSE(etagMatches("", "abc123"));
}

TEST(StaticFilesLoad, SiblingsBecomeEncodingsAndMissingDirectoryIsEmpty) {
  TempDir dir;
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir.path() / name, std::ios::binary) << text;
  };
  write("index.html", "<!doctype html><title>亲清</title>");
  write("app.wasm", std::string(4096, 'a'));
  write("app.wasm.br", "BR");
  write("app.wasm.gz", "GZ");
  write("backup.gz", "a real archive, no base file");
  auto files = StaticFiles::load(dir.path());
  EXPECT_TRUE(files.hasIndex());
  EXPECT_EQ(files.fileCount(), 3u);  // index.html, app.wasm, backup.gz
  EXPECT_NE(files.indexHtml().find("亲清"), std::string::npos);

  EXPECT_TRUE(StaticFiles::load(dir.path() / "missing").empty());
}

TEST(StaticFilesLoad, OnlyTheBuildsOwnFilesNoSymlinksDotfilesOrSourceMaps) {
  TempDir dir;
  TempDir outside;
  std::ofstream(outside.path() / "secret.txt") << "not for the web";
  std::filesystem::create_directories(dir.path() / ".git");
  std::ofstream(dir.path() / ".git" / "config") << "[core]";
  std::ofstream(dir.path() / ".env") << "KEY=1";
  std::ofstream(dir.path() / "qinqing.js.map") << "{}";
  std::ofstream(dir.path() / "index.html") << "<!doctype html>";
  std::filesystem::create_symlink(outside.path() / "secret.txt", dir.path() / "linked.txt");
  auto files = StaticFiles::load(dir.path());
  EXPECT_EQ(files.fileCount(), 1u);  // index.html alone

  auto get = [&](const std::string& path) {
    httplib::Request req;
    req.method = "GET";
    req.path = path;
    httplib::Response res;
    return files.serve(req, res) ? res.status : 404;
  };
  EXPECT_EQ(get("/linked.txt"), 404);
  EXPECT_EQ(get("/.env"), 404);
  EXPECT_EQ(get("/qinqing.js.map"), 404);
  EXPECT_EQ(get("/petitions/12"), 200);        // a client route: index.html
  EXPECT_EQ(get("/wp-login.php"), 404);        // a dot: a file that is not there
  EXPECT_EQ(get("/assets.v2/anything"), 404);  // a dot in any segment
}
