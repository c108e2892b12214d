#include "patterns/file_walk.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "patterns/engine_impl.hpp"
#include "patterns/source_text.hpp"

namespace riemann::patterns {

namespace {

// Comment markers that suppress findings on their line (Bandit's nosec, plus our own name).
constexpr std::string_view kSuppressionMarkers[] = {"nosec", "riemann-ignore"};
// Nodes the #var-value? / #flows-to? predicates may visit in one file, all evaluations together:
// at least this many, and kScopeNodesPerSourceByte per byte of a larger file (module-level code
// of a large script makes every evaluation walk the module, up to its own bound).
constexpr std::int64_t kScopeNodesPerFile = 2'000'000;
constexpr std::int64_t kScopeNodesPerSourceByte = 4;

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

void bind_import(const LanguageRuntime& rt, const CompiledQuery& q, const TSQueryMatch& m,
                 std::string_view source, ImportMap& imports) {
  const auto module = capture_text(q, m, "module", source);
  if (module.empty()) return;
  const auto member = capture_text(q, m, "member", source);
  const auto alias = capture_text(q, m, "alias", source);
  std::string qualified = module;
  if (!member.empty()) qualified.append(rt.spec.member_separator).append(member);
  const std::string local =
      !alias.empty() ? alias : (!member.empty() ? member : default_local(module, rt.spec));
  // Python's `import xml.sax` binds `xml` to the package xml itself, not to xml.sax: nothing
  // to record (binding it to the dotted path would misname every later `xml.<...>`).
  if (alias.empty() && member.empty() && rt.spec.import_binding == ImportBinding::first_segment) {
    return;
  }
  // `s = os.system` style aliases resolve through earlier bindings.
  imports.bind(local, imports.resolve(qualified));
}

bool has_marker(std::string_view comment) {
  std::string low(comment);
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kSuppressionMarkers), std::end(kSuppressionMarkers),
                     [&](std::string_view m) { return low.find(m) != std::string::npos; });
}

TSNode capture_node(const TSQueryMatch& m, std::uint32_t capture) {
  for (std::uint16_t i = 0; i < m.capture_count; ++i) {
    if (m.captures[i].index == capture) return m.captures[i].node;
  }
  return TSNode{};
}

// The callee of a call dispatch match, resolved (nullptr when there is none or it is too long).
const CalleeNames* dispatched_callee(const CompiledQuery& q, const TSQueryMatch& m,
                                     const MatchContext& ctx, CalleeNames& scratch) {
  const TSNode callee = capture_node(m, q.callee_capture);
  if (ts_node_is_null(callee)) return nullptr;
  return resolve_callee(callee, ctx, scratch);
}

// The rules a shorthand dispatch match stands for.
void dispatch(const QuerySet& set, std::uint32_t kind, const TSQueryMatch& m,
              const CalleeNames* callee, const MatchContext& ctx, std::vector<std::uint32_t>& out) {
  if (kind == kCallDispatch) {
    if (callee != nullptr) set.shorthand.owners_for_call(*callee, out);
    return;
  }
  const auto text = node_text(report_node(set.query, m), ctx.source);
  if (kind == kNameDispatch) {
    set.shorthand.owners_for_name(text, out);
  } else {
    set.shorthand.owners_for_number(text, out);
  }
}

// Bytes of calls the gated queries may cover in one file, all runs together: a gated run walks
// its call's whole subtree, so calls nested thousands deep (hostile input) would make the walk
// quadratic. Ordinary code nests calls a few levels deep and stays far below the budget.
constexpr std::int64_t kGatedBytesPerSourceByte = 32;
constexpr std::int64_t kGatedBytesMinimum = 1 << 20;

// The gated queries the call's callee passes, each run on the call node alone: a match counts
// when it is rooted at this call with this callee (nested calls get their own turn). False when
// the budget or a query's bound cut it short.
bool run_gated(const QuerySet& set, const TSQueryMatch& dispatch_match, const CalleeNames& callee,
               const MatchContext& ctx, std::vector<std::uint32_t>& scratch,
               std::int64_t& bytes_left, const RuleMatch& on_rule) {
  scratch.clear();
  set.gate.candidates(callee, scratch);
  if (scratch.empty()) return true;
  const TSNode call = report_node(set.query, dispatch_match);
  const TSNode callee_node = capture_node(dispatch_match, set.query.callee_capture);
  const auto call_bytes =
      static_cast<std::int64_t>(ts_node_end_byte(call) - ts_node_start_byte(call));
  const auto cost = call_bytes * static_cast<std::int64_t>(scratch.size());
  if (cost > bytes_left) return false;
  bytes_left -= cost;
  bool complete = true;
  for (const auto index : scratch) {
    const auto& gated = set.gate.at(index);
    complete &= run_query(
        gated.query, call, ctx,
        [&](std::uint32_t owner, const TSQueryMatch& m) {
          if (ts_node_eq(capture_node(m, gated.query.callee_capture), callee_node)) {
            on_rule(owner, call);
          }
        },
        /*rooted_only=*/true);
  }
  return complete;
}

}  // namespace

Expected<TreePtr, Error> parse_tree(const LanguageRuntime& rt, std::string_view source,
                                    std::string_view file_name) {
  // One parser per thread, reused: creating one costs as much as parsing a small program.
  thread_local ParserPtr parser(ts_parser_new());
  ts_parser_reset(parser.get());  // forget a previous parse abandoned at the time limit
  ts_parser_set_language(parser.get(), rt.grammar);
  ts_parser_set_timeout_micros(parser.get(), kParseTimeoutMicros);
  TreePtr tree(ts_parser_parse_string(parser.get(), nullptr, source.data(),
                                      static_cast<std::uint32_t>(source.size())));
  if (!tree) {
    return unexpected(
        Error{Errc::input_rejected, std::string(file_name) + ": parsing exceeded the time limit"});
  }
  return tree;
}

bool walk_file(const LanguageRuntime& rt, const QuerySet& set, TSNode root, std::string_view source,
               WalkState& state, const RuleMatch& on_rule) {
  CalleeCache callees;
  ScopeCache scopes;
  AssignmentCache assignments;
  std::int64_t scope_budget = std::max(
      kScopeNodesPerFile, kScopeNodesPerSourceByte * static_cast<std::int64_t>(source.size()));
  const MatchContext ctx{source,        rt.spec, state.imports, &callees,
                         &scope_budget, &scopes, &assignments};
  std::vector<std::uint32_t> owners;
  std::vector<std::uint32_t> gated;
  std::int64_t gated_bytes =
      kGatedBytesMinimum + kGatedBytesPerSourceByte * static_cast<std::int64_t>(source.size());
  bool gated_complete = true;
  const bool walked =
      run_query(set.query, root, ctx, [&](std::uint32_t owner, const TSQueryMatch& m) {
        if (owner == kCallDispatch || owner == kNameDispatch || owner == kNumberDispatch) {
          CalleeNames scratch;
          const CalleeNames* callee =
              owner == kCallDispatch ? dispatched_callee(set.query, m, ctx, scratch) : nullptr;
          owners.clear();
          dispatch(set, owner, m, callee, ctx, owners);
          std::sort(owners.begin(), owners.end());
          owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
          const TSNode node = report_node(set.query, m);
          for (const auto o : owners) on_rule(o, node);
          if (callee != nullptr && !set.gate.empty()) {
            gated_complete &= run_gated(set, m, *callee, ctx, gated, gated_bytes, on_rule);
          }
        } else if (owner == kImportOwner) {
          bind_import(rt, set.query, m, source, state.imports);
        } else {
          on_rule(owner, report_node(set.query, m));
        }
      });
  // An exhausted scope budget made #var-value? / #flows-to? answer "no" without looking.
  return walked && gated_complete && scope_budget > 0;
}

void find_suppressions(const LanguageRuntime& rt, TSNode root, std::string_view source,
                       WalkState& state) {
  if (!has_marker(source)) return;
  const MatchContext ctx{source, rt.spec, state.imports};
  run_query(rt.comments, root, ctx, [&](std::uint32_t, const TSQueryMatch& m) {
    const TSNode n = m.captures[0].node;
    if (has_marker(node_text(n, source))) state.nosec_rows.insert(ts_node_start_point(n).row);
  });
}

}  // namespace riemann::patterns
