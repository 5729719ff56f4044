// Small helpers for optional values in SQLiteCpp statements (NULL ⇄ std::nullopt).
#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace qinqing::backend::db {

inline void bindOptional(SQLite::Statement& stmt, int index, const std::optional<long long>& value) {
  if (value) {
    stmt.bind(index, static_cast<int64_t>(*value));
  } else {
    stmt.bind(index);  // NULL
  }
}

inline std::optional<long long> optionalInt(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt64();
}

// Executes a statement expected to insert one row and returns its rowid.
inline long long insertAndGetId(SQLite::Statement& stmt, SQLite::Database& db) {
  stmt.exec();
  return db.getLastInsertRowid();
}

}  // namespace qinqing::backend::db
