#include "patterns/import_resolver.hpp"

namespace riemann::patterns {

namespace {
// Guards against `a = b; b = a` style cycles when bindings refer to each other.
constexpr int kMaxResolveHops = 4;
}  // namespace

void ImportMap::bind(std::string local, std::string qualified) {
  if (local.empty() || qualified.empty() || local == qualified) return;
  bindings_.insert_or_assign(std::move(local), std::move(qualified));
}

std::string ImportMap::resolve(std::string_view name) const {
  std::string current(name);
  for (int hop = 0; hop < kMaxResolveHops; ++hop) {
    // The head ends at the first member access: '.', or ':' of Rust/C++ paths.
    const auto dot = current.find_first_of(".:");
    const auto head = current.substr(0, dot);
    const auto it = bindings_.find(head);
    if (it == bindings_.end()) break;
    std::string next = it->second;
    if (dot != std::string::npos) next += current.substr(dot);
    // `from socket import socket` binds socket -> socket.socket: one substitution only.
    const bool same_head =
        next.compare(0, head.size(), head) == 0 &&
        (next.size() == head.size() || next[head.size()] == '.' || next[head.size()] == ':');
    current = std::move(next);
    if (same_head) break;
  }
  return current;
}

std::string normalize_callee(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int template_depth = 0;  // template / generic arguments are not part of the name
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') {
      if (template_depth++ == 0 && out.ends_with("::")) out.resize(out.size() - 2);
      continue;
    }
    if (c == '>' && template_depth > 0) {
      --template_depth;
      continue;
    }
    if (template_depth > 0) continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == '?' && i + 1 < text.size() && text[i + 1] == '.') continue;
    out.push_back(c == '"' || c == '`' ? '\'' : c);
  }
  // Python's `getattr(m, 'f')` called directly is m.f (a constant attribute name only).
  constexpr std::string_view kGetattr = "getattr(";
  if (out.starts_with(kGetattr) && out.ends_with("')")) {
    const auto comma = out.find(",'", kGetattr.size());
    const auto name_start = comma + 2;
    if (comma != std::string::npos && out.find_first_of("(),'", name_start) == out.size() - 2) {
      out = out.substr(kGetattr.size(), comma - kGetattr.size()) + "." +
            out.substr(name_start, out.size() - 2 - name_start);
    }
  }
  // Node's `require('m').f` and Python's `__import__('m').f` are the member f of module m.
  for (const std::string_view loader :
       {std::string_view("require('"), std::string_view("__import__('")}) {
    if (!out.starts_with(loader)) continue;
    const auto close = out.find("')", loader.size());
    if (close != std::string::npos) {
      out = out.substr(loader.size(), close - loader.size()) + out.substr(close + 2);
    }
  }
  return out;
}

std::string_view strip_quotes(std::string_view text) {
  if (text.size() >= 2) {
    const char f = text.front();
    if ((f == '"' || f == '\'' || f == '`') && text.back() == f) {
      return text.substr(1, text.size() - 2);
    }
  }
  return text;
}

}  // namespace riemann::patterns
