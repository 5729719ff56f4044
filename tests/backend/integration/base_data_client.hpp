// Helpers for the base-data API tests: requests with a token, every page of a list, and the
// server's database opened read-only so tests can compute what each scope should contain with
// their own SQL (independent of auth/scope.cpp).
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>
#include <string>

#include "test_server.hpp"

namespace qinqing::backend::testsupport {

using IdSet = std::set<long long>;

struct ApiClient {
  const TestServer& server;
  std::string token;

  httplib::Result get(const std::string& path) const { return server.client().Get(path, bearer(token)); }
  httplib::Result put(const std::string& path, const nlohmann::json& body) const {
    return server.client().Put(path, bearer(token), body.dump(), "application/json");
  }
  httplib::Result post(const std::string& path, const nlohmann::json& body) const {
    return server.client().Post(path, bearer(token), body.dump(), "application/json");
  }

  struct Listing {
    int status = 0;
    long long total = -1;
    IdSet ids;
    bool allMasked = true;  // every mobile-looking field of every row has the 3+****+4 shape
  };
  // Every page of a list (100 rows a page); stops at the first non-200 answer.
  Listing listAll(const std::string& path) const {
    Listing out;
    const char* sep = path.find('?') == std::string::npos ? "?" : "&";
    for (int page = 1;; ++page) {
      auto res = get(path + sep + "page_size=100&page=" + std::to_string(page));
      out.status = res ? res->status : 0;
      if (out.status != httplib::StatusCode::OK_200) return out;
      auto body = bodyJson(res);
      out.total = body["total"].get<long long>();
      for (const auto& item : body["items"]) {
        out.ids.insert(item["id"].get<long long>());
        for (const char* key : {"liaison_mobile", "legal_rep_mobile", "mobile_masked"}) {
          if (item.contains(key) && !isMasked(item[key].get<std::string>())) out.allMasked = false;
        }
      }
      if (static_cast<long long>(out.ids.size()) >= out.total || body["items"].empty()) return out;
    }
  }

  static bool isMasked(const std::string& mobile) {
    return mobile.empty() || (mobile.size() == 11 && mobile.substr(3, 4) == "****");
  }
};

inline int status(const httplib::Result& res) { return res ? res->status : 0; }

// The server's database, read-only, for the tests' own SQL.
inline SQLite::Database openReadOnly(const TestServer& server) {
  return SQLite::Database((server.dataDir() / "qinqing.db").string(), SQLite::OPEN_READONLY);
}

inline IdSet selectIds(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement stmt(db, sql);
  IdSet ids;
  while (stmt.executeStep()) ids.insert(stmt.getColumn(0).getInt64());
  return ids;
}

inline long long selectCount(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getInt64();
}

}  // namespace qinqing::backend::testsupport
