#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "patterns/patterns.hpp"

namespace riemann::patterns {

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kExtensions{{
    {".py", "python"},
    {".pyw", "python"},
    {".js", "javascript"},
    {".mjs", "javascript"},
    {".cjs", "javascript"},
    {".jsx", "javascript"},
    {".ts", "typescript"},
    {".mts", "typescript"},
    {".cts", "typescript"},
    {".tsx", "tsx"},
    {".java", "java"},
    {".go", "go"},
    {".rs", "rust"},
    {".c", "c"},
    {".h", "c"},
    {".cc", "cpp"},
    {".cpp", "cpp"},
    {".cxx", "cpp"},
    {".hpp", "cpp"},
    {".hh", "cpp"},
    {".hxx", "cpp"},
    {".sh", "bash"},
    {".bash", "bash"},
    {".ksh", "bash"},
}};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}
}  // namespace

std::string language_from_filename(std::string_view filename) {
  const auto slash = filename.find_last_of('/');
  const auto base = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
  const auto dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  const std::string ext = lower(base.substr(dot));
  for (const auto& [e, lang] : kExtensions) {
    if (e == ext) return std::string(lang);
  }
  return {};
}

}  // namespace riemann::patterns
