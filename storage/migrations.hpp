// The schema as an ordered list of migrations. Version N is reached by applying migrations
// 1..N in order; each runs once, in a transaction, and bumps PRAGMA user_version.
#pragma once

#include <string_view>
#include <vector>

namespace riemann::storage {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;  // one or more statements
};

const std::vector<Migration>& migrations();

}  // namespace riemann::storage
