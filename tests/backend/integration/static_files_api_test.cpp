#include <gtest/gtest.h>

#include <zlib.h>

#include <fstream>

#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using Status = httplib::StatusCode;

namespace {

std::string bigScript() {
  std::string js;
  for (int i = 0; i < 2000; ++i) js += "function f" + std::to_string(i) + "() { return '亲清平台'; }\n";
  return js;
}

const std::string kIndex = "<!doctype html><html><head><script src=\"qinqing.js\"></script></head><body></body></html>";
const std::string kWasm = std::string("\0asm\1\0\0\0", 8) + std::string(8192, '\x2a');

void writeWeb(const std::filesystem::path& dir) {
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::filesystem::create_directories((dir / name).parent_path());
    std::ofstream(dir / name, std::ios::binary) << bytes;
  };
  write("index.html", kIndex);
  write("qinqing.js", bigScript());
  write("qinqing.3f9a1c2b.wasm", kWasm);
  write("qinqing.3f9a1c2b.wasm.br", "precompressed-br");
  write("qinqing.3f9a1c2b.wasm.gz", "precompressed-gz");
  write("fonts/NotoSansSC.otf", "OTTO");
  write("style.css", "body{margin:0}");
}

std::string gunzip(const std::string& data) {
  z_stream zs{};
  inflateInit2(&zs, 15 + 16);
  std::string out(1 << 20, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  inflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  return out;
}

class StaticFilesApi : public ::testing::Test {
protected:
  TestServer server{{.demo = false, .writeWeb = writeWeb}};
};

TEST_F(StaticFilesApi, WasmIsApplicationWasmAndImmutable) {
  auto res = server.client().Get("/qinqing.3f9a1c2b.wasm");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::OK_200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(res->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(res->body, kWasm);
  EXPECT_EQ(res->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_FALSE(res->has_header("Content-Encoding"));
}

TEST_F(StaticFilesApi, TypesOfScriptsFontsAndStyles) {
  auto cli = server.client();
  EXPECT_EQ(cli.Get("/qinqing.js")->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(cli.Get("/fonts/NotoSansSC.otf")->get_header_value("Content-Type"), "font/otf");
  EXPECT_EQ(cli.Get("/style.css")->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(cli.Get("/qinqing.js")->get_header_value("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesApi, IndexMustRevalidateAndAnswers304WhenUnchanged) {
  auto cli = server.client();
  auto first = cli.Get("/");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, Status::OK_200);
  EXPECT_EQ(first->body, kIndex);
  EXPECT_EQ(first->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(first->get_header_value("Cache-Control"), "no-cache");
  const auto etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto again = cli.Get("/index.html", {{"If-None-Match", etag}});
  EXPECT_EQ(again->status, Status::NotModified_304);
  EXPECT_TRUE(again->body.empty());
  EXPECT_EQ(cli.Get("/", {{"If-None-Match", "\"stale\""}})->status, Status::OK_200);
}

TEST_F(StaticFilesApi, ClientRoutesFallBackToIndex) {
  auto res = server.client().Get("/profile/info");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::OK_200);
  EXPECT_EQ(res->body, kIndex);
}

TEST_F(StaticFilesApi, PrecompressedBrotliIsPreferredThenGzip) {
  auto cli = server.client();
  auto br = cli.Get("/qinqing.3f9a1c2b.wasm", {{"Accept-Encoding", "gzip, deflate, br"}});
  EXPECT_EQ(br->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(br->body, "precompressed-br");
  EXPECT_EQ(br->get_header_value("Vary"), "Accept-Encoding");
  auto gz = cli.Get("/qinqing.3f9a1c2b.wasm", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(gz->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(gz->body, "precompressed-gz");
  auto refusedBr = cli.Get("/qinqing.3f9a1c2b.wasm", {{"Accept-Encoding", "br;q=0, gzip"}});
  EXPECT_EQ(refusedBr->get_header_value("Content-Encoding"), "gzip");
  EXPECT_NE(br->get_header_value("ETag"), gz->get_header_value("ETag"));
}

TEST_F(StaticFilesApi, UncompressedTextIsGzippedOnceAtLoad) {
  auto res = server.client().Get("/qinqing.js", {{"Accept-Encoding", "gzip, br"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "gzip");
  EXPECT_LT(res->body.size(), bigScript().size() / 5);
  EXPECT_EQ(gunzip(res->body), bigScript());
}

TEST_F(StaticFilesApi, TinyFilesAreSentAsTheyAre) {
  auto res = server.client().Get("/style.css", {{"Accept-Encoding", "gzip, br"}});
  EXPECT_FALSE(res->has_header("Content-Encoding"));
  EXPECT_FALSE(res->has_header("Vary"));
  EXPECT_EQ(res->body, "body{margin:0}");
}

TEST_F(StaticFilesApi, HeadGivesHeadersWithoutBody) {
  auto res = server.client().Head("/qinqing.3f9a1c2b.wasm");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::OK_200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(kWasm.size()));
  EXPECT_TRUE(res->body.empty());
}

TEST(StaticFilesMissingClient, ServerExplainsHowToBuildTheClient) {
  TestServer server({.demo = false, .writeWeb = [](const std::filesystem::path&) {}});
  auto res = server.client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::ServiceUnavailable_503);
  EXPECT_NE(res->body.find("scripts/build.sh"), std::string::npos);
  EXPECT_EQ(server.client().Get("/api/health")->status, Status::OK_200);
}

}  // namespace
