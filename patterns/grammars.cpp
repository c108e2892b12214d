#include "patterns/grammars.hpp"

#include <array>
#include <utility>

extern "C" {
const TSLanguage* tree_sitter_python();
const TSLanguage* tree_sitter_javascript();
const TSLanguage* tree_sitter_java();
const TSLanguage* tree_sitter_go();
const TSLanguage* tree_sitter_rust();
const TSLanguage* tree_sitter_c();
const TSLanguage* tree_sitter_cpp();
const TSLanguage* tree_sitter_bash();
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
}

namespace riemann::patterns {

namespace {
using GrammarFn = const TSLanguage* (*)();
constexpr std::array<std::pair<std::string_view, GrammarFn>, 10> kGrammars{{
    {"python", tree_sitter_python},
    {"javascript", tree_sitter_javascript},
    {"java", tree_sitter_java},
    {"go", tree_sitter_go},
    {"rust", tree_sitter_rust},
    {"c", tree_sitter_c},
    {"cpp", tree_sitter_cpp},
    {"bash", tree_sitter_bash},
    {"typescript", tree_sitter_typescript},
    {"tsx", tree_sitter_tsx},
}};
}  // namespace

const TSLanguage* grammar_for(std::string_view language) {
  for (const auto& [name, fn] : kGrammars) {
    if (name == language) return fn();
  }
  return nullptr;
}

}  // namespace riemann::patterns
