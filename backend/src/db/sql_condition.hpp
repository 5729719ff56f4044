// SqlCondition: a boolean SQL expression with its '?' parameters, built in one place (auth/scope)
// and spliced into the WHERE clause of the queries that must honour it (repositories). The text
// is code, never user input: every value travels as a bound parameter.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <vector>

namespace qinqing::backend::db {

struct SqlCondition {
  std::string sql = "1";            // never empty: "1" matches every row, "0" none
  std::vector<long long> params;    // in the order of the '?' in sql
};

// Binds condition's parameters starting at index; returns the next free index.
inline int bindCondition(SQLite::Statement& stmt, int index, const SqlCondition& condition) {
  for (long long value : condition.params) stmt.bind(index++, static_cast<int64_t>(value));
  return index;
}

}  // namespace qinqing::backend::db
