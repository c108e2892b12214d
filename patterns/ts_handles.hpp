// RAII owners for every tree-sitter object the engine creates (house style: no naked handles).
#pragma once

#include <tree_sitter/api.h>

#include <memory>

namespace riemann::patterns {

struct ParserDeleter {
  void operator()(TSParser* p) const noexcept { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const noexcept { ts_tree_delete(t); }
};
struct QueryDeleter {
  void operator()(TSQuery* q) const noexcept { ts_query_delete(q); }
};
struct QueryCursorDeleter {
  void operator()(TSQueryCursor* c) const noexcept { ts_query_cursor_delete(c); }
};

using ParserPtr = std::unique_ptr<TSParser, ParserDeleter>;
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;
using QueryPtr = std::unique_ptr<TSQuery, QueryDeleter>;
using QueryCursorPtr = std::unique_ptr<TSQueryCursor, QueryCursorDeleter>;

}  // namespace riemann::patterns
