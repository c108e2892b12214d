// Import-aware names: which local name stands for which qualified name
// (`from os import system as s` binds s -> os.system), built from the language's import query.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace riemann::patterns {

class ImportMap {
 public:
  void bind(std::string local, std::string qualified);
  // "s" -> "os.system"; "sp.Popen" -> "subprocess.Popen"; unknown heads are returned unchanged.
  std::string resolve(std::string_view name) const;
  std::size_t size() const { return bindings_.size(); }

 private:
  std::unordered_map<std::string, std::string> bindings_;
};

// Callee text as written, without whitespace, `?.`, template/generic arguments (`f<T>`,
// `f::<T>`) or quote style differences.
std::string normalize_callee(std::string_view text);

// Strips one pair of surrounding quotes ('x', "x", `x`).
std::string_view strip_quotes(std::string_view text);

}  // namespace riemann::patterns
