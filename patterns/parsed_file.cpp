#include "patterns/parsed_file.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "patterns/engine_impl.hpp"
#include "patterns/source_text.hpp"

namespace riemann::patterns {

namespace {

// Comment markers that suppress findings on their line (Bandit's nosec, plus our own name).
constexpr std::string_view kSuppressionMarkers[] = {"nosec", "riemann-ignore"};

std::string capture_text(const CompiledQuery& q, const TSQueryMatch& m, std::string_view name,
                         std::string_view source) {
  for (std::uint16_t i = 0; i < m.capture_count; ++i) {
    std::uint32_t len = 0;
    const char* cname = ts_query_capture_name_for_id(q.query.get(), m.captures[i].index, &len);
    if (std::string_view(cname, len) == name) {
      return std::string(strip_quotes(node_text(m.captures[i].node, source)));
    }
  }
  return {};
}

std::string default_local(const std::string& module, const LanguageSpec& spec) {
  const auto sep = spec.import_binding == ImportBinding::last_segment
                       ? module.find_last_of(spec.module_separator)
                       : module.find(spec.module_separator);
  if (sep == std::string::npos) return module;
  return spec.import_binding == ImportBinding::last_segment ? module.substr(sep + 1)
                                                            : module.substr(0, sep);
}

void collect_imports(const LanguageRuntime& rt, const ParsedFile& pf, std::string_view source,
                     ImportMap& out) {
  const MatchContext ctx{source, rt.spec, out};
  std::vector<std::pair<std::string, std::string>> found;
  run_query(rt.imports, pf.root(), ctx, [&](std::uint32_t, const TSQueryMatch& m) {
    const auto module = capture_text(rt.imports, m, "module", source);
    const auto member = capture_text(rt.imports, m, "member", source);
    const auto alias = capture_text(rt.imports, m, "alias", source);
    if (module.empty()) return;
    const std::string qualified = member.empty() ? module : module + rt.spec.member_separator + member;
    const std::string local =
        !alias.empty() ? alias : (!member.empty() ? member : default_local(module, rt.spec));
    found.emplace_back(local, qualified);
  });
  for (auto& [local, qualified] : found) out.bind(std::move(local), std::move(qualified));
}

bool has_marker(std::string_view comment) {
  std::string low(comment);
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kSuppressionMarkers), std::end(kSuppressionMarkers),
                     [&](std::string_view m) { return low.find(m) != std::string::npos; });
}

void collect_nosec(const LanguageRuntime& rt, ParsedFile& pf, std::string_view source) {
  const MatchContext ctx{source, rt.spec, pf.imports};
  run_query(rt.comments, pf.root(), ctx, [&](std::uint32_t, const TSQueryMatch& m) {
    const TSNode n = m.captures[0].node;
    if (has_marker(node_text(n, source))) {
      pf.nosec_rows.insert(ts_node_start_point(n).row);
    }
  });
}

}  // namespace

Expected<ParsedFile, Error> parse_file(const LanguageRuntime& rt, std::string_view source,
                                       std::string_view file_name) {
  ParserPtr parser(ts_parser_new());
  ts_parser_set_language(parser.get(), rt.grammar);
  ts_parser_set_timeout_micros(parser.get(), kParseTimeoutMicros);
  ParsedFile pf;
  pf.tree.reset(ts_parser_parse_string(parser.get(), nullptr, source.data(),
                                       static_cast<std::uint32_t>(source.size())));
  if (!pf.tree) {
    return unexpected(Error{Errc::input_rejected,
                            std::string(file_name) + ": parsing exceeded the time limit"});
  }
  collect_imports(rt, pf, source, pf.imports);
  collect_nosec(rt, pf, source);
  return pf;
}

}  // namespace riemann::patterns
