// Where a language's scan time goes, per pattern of its combined queries (docs/PERFORMANCE.md
// "Scanner"): the parse, the query cursor alone, the predicates of each pattern, and the cursor
// cost of each pattern (the cursor time saved when that pattern is disabled).
//
//   query_profile RULES_DIR LANGUAGE security|evidence [--ungated] [--per-rule] FILE...
//
// --ungated: every raw query in the combined query (no call gate, patterns/call_gate.hpp).
// --per-rule: also the cursor cost of each rule's raw queries compiled alone (slow).
//
// Times are this process's CPU time, best of kRepeats, over all FILEs parsed once.
#include <time.h>

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/engine_impl.hpp"
#include "patterns/file_walk.hpp"
#include "patterns/ts_handles.hpp"

namespace {

namespace pat = riemann::patterns;

constexpr int kRepeats = 5;
constexpr std::size_t kTopPatterns = 25;
constexpr double kMs = 1e3;
constexpr std::uint32_t kMatchLimit =
    4096;  // as run_query (unbounded, deep nesting crashes 0.20.7)

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Parsed {
  std::string text;
  pat::TreePtr tree;
};

// Best-of-kRepeats CPU seconds of f().
template <class F>
double best_of(F&& f) {
  double best = 1e9;
  for (int i = 0; i < kRepeats; ++i) {
    const double start = cpu_now();
    f();
    best = std::min(best, cpu_now() - start);
  }
  return best;
}

double cursor_only(const pat::CompiledQuery& q, const std::vector<Parsed>& files) {
  pat::QueryCursorPtr cursor(ts_query_cursor_new());
  ts_query_cursor_set_match_limit(cursor.get(), kMatchLimit);
  return best_of([&] {
    for (const auto& f : files) {
      ts_query_cursor_exec(cursor.get(), q.query.get(), ts_tree_root_node(f.tree.get()));
      TSQueryMatch m;
      while (ts_query_cursor_next_match(cursor.get(), &m)) {
      }
    }
  });
}

std::string owner_name(const pat::EngineImpl& e, bool security, std::uint32_t owner) {
  if (owner == pat::kImportOwner) return "(prelude: imports)";
  if (owner == pat::kCallDispatch) return "(prelude: call dispatch)";
  if (owner == pat::kNameDispatch) return "(prelude: identifier dispatch)";
  if (owner == pat::kNumberDispatch) return "(prelude: number dispatch)";
  return security ? e.rules().security[owner].id : e.rules().evidence[owner].id;
}

void print_top(const std::string& title, std::map<std::string, double> cost, double total) {
  std::vector<std::pair<double, std::string>> rows;
  for (const auto& [name, s] : cost) rows.emplace_back(s, name);
  std::sort(rows.rbegin(), rows.rend());
  std::cout << "\n" << title << "\n";
  for (std::size_t i = 0; i < rows.size() && i < kTopPatterns; ++i) {
    std::cout << std::fixed << std::setprecision(3) << "  " << std::setw(8) << rows[i].first * kMs
              << " ms  " << std::setw(5) << std::setprecision(1) << 100.0 * rows[i].first / total
              << " %  " << rows[i].second << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: query_profile RULES_DIR LANGUAGE security|evidence [--ungated] "
                 "[--per-rule] FILE...\n";
    return 2;
  }
  const std::string language = argv[2];
  const bool security = std::string(argv[3]) == "security";
  int first_file = 4;
  bool per_rule = false;
  pat::LoadOptions options;
  for (; first_file < argc && std::string(argv[first_file]).starts_with("--"); ++first_file) {
    const std::string flag = argv[first_file];
    if (flag == "--ungated") options.gate_calls = false;
    if (flag == "--per-rule") per_rule = true;
  }
  auto engine = pat::EngineImpl::create(argv[1], language, options);
  if (!engine) {
    std::cerr << engine.error().message << "\n";
    return 2;
  }
  const auto* rt = engine.value()->runtime(language);
  if (rt == nullptr) {
    std::cerr << "no language " << language << "\n";
    return 2;
  }
  std::vector<Parsed> files;
  std::size_t bytes = 0;
  const double parse_start = cpu_now();
  for (int i = first_file; i < argc; ++i) {
    Parsed p{read(argv[i]), nullptr};
    auto tree = pat::parse_tree(*rt, p.text, argv[i]);
    if (!tree) continue;
    p.tree = std::move(tree.value());
    bytes += p.text.size();
    files.push_back(std::move(p));
  }
  const double parse_s = cpu_now() - parse_start;
  const auto& set = security ? rt->security : rt->evidence;
  const auto& q = set.query;
  const auto patterns = ts_query_pattern_count(q.query.get());

  // Whole walk with predicates, and predicate time per owner (timed around predicates_hold).
  const double walk = best_of([&] {
    for (const auto& f : files) {
      pat::WalkState state;
      pat::walk_file(*rt, set, ts_tree_root_node(f.tree.get()), f.text, state,
                     [](std::uint32_t, TSNode) {});
    }
  });
  std::map<std::string, double> predicate_cost;
  {
    pat::QueryCursorPtr cursor(ts_query_cursor_new());
    ts_query_cursor_set_match_limit(cursor.get(), kMatchLimit);
    for (const auto& f : files) {
      pat::ImportMap imports;
      pat::CalleeCache callees;
      std::int64_t budget = INT64_MAX;
      const pat::MatchContext ctx{f.text, rt->spec, imports, &callees, &budget};
      ts_query_cursor_exec(cursor.get(), q.query.get(), ts_tree_root_node(f.tree.get()));
      TSQueryMatch m;
      while (ts_query_cursor_next_match(cursor.get(), &m)) {
        if (m.capture_count == 0) continue;
        const double start = cpu_now();
        pat::predicates_hold(q.predicates[m.pattern_index], m, ctx);
        predicate_cost[owner_name(*engine.value(), security, q.owner[m.pattern_index])] +=
            cpu_now() - start;
      }
    }
  }
  const double cursor_all = cursor_only(q, files);

  // Cursor cost per rule: its raw queries compiled alone, minus the walk of an empty cursor.
  const auto empty = pat::compile_queries(rt->grammar, {{0, "(ERROR) @e", "empty"}});
  const double walk_only = cursor_only(empty.value(), files);
  std::map<std::string, double> cursor_cost;
  const auto& rules = engine.value()->rules();
  const std::size_t count = security ? rules.security.size() : rules.evidence.size();
  for (std::uint32_t i = 0; per_rule && i < count; ++i) {
    const auto& langs = security ? rules.security[i].languages : rules.evidence[i].languages;
    const auto& m = security ? rules.security[i].matcher : rules.evidence[i].matcher;
    const bool applies = std::find(langs.begin(), langs.end(), rt->spec.name) != langs.end() ||
                         std::find(langs.begin(), langs.end(), rt->spec.extends) != langs.end();
    if (!applies || m.queries.empty()) continue;
    std::vector<pat::QuerySource> sources;
    for (const auto& text : m.queries) sources.push_back({i, text, "rule", true});
    std::vector<std::uint32_t> left_out;
    auto alone = pat::compile_queries(rt->grammar, sources, &left_out);
    if (!alone || !alone.value().query) continue;
    cursor_cost[owner_name(*engine.value(), security, i)] =
        std::max(0.0, cursor_only(alone.value(), files) - walk_only);
  }
  const double before = walk_only;

  std::cout << std::fixed << std::setprecision(3) << language << " " << argv[3] << ": "
            << files.size() << " files, " << bytes << " B, " << patterns
            << " patterns in the combined query, " << set.gate.size() << " call-gated\n"
            << "  parse " << parse_s * kMs << " ms, walk (cursor + predicates) " << walk * kMs
            << " ms, cursor alone " << cursor_all * kMs << " ms, empty-query cursor "
            << before * kMs << " ms\n";
  if (per_rule) {
    print_top("cursor cost per rule (its queries alone, minus the bare walk):", cursor_cost,
              cursor_all);
  }
  print_top("predicate cost per rule:", predicate_cost, walk);
  return 0;
}
