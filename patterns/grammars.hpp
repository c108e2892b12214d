// The compiled-in tree-sitter grammars, by language name.
#pragma once

#include <tree_sitter/api.h>

#include <string_view>

namespace riemann::patterns {

// The grammar for a canonical language name ("python", "cpp" ...); nullptr when none.
const TSLanguage* grammar_for(std::string_view language);

}  // namespace riemann::patterns
